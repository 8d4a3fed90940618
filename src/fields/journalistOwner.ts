import type { RelationshipField } from 'payload'

import { slugs } from '../../collections/slugs'

/**
 * The journalist a record belongs to (a download, a saved search, a press card scan): required
 * and indexed, as every "mine" list and every owner check reads it.
 */
export function journalistOwnerField({
  access,
}: { access?: RelationshipField['access'] } = {}): RelationshipField {
  return {
    name: 'journalist',
    type: 'relationship',
    relationTo: slugs.journalists,
    required: true,
    index: true,
    label: { vi: 'Phóng viên', en: 'Journalist' },
    ...(access ? { access } : {}),
  }
}
