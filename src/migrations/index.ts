import * as migration_20261123_083606_initial from './20261123_083606_initial';

export const migrations = [
  {
    up: migration_20261123_083606_initial.up,
    down: migration_20261123_083606_initial.down,
    name: '20261123_083606_initial'
  },
];
