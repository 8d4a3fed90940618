import type { CollectionSlug, Payload, Where } from 'payload'

type MongoModel = { updateOne: (filter: object, update: object) => Promise<unknown> }

/** What one write does to a stored copy: set whole values, or add to a number. */
type Change = { set: Record<string, unknown> } | { increment: { field: string; by: number } }

type MongoAdapter = {
  name: 'mongoose'
  collections: Record<string, MongoModel | undefined>
  versions: Record<string, MongoModel | undefined>
}

/**
 * Writes fields the server owns (a transcode's progress, a rendition made in the background)
 * into an item without editing it: straight to the database, past Payload's hooks, so no new
 * version, audit entry, change to syndicate or search sync comes of it, and `updatedAt` stays.
 *
 * An item has two copies: the live document (what readers get) and its versions. Payload
 * builds the next save from the latest version, and src/media/upload/uploadPipeline.ts carries
 * server-owned fields over from it, so a patch missing there would be undone by the next edit.
 * Only copies that hold the stored file `filename` are written — a draft may already carry a
 * newer upload than the published document, and what was made from one file must not land on
 * the other. `versions` says which versions: the latest only (frequent progress), or all of
 * that file (a result, which must survive restoring an older version). Each value written must
 * be whole (a whole group, a whole array).
 */
export async function patchServerOwnedFields({
  payload,
  collection,
  id,
  filename,
  data,
  versions,
}: {
  payload: Payload
  collection: CollectionSlug
  id: number | string
  filename: string
  data: Record<string, unknown>
  versions: 'latest' | 'all'
}): Promise<void> {
  const change: Change = { set: data }
  const live = await payload.db.findOne({
    collection,
    where: { and: [{ id: { equals: id } }, { filename: { equals: filename } }] },
    select: { filename: true },
  })
  if (live) await writeDocument({ payload, collection, id, change })
  await writeVersions({
    payload,
    collection,
    id,
    change,
    where: [
      { 'version.filename': { equals: filename } },
      ...(versions === 'latest' ? [{ latest: { equals: true } }] : []),
    ],
  })
}

/**
 * Adds `by` to a number field the server owns (a counter, such as `downloadCount`), on the live
 * document and on its latest version, the one the next save starts from, so that an editor's
 * next save keeps the count instead of setting it back. Each copy is incremented by the database
 * in one statement (an SQL `count = count + 1`, a MongoDB `$inc`), so simultaneous increments
 * are all counted; like {@link patchServerOwnedFields} it goes past Payload's hooks and keeps
 * `updatedAt`. Unlike a patch, a count belongs to the item, not to one stored file, so the
 * latest version gets it whatever file it holds; older versions keep the count they had, which
 * restoring one does not bring back (src/media/upload/uploadPipeline.ts keeps the stored count).
 */
export async function incrementServerOwnedCounter({
  payload,
  collection,
  id,
  field,
  by = 1,
}: {
  payload: Payload
  collection: CollectionSlug
  id: number | string
  field: string
  /** @default 1 */
  by?: number
}): Promise<void> {
  const change: Change = { increment: { field, by } }
  await writeDocument({ payload, collection, id, change })
  await writeVersions({ payload, collection, id, change, where: [{ latest: { equals: true } }] })
}

/** Writes the live document, past Payload's hooks, leaving `updatedAt` as it is. */
async function writeDocument({
  payload,
  collection,
  id,
  change,
}: {
  payload: Payload
  collection: CollectionSlug
  id: number | string
  change: Change
}): Promise<void> {
  const adapter = payload.db as unknown as MongoAdapter
  if (adapter.name === 'mongoose') {
    await mongoModel({ models: adapter.collections, collection }).updateOne(
      { _id: id },
      mongoUpdate({ change, prefix: '' }),
    )
    return
  }
  // `updatedAt: null` tells the SQL adapters to leave the timestamp as it is.
  await payload.db.updateOne({
    collection,
    id,
    data: { ...sqlData({ change }), updatedAt: null },
    returning: false,
  })
}

/** Writes the item's versions that match `where`, the same way as {@link writeDocument}. */
async function writeVersions({
  payload,
  collection,
  id,
  change,
  where,
}: {
  payload: Payload
  collection: CollectionSlug
  id: number | string
  change: Change
  where: Where[]
}): Promise<void> {
  if (!payload.collections[collection]?.config.versions) return
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, ...where] },
    limit: 0,
    pagination: false,
  })
  const adapter = payload.db as unknown as MongoAdapter
  for (const version of docs) {
    if (adapter.name === 'mongoose') {
      await mongoModel({ models: adapter.versions, collection }).updateOne(
        { _id: version.id },
        mongoUpdate({ change, prefix: 'version.' }),
      )
      continue
    }
    await payload.db.updateVersion({
      collection,
      id: version.id,
      // `null` timestamps are left as they are (the SQL adapters' rule); the type only knows
      // strings.
      versionData: {
        version: { ...sqlData({ change }), updatedAt: null },
        updatedAt: null,
      } as unknown as { version: Record<string, unknown> },
      returning: false,
    })
  }
}

/**
 * The MongoDB update of a change. Paths, not objects: a partial `version` object would replace
 * the whole stored one.
 */
function mongoUpdate({ change, prefix }: { change: Change; prefix: string }): object {
  if ('increment' in change) {
    return { $inc: { [`${prefix}${change.increment.field}`]: change.increment.by } }
  }
  return {
    $set: Object.fromEntries(
      Object.entries(change.set).map(([field, value]) => [`${prefix}${field}`, value]),
    ),
  }
}

/** The data of a change for Payload's SQL adapters, which turn `{ $inc }` into `x = x + by`. */
function sqlData({ change }: { change: Change }): Record<string, unknown> {
  if ('increment' in change) {
    return { [change.increment.field]: { $inc: change.increment.by } }
  }
  return change.set
}

function mongoModel({
  models,
  collection,
}: {
  models: Record<string, MongoModel | undefined>
  collection: string
}): MongoModel {
  const model = models[collection]
  if (!model) throw new Error(`No MongoDB model for collection "${collection}"`)
  return model
}
