'use client'

import { useSelection } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React from 'react'

/**
 * The link behind "Xuất ZIP" (ExportZipLink): the selected rows when there are any (or, with
 * "select all", the list's filter across every page), otherwise the list's current filter.
 * The ZIP comes from `GET /api/export` (src/export/exportEndpoint.ts).
 */
export function ExportZipButton({
  apiRoute,
  collection,
  label,
}: {
  apiRoute: string
  collection: string
  label: string
}): React.ReactElement {
  const { count, getQueryParams } = useSelection()
  const searchParams = useSearchParams()
  let query: string
  if (count > 0) {
    query = getQueryParams().replace(/^\?/, '')
  } else {
    const filter = new URLSearchParams()
    for (const [key, value] of searchParams.entries())
      if (key.startsWith('where[')) filter.append(key, value)
    query = filter.toString()
  }
  const href = `${apiRoute}/export?collection=${collection}${query ? `&${query}` : ''}`
  return (
    <p style={{ margin: 'calc(var(--base) / 2) 0' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={href}
        download
        data-testid="export-zip"
      >
        {label}
      </a>
    </p>
  )
}
