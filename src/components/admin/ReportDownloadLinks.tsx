import type { I18nClient } from '@payloadcms/translations'
import React from 'react'

import { translate } from '../../i18n'
import { isLocale } from '../../i18n/locales'

/**
 * Above a saved report's buttons: its two downloads, the Decree 30/2020 document and the
 * workbook of its tables (`GET /api/reports/:id/docx|xlsx`), printed from the figures it keeps.
 * Nothing for a report not yet saved.
 */
export function ReportDownloadLinks({
  id,
  i18n,
}: {
  id?: number | string
  i18n?: Pick<I18nClient, 'language'>
}): React.ReactElement | null {
  if (id === undefined || id === null || id === '') return null
  const locale = isLocale(i18n?.language) ? i18n.language : 'vi'
  return (
    <div style={{ display: 'flex', gap: 'var(--base)', alignItems: 'center' }}>
      {(['docx', 'xlsx'] as const).map((format) => (
        <a
          key={format}
          href={`/api/reports/${encodeURIComponent(String(id))}/${format}`}
          className="btn btn--style-secondary btn--size-small"
          style={{ margin: 0 }}
          data-report-download={format}
          download
        >
          {translate({
            locale,
            key: format === 'docx' ? 'reports.downloadDocx' : 'reports.downloadXlsx',
          })}
        </a>
      ))}
    </div>
  )
}
