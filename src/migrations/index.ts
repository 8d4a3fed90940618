import * as migration_20261123_081951_initial from './20261123_081951_initial';

export const migrations = [
  {
    up: migration_20261123_081951_initial.up,
    down: migration_20261123_081951_initial.down,
    name: '20261123_081951_initial'
  },
];
