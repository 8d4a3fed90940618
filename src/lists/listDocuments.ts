import type { PayloadRequest } from 'payload'

import { globalSlugs, slugs } from '../../collections/slugs'
import { LIST_SHEETS, rowOfDocument, type ListName, type ListRow } from './listSheets'

type StoredDocument = Record<string, unknown> & { id: number | string }

/** The lists' collections; the settings are a global. */
export const LIST_COLLECTIONS = {
  agencies: slugs.agencies,
  topics: slugs.topics,
  places: slugs.places,
} as const

/** What the database holds of the lists, read as the requester: documents, keys and rows. */
export type StoredLists = {
  /** Each collection list's documents (every locale), by their key. */
  documents: Record<Exclude<ListName, 'settings'>, Map<string, StoredDocument>>
  /** The settings global, every locale. */
  settings: Record<string, unknown>
  /** The key of a referenced document from its id ('' when the requester cannot see it). */
  keyOf: (args: { list: ListName; id: unknown }) => string
  /** Each stored record as its sheet's row. */
  rowsOf: (list: ListName) => ListRow[]
}

/**
 * Reads the lists with `locale: 'all'` — each locale's stored value, no fallback — as the
 * request's user with access on, so the export and a re-import's comparison see exactly what
 * that user may see and nothing another locale filled in.
 */
export async function readStoredLists({ req }: { req: PayloadRequest }): Promise<StoredLists> {
  const documents = {} as StoredLists['documents']
  const keysById: Record<string, Map<string, string>> = {}
  for (const list of Object.keys(LIST_COLLECTIONS) as Array<keyof typeof LIST_COLLECTIONS>) {
    const key = LIST_SHEETS[list].key
    const { docs } = await req.payload.find({
      collection: LIST_COLLECTIONS[list],
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'id',
      overrideAccess: false,
      user: req.user,
      req,
    })
    const stored = docs as unknown as StoredDocument[]
    documents[list] = new Map(stored.map((doc) => [String(doc[key]), doc]))
    keysById[list] = new Map(stored.map((doc) => [String(doc.id), String(doc[key])]))
  }
  const settings = (await req.payload.findGlobal({
    slug: globalSlugs.settings,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })) as unknown as Record<string, unknown>
  const keyOf: StoredLists['keyOf'] = ({ list, id }) => keysById[list]?.get(String(id)) ?? ''
  return {
    documents,
    settings,
    keyOf,
    rowsOf: (list) => {
      const sheet = LIST_SHEETS[list]
      const docs = list === 'settings' ? [settings] : [...documents[list].values()]
      return docs.map((doc) => rowOfDocument({ sheet, doc, keyOf }))
    },
  }
}
