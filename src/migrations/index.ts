import * as migration_20261123_115959_initial from './20261123_115959_initial';

export const migrations = [
  {
    up: migration_20261123_115959_initial.up,
    down: migration_20261123_115959_initial.down,
    name: '20261123_115959_initial'
  },
];
