import type { ServerProps } from 'payload'
import React from 'react'

import { adminText } from '../../admin/labels'
import { ExportZipButton } from './ExportZipButton'

/**
 * "Xuất ZIP" above each content list (articles, media, events, albums): the selected rows, or
 * the list's current filter, as the ZIP a batch import reads back (src/export).
 */
export function ExportZipLink({
  i18n,
  payload,
  collectionSlug,
}: ServerProps & { collectionSlug?: string }): React.ReactElement | null {
  if (!collectionSlug) return null
  return (
    <ExportZipButton
      apiRoute={payload.config.routes.api}
      collection={collectionSlug}
      label={adminText({ req: { i18n }, text: { vi: 'Xuất ZIP', en: 'Export ZIP' } })}
    />
  )
}
