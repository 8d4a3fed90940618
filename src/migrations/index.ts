import * as migration_20261123_121634_initial from './20261123_121634_initial';
import * as migration_20261204_112142_security_review from './20261204_112142_security_review';

export const migrations = [
  {
    up: migration_20261123_121634_initial.up,
    down: migration_20261123_121634_initial.down,
    name: '20261123_121634_initial',
  },
  {
    up: migration_20261204_112142_security_review.up,
    down: migration_20261204_112142_security_review.down,
    name: '20261204_112142_security_review'
  },
];
