import * as migration_20261122_033902_schema from './20261122_033902_schema';
import * as migration_20261122_042411_schema from './20261122_042411_schema';
import * as migration_20261122_043605_schema from './20261122_043605_schema';
import * as migration_20261122_074152_schema from './20261122_074152_schema';
import * as migration_20261122_081101_schema from './20261122_081101_schema';
import * as migration_20261122_082259_schema from './20261122_082259_schema';
import * as migration_20261201_220817_schema from './20261201_220817_schema';
import * as migration_20261201_223307_schema from './20261201_223307_schema';
import * as migration_20261201_231008_lockout_to_delay from './20261201_231008_lockout_to_delay';
import * as migration_20261201_231053_security_log from './20261201_231053_security_log';
import * as migration_20261202_051540_schema from './20261202_051540_schema';
import * as migration_20261202_060030_schema from './20261202_060030_schema';
import * as migration_20261202_105907_schema from './20261202_105907_schema';
import * as migration_20261202_133435_schema from './20261202_133435_schema';
import * as migration_20261202_143055_schema from './20261202_143055_schema';
import * as migration_20261202_171259_schema from './20261202_171259_schema';
import * as migration_20261202_180028_schema from './20261202_180028_schema';
import * as migration_20261203_015558_schema from './20261203_015558_schema';
import * as migration_20261203_052510_schema from './20261203_052510_schema';

export const migrations = [
  {
    up: migration_20261122_033902_schema.up,
    down: migration_20261122_033902_schema.down,
    name: '20261122_033902_schema',
  },
  {
    up: migration_20261122_042411_schema.up,
    down: migration_20261122_042411_schema.down,
    name: '20261122_042411_schema',
  },
  {
    up: migration_20261122_043605_schema.up,
    down: migration_20261122_043605_schema.down,
    name: '20261122_043605_schema',
  },
  {
    up: migration_20261122_074152_schema.up,
    down: migration_20261122_074152_schema.down,
    name: '20261122_074152_schema',
  },
  {
    up: migration_20261122_081101_schema.up,
    down: migration_20261122_081101_schema.down,
    name: '20261122_081101_schema',
  },
  {
    up: migration_20261122_082259_schema.up,
    down: migration_20261122_082259_schema.down,
    name: '20261122_082259_schema',
  },
  {
    up: migration_20261201_220817_schema.up,
    down: migration_20261201_220817_schema.down,
    name: '20261201_220817_schema',
  },
  {
    up: migration_20261201_223307_schema.up,
    down: migration_20261201_223307_schema.down,
    name: '20261201_223307_schema',
  },
  {
    up: migration_20261201_231008_lockout_to_delay.up,
    down: migration_20261201_231008_lockout_to_delay.down,
    name: '20261201_231008_lockout_to_delay',
  },
  {
    up: migration_20261201_231053_security_log.up,
    down: migration_20261201_231053_security_log.down,
    name: '20261201_231053_security_log',
  },
  {
    up: migration_20261202_051540_schema.up,
    down: migration_20261202_051540_schema.down,
    name: '20261202_051540_schema',
  },
  {
    up: migration_20261202_060030_schema.up,
    down: migration_20261202_060030_schema.down,
    name: '20261202_060030_schema',
  },
  {
    up: migration_20261202_105907_schema.up,
    down: migration_20261202_105907_schema.down,
    name: '20261202_105907_schema',
  },
  {
    up: migration_20261202_133435_schema.up,
    down: migration_20261202_133435_schema.down,
    name: '20261202_133435_schema',
  },
  {
    up: migration_20261202_143055_schema.up,
    down: migration_20261202_143055_schema.down,
    name: '20261202_143055_schema',
  },
  {
    up: migration_20261202_171259_schema.up,
    down: migration_20261202_171259_schema.down,
    name: '20261202_171259_schema',
  },
  {
    up: migration_20261202_180028_schema.up,
    down: migration_20261202_180028_schema.down,
    name: '20261202_180028_schema',
  },
  {
    up: migration_20261203_015558_schema.up,
    down: migration_20261203_015558_schema.down,
    name: '20261203_015558_schema',
  },
  {
    up: migration_20261203_052510_schema.up,
    down: migration_20261203_052510_schema.down,
    name: '20261203_052510_schema'
  },
];
