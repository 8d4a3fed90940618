import * as migration_20261123_121634_initial from './20261123_121634_initial';
import * as migration_20261204_114112_security_review_and_admin from './20261204_114112_security_review_and_admin';
import * as migration_20261204_191553_operations_and_management_loop from './20261204_191553_operations_and_management_loop';
import * as migration_20261204_215148_library_journalists from './20261204_215148_library_journalists';
import * as migration_20261204_222416_library_alerts_basket_places from './20261204_222416_library_alerts_basket_places';
import * as migration_20261205_010249_albums_events_import_harvest from './20261205_010249_albums_events_import_harvest';
import * as migration_20261205_073754_harvest_dismissals from './20261205_073754_harvest_dismissals';

export const migrations = [
  {
    up: migration_20261123_121634_initial.up,
    down: migration_20261123_121634_initial.down,
    name: '20261123_121634_initial',
  },
  {
    up: migration_20261204_114112_security_review_and_admin.up,
    down: migration_20261204_114112_security_review_and_admin.down,
    name: '20261204_114112_security_review_and_admin',
  },
  {
    up: migration_20261204_191553_operations_and_management_loop.up,
    down: migration_20261204_191553_operations_and_management_loop.down,
    name: '20261204_191553_operations_and_management_loop',
  },
  {
    up: migration_20261204_215148_library_journalists.up,
    down: migration_20261204_215148_library_journalists.down,
    name: '20261204_215148_library_journalists',
  },
  {
    up: migration_20261204_222416_library_alerts_basket_places.up,
    down: migration_20261204_222416_library_alerts_basket_places.down,
    name: '20261204_222416_library_alerts_basket_places',
  },
  {
    up: migration_20261205_010249_albums_events_import_harvest.up,
    down: migration_20261205_010249_albums_events_import_harvest.down,
    name: '20261205_010249_albums_events_import_harvest',
  },
  {
    up: migration_20261205_073754_harvest_dismissals.up,
    down: migration_20261205_073754_harvest_dismissals.down,
    name: '20261205_073754_harvest_dismissals'
  },
];
