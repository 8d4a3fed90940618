import * as migration_20261123_063337_initial from './20261123_063337_initial'

export const migrations = [
  {
    up: migration_20261123_063337_initial.up,
    down: migration_20261123_063337_initial.down,
    name: '20261123_063337_initial',
  },
]
