import * as migration_20261123_064614_initial from './20261123_064614_initial';

export const migrations = [
  {
    up: migration_20261123_064614_initial.up,
    down: migration_20261123_064614_initial.down,
    name: '20261123_064614_initial'
  },
];
