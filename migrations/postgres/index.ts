import * as migration_20261122_033902_schema from './20261122_033902_schema';

export const migrations = [
  {
    up: migration_20261122_033902_schema.up,
    down: migration_20261122_033902_schema.down,
    name: '20261122_033902_schema'
  },
];
