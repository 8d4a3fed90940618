import type {
  CollectionAfterChangeHook,
  CollectionSlug,
  CollectionBeforeOperationHook,
  FieldHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

import { isLocale, LOCALES } from '../i18n/locales'
import { localizedContentPaths, parentAt, type LocalizedFieldPath } from './localizedFields'

/**
 * The live (published) document of an item carries, for every language, only the text that was
 * last published in that language. Payload builds the document it writes on a publication from
 * the *latest version*, all languages included, so publishing the Vietnamese text would also make
 * a contributor's unreviewed English draft live. Three hooks prevent that, whatever path the save
 * takes (the workflow endpoint, the admin's Publish button, a REST or Local API update, the
 * scheduled publication job):
 *
 * - {@link noteLiveWrites} (`beforeOperation`) remembers which updates write the live document
 *   (every update but a draft save) and drops `publishSpecificLocale`, which this rule subsumes;
 * - {@link keepOtherLocalesLive} (a `beforeChange` hook of one field) replaces, in the document
 *   Payload merges the other languages from, each other language's content with its live value;
 * - {@link keepPendingTranslationDrafts} (`afterChange`) saves, after the publication, a draft
 *   version that still carries the other languages' unpublished drafts, so no work is lost.
 */
export const noteLiveWrites: CollectionBeforeOperationHook = ({ args, operation, collection }) => {
  if (operation !== 'update' && operation !== 'restoreVersion') return args
  const updateArgs = args as {
    id?: number | string
    draft?: boolean
    data?: { _status?: unknown }
    publishSpecificLocale?: string
    req: PayloadRequest
  }
  // Payload saves a draft (a version only) when `draft` is set and the data is not a publication.
  const isDraftSave = updateArgs.draft === true && updateArgs.data?._status !== 'published'
  if (isDraftSave) return args
  const writes = liveWritesOf(updateArgs.req.context)
  writes.add(liveWriteKey({ collection: collection.slug, id: updateArgs.id }))
  if (updateArgs.publishSpecificLocale !== undefined) {
    const { publishSpecificLocale: _dropped, ...rest } = updateArgs
    return rest as typeof args
  }
  return args
}

/**
 * `beforeChange` hook for one top-level field of a workflow collection (`publishedLocales`): on a
 * write of the live document in one language, the other languages' content is taken from the
 * live document as stored, not from the latest (possibly draft) version. The values Payload
 * would have written instead are kept in the request context for
 * {@link keepPendingTranslationDrafts}.
 */
export const keepOtherLocalesLive: FieldHook = async ({
  value,
  operation,
  originalDoc,
  siblingDocWithLocales,
  collection,
  req,
  context,
}) => {
  if (operation !== 'update' || !collection || !siblingDocWithLocales) return value as unknown
  const id = (originalDoc as { id?: number | string } | undefined)?.id
  if (id === undefined || !isLiveWrite({ context, collection: collection.slug, id }))
    return value as unknown
  // A write in every language (`locale=all`) states each language's value itself.
  if (!isLocale(req.locale)) return value as unknown
  const live = await readLiveInEveryLocale({ req, collection: collection.slug, id })
  const pending: PendingDraft[] = []
  for (const path of localizedContentPaths({ fields: collection.fields })) {
    const name = path.at(-1)!
    const holder = parentAt({ doc: siblingDocWithLocales, path, create: true })!
    const liveValues = localeMap(live ? parentAt({ doc: live, path, create: false })?.[name] : null)
    const latestValues = localeMap(holder[name])
    const kept: Record<string, unknown> = {}
    for (const locale of LOCALES) {
      if (locale === req.locale) continue
      const liveValue = liveValues[locale] ?? null
      const latestValue = latestValues[locale] ?? null
      kept[locale] = liveValue
      if (JSON.stringify(liveValue) !== JSON.stringify(latestValue))
        pending.push({ path, locale, value: latestValue })
    }
    // Assigned in place: Payload reads these objects when it merges the languages after hooks.
    holder[name] = kept
  }
  if (pending.length > 0)
    pendingDraftsOf(context).set(liveWriteKey({ collection: collection.slug, id }), pending)
  return value as unknown
}

/**
 * `afterChange`: when a publication left other languages' drafts out of the live document, saves
 * a draft version on top of the new published one with those drafts restored, so editors keep
 * working on them (Payload's own "publish one locale" keeps a snapshot the same way).
 */
export const keepPendingTranslationDrafts: CollectionAfterChangeHook = async ({
  doc,
  collection,
  req,
  context,
  operation,
}) => {
  if (operation !== 'update') return doc as unknown
  const id = (doc as { id?: number | string }).id
  if (id === undefined) return doc as unknown
  const drafts = pendingDraftsOf(context)
  const key = liveWriteKey({ collection: collection.slug, id })
  const pending = drafts.get(key)
  drafts.delete(key)
  liveWritesOf(context).delete(key)
  if (!pending) return doc as unknown
  const live = await readLiveInEveryLocale({ req, collection: collection.slug, id })
  if (!live) return doc as unknown
  const version = structuredClone(live)
  delete version.id
  for (const { path, locale, value } of pending) {
    const name = path.at(-1)!
    const holder = parentAt({ doc: version, path, create: true })!
    holder[name] = { ...localeMap(holder[name]), [locale]: value }
  }
  version._status = 'draft'
  const { docs: newest } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    req,
  })
  // Strictly after the published version, so that it is the latest version Payload picks.
  const after = Date.parse(String(newest[0]?.updatedAt ?? '')) + 1
  const at = new Date(Math.max(Date.now(), Number.isNaN(after) ? 0 : after)).toISOString()
  await req.payload.db.createVersion({
    collectionSlug: collection.slug,
    parent: id,
    versionData: version as never,
    autosave: false,
    createdAt: at,
    updatedAt: at,
    snapshot: true,
    req,
    returning: false,
  })
  return doc as unknown
}

/** A language's draft value that a publication left out of the live document. */
export type PendingDraft = { path: LocalizedFieldPath; locale: string; value: unknown }

function liveWriteKey({ collection, id }: { collection: string; id?: number | string }): string {
  // A bulk update (no id) marks every document of the collection it touches.
  return `${collection}:${id === undefined ? '*' : String(id)}`
}

function isLiveWrite({
  context,
  collection,
  id,
}: {
  context: RequestContext
  collection: string
  id: number | string
}): boolean {
  const writes = liveWritesOf(context)
  return writes.has(liveWriteKey({ collection, id })) || writes.has(liveWriteKey({ collection }))
}

function liveWritesOf(context: RequestContext): Set<string> {
  context.workflowLiveWrites ??= new Set<string>()
  return context.workflowLiveWrites
}

function pendingDraftsOf(context: RequestContext): Map<string, PendingDraft[]> {
  context.workflowPendingDrafts ??= new Map<string, PendingDraft[]>()
  return context.workflowPendingDrafts
}

function localeMap(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}

/** The stored live document with every language's values, read under the write's transaction. */
async function readLiveInEveryLocale({
  req,
  collection,
  id,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  id: number | string
}): Promise<Record<string, unknown> | null> {
  return (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    req,
  })) as Record<string, unknown> | null
}
