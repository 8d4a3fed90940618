import * as migration_20261123_073707_initial from './20261123_073707_initial';

export const migrations = [
  {
    up: migration_20261123_073707_initial.up,
    down: migration_20261123_073707_initial.down,
    name: '20261123_073707_initial'
  },
];
