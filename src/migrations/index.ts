import * as migration_20261123_121634_initial from './20261123_121634_initial';

export const migrations = [
  {
    up: migration_20261123_121634_initial.up,
    down: migration_20261123_121634_initial.down,
    name: '20261123_121634_initial'
  },
];
