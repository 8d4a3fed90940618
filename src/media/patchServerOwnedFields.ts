import type { CollectionSlug, Payload } from 'payload'

type MongoModel = { updateOne: (filter: object, update: object) => Promise<unknown> }

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
 * builds the next save from the latest version, and src/media/uploadPipeline.ts carries
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
  const live = await payload.db.findOne({
    collection,
    where: { and: [{ id: { equals: id } }, { filename: { equals: filename } }] },
    select: { filename: true },
  })
  if (live) await patchDocument({ payload, collection, id, data })
  if (!payload.collections[collection]?.config.versions) return
  const { docs } = await payload.db.findVersions({
    collection,
    where: {
      and: [
        { parent: { equals: id } },
        { 'version.filename': { equals: filename } },
        ...(versions === 'latest' ? [{ latest: { equals: true } }] : []),
      ],
    },
    limit: 0,
    pagination: false,
  })
  for (const version of docs) {
    await patchVersion({ payload, collection, versionId: version.id, data })
  }
}

/**
 * Adds `by` to a number field the server owns (a counter, such as `downloadCount`), on the live
 * document and on its latest version, the one the next save starts from, so that an editor's
 * next save keeps the count instead of setting it back. Each copy is incremented by the database
 * in one statement (an SQL `count = count + 1`, a MongoDB `$inc`), so simultaneous increments
 * are all counted; like {@link patchServerOwnedFields} it goes past Payload's hooks and keeps
 * `updatedAt`. Unlike a patch, a count belongs to the item, not to one stored file, so the
 * latest version gets it whatever file it holds; older versions keep the count they had, which
 * restoring one does not bring back (src/media/uploadPipeline.ts keeps the stored count).
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
  const adapter = payload.db as unknown as MongoAdapter
  if (adapter.name === 'mongoose') {
    await mongoModel({ models: adapter.collections, collection }).updateOne(
      { _id: id },
      { $inc: { [field]: by } },
    )
  } else {
    // Payload's SQL adapters turn `{ $inc }` into `column = column + by`.
    await payload.db.updateOne({
      collection,
      id,
      data: { [field]: { $inc: by }, updatedAt: null },
      returning: false,
    })
  }
  if (!payload.collections[collection]?.config.versions) return
  const { docs } = await payload.db.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    limit: 0,
    pagination: false,
  })
  for (const version of docs) {
    if (adapter.name === 'mongoose') {
      await mongoModel({ models: adapter.versions, collection }).updateOne(
        { _id: version.id },
        { $inc: { [`version.${field}`]: by } },
      )
      continue
    }
    await payload.db.updateVersion({
      collection,
      id: version.id,
      versionData: {
        version: { [field]: { $inc: by }, updatedAt: null },
        updatedAt: null,
      } as unknown as { version: Record<string, unknown> },
      returning: false,
    })
  }
}

async function patchDocument({
  payload,
  collection,
  id,
  data,
}: {
  payload: Payload
  collection: CollectionSlug
  id: number | string
  data: Record<string, unknown>
}): Promise<void> {
  const adapter = payload.db as unknown as MongoAdapter
  if (adapter.name === 'mongoose') {
    await mongoModel({ models: adapter.collections, collection }).updateOne(
      { _id: id },
      { $set: data },
    )
    return
  }
  // `updatedAt: null` tells the SQL adapters to leave the timestamp as it is.
  await payload.db.updateOne({
    collection,
    id,
    data: { ...data, updatedAt: null },
    returning: false,
  })
}

async function patchVersion({
  payload,
  collection,
  versionId,
  data,
}: {
  payload: Payload
  collection: CollectionSlug
  versionId: number | string
  data: Record<string, unknown>
}): Promise<void> {
  const adapter = payload.db as unknown as MongoAdapter
  if (adapter.name === 'mongoose') {
    // A partial `version` object would replace the whole stored one in MongoDB: set paths.
    const paths = Object.fromEntries(
      Object.entries(data).map(([field, value]) => [`version.${field}`, value]),
    )
    await mongoModel({ models: adapter.versions, collection }).updateOne(
      { _id: versionId },
      { $set: paths },
    )
    return
  }
  await payload.db.updateVersion({
    collection,
    id: versionId,
    // `null` timestamps are left as they are (the SQL adapters' rule); the type only knows strings.
    versionData: { version: { ...data, updatedAt: null }, updatedAt: null } as unknown as {
      version: Record<string, unknown>
    },
    returning: false,
  })
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
