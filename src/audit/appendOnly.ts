import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { translatedError } from '../errors/translatedError'

/**
 * Refuses any change to a written audit entry (403). Hooks run whatever access says, so this
 * holds for the Local API with `overrideAccess` too; only creating an entry passes.
 */
export const refuseAuditEntryChange: CollectionBeforeChangeHook = ({ operation, data, req }) => {
  if (operation !== 'create')
    throw translatedError({ req, status: 403, key: 'audit.changeRefused' })
  return data
}

/** Refuses to delete an audit entry (403), for every caller and every API. */
export const refuseAuditEntryDeletion: CollectionBeforeDeleteHook = ({ req }) => {
  throw translatedError({ req, status: 403, key: 'audit.deleteRefused' })
}
