import { createHash } from 'node:crypto'

import type { Field } from 'payload'

import { isStaffUser } from '../access/roles'

/** The request context flag with which the harvester creates its drafts. */
export const HARVEST_CONTEXT = 'isHarvest'

/** Entry ids longer than this are stored as their SHA-256 (a URL used as id can be long). */
const MAX_RAW_ENTRY_ID = 400

/**
 * Which feed entry an article was harvested from: `<feed id>:<entry id>` (guid, Atom id or JSON
 * Feed id, else the entry's link), unique, so that an entry becomes one draft however often the
 * feed repeats it — also when two polls race. Written by the harvester only; a copy of the
 * article does not carry it.
 */
export const harvestedEntryField: Field = {
  name: 'harvestedEntryId',
  type: 'text',
  unique: true,
  index: true,
  maxLength: 500,
  label: { vi: 'Mã mục nguồn tin đã lấy', en: 'Harvested feed entry' },
  access: {
    read: ({ req: { user } }) => isStaffUser(user),
    create: ({ req }) => req.context[HARVEST_CONTEXT] === true,
    update: () => false,
  },
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => Boolean((data as { harvestedEntryId?: unknown }).harvestedEntryId),
  },
  hooks: { beforeDuplicate: [() => null] },
}

/** The stored key of entry `entryId` of feed `feedId` (see {@link harvestedEntryField}). */
export function harvestedEntryKey({
  feedId,
  entryId,
}: {
  feedId: number | string
  entryId: string
}): string {
  const id =
    entryId.length > MAX_RAW_ENTRY_ID
      ? `sha256:${createHash('sha256').update(entryId).digest('hex')}`
      : entryId
  return `${String(feedId)}:${id}`
}
