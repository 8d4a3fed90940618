import {
  NotFound,
  type CollectionAfterReadHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
  type RequestContext,
  type Where,
} from 'payload'

import { editorialSlugs } from '../../collections/slugs'
import { requesterOf } from '../access/requester'
import { requestBatch } from '../db/requestBatch'
import { translatedError } from '../errors/translatedError'
import { DEFAULT_LOCALE, fallbackChain, isLocale, LOCALES, type Locale } from '../i18n/locales'
import { localizedFieldPaths } from './localizedFields'

/** Collections whose languages are published one by one (they carry `publishedLocales`). */
const WORKFLOW_COLLECTIONS: ReadonlySet<string> = new Set(editorialSlugs)

/**
 * Readers outside the staff — anonymous visitors, journalists, API clients — read only the
 * published languages of an item, whatever `locale`, `fallback-locale`, `where` or `select`
 * they send. Before a read (`find`, `findByID`, `count`, `findDistinct`, REST and GraphQL alike):
 *
 * - Payload's per-field fallback follows the configured chain (requested → English →
 *   Vietnamese), not a `fallback-locale` of the request; {@link serveOnlyPublishedLocales} then
 *   takes unpublished languages out of it per item;
 * - each `where` condition on a localized field matches only items whose language of that
 *   condition is published (with `locale=all`: any published language), so a query cannot tell
 *   whether an unpublished translation contains a word; a condition that reaches a localized
 *   field of another workflow collection through a relationship is refused (400);
 * - `findDistinct` on a localized field lists only values of items published in that language;
 * - a `sort` on a localized field is refused (400) in any language but Vietnamese: the order
 *   would rank items by translations the reader may not see.
 *
 * Vietnamese, the source, is published whenever an item is (non-staff see only published items).
 */
export const limitReadsToPublishedLocales: CollectionBeforeOperationHook = ({
  args,
  operation,
  collection,
  context,
  req,
}) => {
  if (operation !== 'read' && operation !== 'count' && operation !== 'readDistinct') return args
  if (!readsAsPublic({ req, context })) return args
  // The per-item refetch of serveOnlyPublishedLocales sets its own published-only chain.
  if (context.servingFallbackLocale === true) return args
  const locale: Locale | 'all' = req.locale === 'all' ? 'all' : asLocale(req.locale)
  if (locale !== 'all') req.fallbackLocale = fallbackChain(locale).slice(1)
  const readArgs = args as { where?: Where; field?: string; sort?: unknown; req: PayloadRequest }
  refuseSortByUnpublishedText({
    sort: readArgs.sort,
    fields: collection.flattenedFields,
    locale,
    req,
  })
  const where = readArgs.where
    ? publicWhere({ where: readArgs.where, fields: collection.flattenedFields, locale, req })
    : undefined
  if (operation === 'readDistinct' && typeof readArgs.field === 'string') {
    const localized = localizedTarget({
      path: readArgs.field.split('.'),
      fields: collection.flattenedFields,
      req,
    })
    if (localized) {
      if (locale === 'all') throw invalidWhere(req)
      const published = publishedCondition(localized.locale ?? locale)
      return {
        ...args,
        where: published ? { and: [where ?? {}, published] } : where,
      } as typeof args
    }
  }
  return where ? ({ ...args, where } as typeof args) : args
}

/**
 * Readers outside the staff see only published languages. When the requested language is not
 * published for an item, they get the first published one of requested → English → Vietnamese,
 * and `servedLocale` says which (every response that fell back says so); a field
 * empty in the served language falls back only to published languages; with `locale=all`,
 * unpublished languages are left out of every localized field.
 */
export const serveOnlyPublishedLocales: CollectionAfterReadHook = async ({
  doc,
  req,
  collection,
  context,
}) => {
  const record = doc as Record<string, unknown>
  if (context.servingFallbackLocale === true)
    return { ...record, servedLocale: context.servedLocale }
  const requested: Locale | 'all' = req.locale === 'all' ? 'all' : asLocale(req.locale)
  if (!readsAsPublic({ req, context })) return { ...record, servedLocale: requested }
  const published = asLocales(record.publishedLocales)
  const isPublished = (locale: Locale): boolean =>
    published.length === 0 || locale === DEFAULT_LOCALE || published.includes(locale)
  if (requested === 'all') {
    return {
      ...withoutUnpublishedLocales({ record, fields: collection.fields, isPublished }),
      servedLocale: requested,
    }
  }
  const served = isPublished(requested)
    ? requested
    : (fallbackChain(requested).find(isPublished) ?? DEFAULT_LOCALE)
  const chain = fallbackChain(served).slice(1)
  if (served === requested && chain.every(isPublished)) return { ...record, servedLocale: served }
  const depthParam = Number(req.query?.depth)
  const fallback = await readInFallback({
    req,
    collection: collection.slug,
    id: record.id as number | string,
    served,
    fallbackLocale: chain.filter(isPublished),
    depth: Number.isInteger(depthParam) && depthParam >= 0 && depthParam <= 3 ? depthParam : 1,
  })
  return { ...fallback, servedLocale: served }
}

/**
 * The item read again in the language it is served in, with only published languages to fall
 * back on. The items of one list that fall back alike (same language, chain and depth) are
 * read together, in one `find` (requestBatch), instead of one `findByID` each. Like `findByID`,
 * an item that cannot be read (any more) is a 404.
 */
async function readInFallback({
  req,
  collection,
  id,
  served,
  fallbackLocale,
  depth,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
  served: Locale
  fallbackLocale: Locale[]
  depth: number
}): Promise<Record<string, unknown>> {
  const loader = requestBatch<number | string, Record<string, unknown> | undefined>({
    request: req,
    key: JSON.stringify(['fallback', collection, served, fallbackLocale, depth]),
    batch: async (ids) => {
      const { docs } = await req.payload.find({
        collection,
        where: { id: { in: [...new Set(ids)] } },
        locale: served,
        fallbackLocale,
        depth,
        limit: ids.length,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        // Not `req`: the Local API would switch the shared request to `served` for later reads.
        context: { servingFallbackLocale: true, servedLocale: served },
      })
      const byId = new Map(
        docs.map((doc) => [String(doc.id), doc as unknown as Record<string, unknown>]),
      )
      return ids.map((each) => byId.get(String(each)))
    },
  })
  const fallback = await loader.load(id)
  if (!fallback) throw new NotFound(req.t)
  return fallback
}

/**
 * Whether this read is made for someone outside the staff. The Local API without a user is the
 * system itself (seed, jobs, syndication mapping), unless the public library reads on behalf of
 * an anonymous reader (src/library/reader.ts).
 */
function readsAsPublic({
  req,
  context,
}: {
  req: PayloadRequest
  context: RequestContext
}): boolean {
  if (req.payloadAPI === 'local' && !req.user && context.isLibraryRead !== true) return false
  return requesterOf({ user: req.user, now: new Date() }).kind !== 'staff'
}

/** `where` with every condition on a localized field limited to published languages. */
function publicWhere({
  where,
  fields,
  locale,
  req,
}: {
  where: Where
  fields: FlattenedField[]
  locale: Locale | 'all'
  req: PayloadRequest
}): Where {
  const conditions: Where[] = []
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      conditions.push({
        [key]: value.map((inner) => publicWhere({ where: inner, fields, locale, req })),
      })
      continue
    }
    const leaf = { [key]: value } as Where
    const segments = key.split('.')
    const target = localizedTarget({ path: segments, fields, req })
    if (!target) {
      conditions.push(leaf)
    } else if ((target.locale ?? locale) !== 'all') {
      const published = publishedCondition((target.locale ?? locale) as Locale)
      conditions.push(published ? { and: [leaf, published] } : leaf)
    } else {
      // `locale=all` matches any language: spell each one out, published ones only.
      const before = segments.slice(0, target.fieldDepth + 1)
      const after = segments.slice(target.fieldDepth + 1)
      conditions.push({
        or: LOCALES.map((each) => {
          const perLocale = { [[...before, each, ...after].join('.')]: value } as Where
          const published = publishedCondition(each)
          return published ? { and: [perLocale, published] } : perLocale
        }),
      })
    }
  }
  return conditions.length === 1 ? conditions[0]! : { and: conditions }
}

/**
 * Whether `path` ends in (or passes through) a localized field of this collection, and in which
 * language when the path names one (`title.en`). A path into a localized field of another
 * workflow collection through a relationship is refused: its languages are published per item.
 */
function localizedTarget({
  path,
  fields,
  req,
}: {
  path: string[]
  fields: FlattenedField[]
  req: PayloadRequest
}): { locale: Locale | null; fieldDepth: number } | null {
  let current: FlattenedField[] = fields
  for (let index = 0; index < path.length; index += 1) {
    const field = current.find((each) => each.name === path[index])
    if (!field) return null
    if ('localized' in field && field.localized === true) {
      const next = path[index + 1]
      return { locale: isLocale(next) ? next : null, fieldDepth: index }
    }
    if (field.type === 'group' || field.type === 'tab') {
      current = field.flattenedFields
      continue
    }
    if ((field.type === 'relationship' || field.type === 'upload') && index < path.length - 1) {
      const related = [field.relationTo].flat()
      for (const slug of related) {
        if (!WORKFLOW_COLLECTIONS.has(slug)) continue
        const relatedFields = req.payload.collections[slug]?.config.flattenedFields ?? []
        if (localizedTarget({ path: path.slice(index + 1), fields: relatedFields, req }))
          throw invalidWhere(req)
      }
      return null
    }
    return null
  }
  return null
}

/**
 * Refuses a sort on a localized field in a language other than Vietnamese. Unlike a `where`, a
 * sort cannot be limited to published languages per item: Payload ranks every item by its text
 * in that language, published or not, so the order alone would tell an unpublished title apart.
 */
function refuseSortByUnpublishedText({
  sort,
  fields,
  locale,
  req,
}: {
  sort: unknown
  fields: FlattenedField[]
  locale: Locale | 'all'
  req: PayloadRequest
}): void {
  const paths = [sort]
    .flat()
    .filter((each): each is string => typeof each === 'string')
    .flatMap((each) => each.split(','))
    .map((each) => each.trim().replace(/^[-+]/, ''))
    .filter((each) => each !== '')
  for (const path of paths) {
    const target = localizedTarget({ path: path.split('.'), fields, req })
    if (target && (target.locale ?? locale) !== DEFAULT_LOCALE) {
      throw translatedError({
        req,
        status: 400,
        key: 'errors.invalidParameter',
        params: { name: 'sort', expected: 'a field that is not translated, or locale=vi' },
      })
    }
  }
}

function publishedCondition(locale: Locale): Where | null {
  return locale === DEFAULT_LOCALE ? null : { publishedLocales: { in: [locale] } }
}

function invalidWhere(req: PayloadRequest): Error {
  return translatedError({
    req,
    status: 400,
    key: 'errors.invalidParameter',
    params: { name: 'where', expected: 'a field of this collection' },
  })
}

/** A `locale=all` document with only published languages in each localized field. */
function withoutUnpublishedLocales({
  record,
  fields,
  isPublished,
}: {
  record: Record<string, unknown>
  fields: Parameters<typeof localizedFieldPaths>[0]['fields']
  isPublished: (locale: Locale) => boolean
}): Record<string, unknown> {
  const copy = structuredClone(record)
  for (const path of localizedFieldPaths({ fields })) {
    let holder: unknown = copy
    for (const segment of path.slice(0, -1))
      holder = (holder as Record<string, unknown> | undefined)?.[segment]
    const name = path.at(-1)!
    const values = (holder as Record<string, unknown> | undefined)?.[name]
    if (!values || typeof values !== 'object' || Array.isArray(values)) continue
    ;(holder as Record<string, unknown>)[name] = Object.fromEntries(
      Object.entries(values).filter(([locale]) => isLocale(locale) && isPublished(locale)),
    )
  }
  return copy
}

function asLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE
}

function asLocales(value: unknown): Locale[] {
  return Array.isArray(value) ? value.filter(isLocale) : []
}
