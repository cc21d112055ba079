import * as migration_20261122_033902_schema from './20261122_033902_schema';
import * as migration_20261122_042411_schema from './20261122_042411_schema';
import * as migration_20261122_043605_schema from './20261122_043605_schema';
import * as migration_20261122_074152_schema from './20261122_074152_schema';
import * as migration_20261122_080401_schema from './20261122_080401_schema';

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
    up: migration_20261122_080401_schema.up,
    down: migration_20261122_080401_schema.down,
    name: '20261122_080401_schema'
  },
];
