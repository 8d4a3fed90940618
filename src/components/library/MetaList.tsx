import { Fragment, type ReactNode } from 'react'

import type { LibraryTranslator } from '../../i18n'
import type { Locale } from '../../i18n/locales'

/** One fact about an item: its name and value. */
export type MetaRow = { term: string; value: ReactNode }

/**
 * The box of facts beside an item (date, place, agency, licence…). A fact the item does not
 * have is given as null and left out.
 */
export function MetaList({ rows }: { rows: Array<MetaRow | null> }) {
  return (
    <div className="aside-box">
      <dl className="meta-list">
        {rows
          .filter((row): row is MetaRow => row !== null)
          .map(({ term, value }) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
      </dl>
    </div>
  )
}

/** The fact “agency”, linked to the agency's page; null for an item without one. */
export function agencyRow({
  agency,
  lang,
  t,
}: {
  agency: { code: string; name: string } | null
  lang: Locale
  t: LibraryTranslator
}): MetaRow | null {
  if (!agency) return null
  return {
    term: t('item.agency'),
    value: <a href={`/${lang}/agencies/${agency.code}`}>{agency.name}</a>,
  }
}

/**
 * The fact "part of the event", linked to the event's page; null for an item of no event or
 * of one the reader may not see (the read left it out, or left only its id).
 */
export function eventRow({
  event,
  lang,
  t,
}: {
  event: unknown
  lang: Locale
  t: LibraryTranslator
}): MetaRow | null {
  if (!event || typeof event !== 'object') return null
  const { id, title } = event as { id?: unknown; title?: unknown }
  if ((typeof id !== 'number' && typeof id !== 'string') || typeof title !== 'string') return null
  return {
    term: t('events.partOf'),
    value: (
      <a href={`/${lang}/events/${id}`} data-testid="event-link">
        {title}
      </a>
    ),
  }
}
