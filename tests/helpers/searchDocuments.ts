import { fingerprintOf } from '../../src/search/documents/buildSearchDocuments'
import type { SearchDocument } from '../../src/search/SearchIndex'

let next = 0

/** A public, published Vietnamese article document, with `fields` overriding any of it. */
export function searchDocument(fields: Partial<SearchDocument> = {}): SearchDocument {
  next += 1
  const collection = fields.collection ?? 'articles'
  const itemId = fields.itemId ?? String(next)
  const locale = fields.locale ?? 'vi'
  const document: Omit<SearchDocument, 'fingerprint'> = {
    id: `${collection}-${itemId}-${locale}`,
    itemKey: `${collection}-${itemId}`,
    collection,
    itemId,
    locale,
    type: collection === 'articles' ? 'article' : 'image',
    infoType: collection === 'articles' ? 'official' : null,
    title: '',
    summary: '',
    caption: '',
    credit: '',
    text: '',
    labels: [],
    topics: [],
    agency: '1',
    year: 2026,
    accessTier: 'public',
    allowedUsers: [],
    embargoUntil: null,
    pressReleaseAt: null,
    withdrawnAt: null,
    publishedAt: Date.UTC(2026, 0, 1) + next * 60_000,
    date: Date.UTC(2026, 0, 1) + next * 60_000,
    status: 'published',
    isLocalePublished: true,
    ...fields,
  }
  return { ...document, fingerprint: fingerprintOf(document) }
}
