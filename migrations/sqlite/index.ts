import * as migration_20261122_033907_schema from './20261122_033907_schema';
import * as migration_20261122_042409_schema from './20261122_042409_schema';
import * as migration_20261122_043603_schema from './20261122_043603_schema';
import * as migration_20261122_074149_schema from './20261122_074149_schema';
import * as migration_20261122_081057_schema from './20261122_081057_schema';
import * as migration_20261122_082252_schema from './20261122_082252_schema';
import * as migration_20261201_220811_schema from './20261201_220811_schema';
import * as migration_20261201_223253_schema from './20261201_223253_schema';
import * as migration_20261201_230947_lockout_to_delay from './20261201_230947_lockout_to_delay';
import * as migration_20261201_231031_security_log from './20261201_231031_security_log';
import * as migration_20261202_051518_schema from './20261202_051518_schema';
import * as migration_20261202_055940_schema from './20261202_055940_schema';
import * as migration_20261202_105855_schema from './20261202_105855_schema';
import * as migration_20261202_133428_schema from './20261202_133428_schema';
import * as migration_20261202_143045_schema from './20261202_143045_schema';
import * as migration_20261202_171254_schema from './20261202_171254_schema';
import * as migration_20261202_180017_schema from './20261202_180017_schema';
import * as migration_20261203_015546_schema from './20261203_015546_schema';
import * as migration_20261203_052505_schema from './20261203_052505_schema';

export const migrations = [
  {
    up: migration_20261122_033907_schema.up,
    down: migration_20261122_033907_schema.down,
    name: '20261122_033907_schema',
  },
  {
    up: migration_20261122_042409_schema.up,
    down: migration_20261122_042409_schema.down,
    name: '20261122_042409_schema',
  },
  {
    up: migration_20261122_043603_schema.up,
    down: migration_20261122_043603_schema.down,
    name: '20261122_043603_schema',
  },
  {
    up: migration_20261122_074149_schema.up,
    down: migration_20261122_074149_schema.down,
    name: '20261122_074149_schema',
  },
  {
    up: migration_20261122_081057_schema.up,
    down: migration_20261122_081057_schema.down,
    name: '20261122_081057_schema',
  },
  {
    up: migration_20261122_082252_schema.up,
    down: migration_20261122_082252_schema.down,
    name: '20261122_082252_schema',
  },
  {
    up: migration_20261201_220811_schema.up,
    down: migration_20261201_220811_schema.down,
    name: '20261201_220811_schema',
  },
  {
    up: migration_20261201_223253_schema.up,
    down: migration_20261201_223253_schema.down,
    name: '20261201_223253_schema',
  },
  {
    up: migration_20261201_230947_lockout_to_delay.up,
    down: migration_20261201_230947_lockout_to_delay.down,
    name: '20261201_230947_lockout_to_delay',
  },
  {
    up: migration_20261201_231031_security_log.up,
    down: migration_20261201_231031_security_log.down,
    name: '20261201_231031_security_log',
  },
  {
    up: migration_20261202_051518_schema.up,
    down: migration_20261202_051518_schema.down,
    name: '20261202_051518_schema',
  },
  {
    up: migration_20261202_055940_schema.up,
    down: migration_20261202_055940_schema.down,
    name: '20261202_055940_schema',
  },
  {
    up: migration_20261202_105855_schema.up,
    down: migration_20261202_105855_schema.down,
    name: '20261202_105855_schema',
  },
  {
    up: migration_20261202_133428_schema.up,
    down: migration_20261202_133428_schema.down,
    name: '20261202_133428_schema',
  },
  {
    up: migration_20261202_143045_schema.up,
    down: migration_20261202_143045_schema.down,
    name: '20261202_143045_schema',
  },
  {
    up: migration_20261202_171254_schema.up,
    down: migration_20261202_171254_schema.down,
    name: '20261202_171254_schema',
  },
  {
    up: migration_20261202_180017_schema.up,
    down: migration_20261202_180017_schema.down,
    name: '20261202_180017_schema',
  },
  {
    up: migration_20261203_015546_schema.up,
    down: migration_20261203_015546_schema.down,
    name: '20261203_015546_schema',
  },
  {
    up: migration_20261203_052505_schema.up,
    down: migration_20261203_052505_schema.down,
    name: '20261203_052505_schema'
  },
];
