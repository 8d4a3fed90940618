import { fileTypeFromBuffer } from 'file-type'
import type { Payload, TypedUser } from 'payload'

import { slugs } from '../../collections/slugs'
import type { AccessTier } from '../access/tiers'
import type { Env } from '../env'
import { DEFAULT_LOCALE } from '../i18n'
import { storedFilename } from '../media/upload/storedFilename'
import { entryHtmlToLexical, entryHtmlToText } from './entryHtml'
import type { FeedEntry } from './feedEntries'
import { harvestAddressPolicy } from './feedUrl'
import { guardedGet } from './guardedGet'
import { HARVEST_CONTEXT } from './harvestedEntryField'

/** What the harvester files every draft of a feed under. */
export type FeedDefaults = {
  feedId: number | string
  agencyId: number | string
  accessTier: AccessTier
  topicIds: Array<number | string>
  /** The feed's own title, the article's source name. */
  sourceTitle: string
}

/** The longest texts the article fields take (collections/Articles). */
const MAX_TITLE = 300
const MAX_SUMMARY = 1000

/**
 * Makes one feed entry a draft article of the feed's agency, in Vietnamese, as `user` (the
 * feed's registrant acting as the agency's contributor, src/harvest/actingUser.ts) with access
 * on: title, summary (the description's text), body (the content as Lexical: paragraphs, line
 * breaks and links only), the source link, the feed's default topics and tier, and the entry's
 * picture as a media draft — fetched with the feed's address guards and the image size limit,
 * and stored through the upload pipeline an admin upload takes (screening, metadata, renditions).
 * A picture that cannot be fetched or is refused leaves the article without it (logged); an
 * article that cannot be saved removes the picture it had fetched, so no orphan stays.
 */
export async function createEntryDraft({
  payload,
  env,
  user,
  entry,
  entryKey,
  defaults,
}: {
  payload: Payload
  env: Env
  user: TypedUser
  entry: FeedEntry
  entryKey: string
  defaults: FeedDefaults
}): Promise<{ articleId: number | string; mediaId: number | string | null }> {
  const common = {
    agency: defaults.agencyId,
    accessTier: defaults.accessTier,
    classification: 'unclassified',
    _status: 'draft',
  } as const
  const mediaId = entry.imageUrl
    ? await createEntryImage({ payload, env, user, entry, imageUrl: entry.imageUrl, common })
    : null
  const summary = entryHtmlToText({ html: entry.summaryHtml }).slice(0, MAX_SUMMARY).trim()
  try {
    const article = await payload.create({
      collection: slugs.articles,
      locale: DEFAULT_LOCALE,
      draft: true,
      depth: 0,
      user,
      overrideAccess: false,
      context: { [HARVEST_CONTEXT]: true },
      data: {
        ...common,
        title: entry.title.slice(0, MAX_TITLE),
        summary: summary || null,
        body: entryHtmlToLexical({ html: entry.contentHtml || entry.summaryHtml }),
        topics: defaults.topicIds as number[],
        media: mediaId === null ? [] : [mediaId as number],
        sources: [{ title: defaults.sourceTitle.slice(0, MAX_TITLE), url: entry.link }],
        harvestedEntryId: entryKey,
        // Ids are numbers on SQLite and strings on MongoDB; the generated types know only one.
      } as never,
    })
    return { articleId: article.id, mediaId }
  } catch (error) {
    if (mediaId !== null) {
      // The system removes the picture it just stored for this entry: a contributor may not
      // delete, and an orphan file must not stay behind a draft that was never made.
      await payload.delete({ collection: slugs.media, id: mediaId, overrideAccess: true })
    }
    throw error
  }
}

async function createEntryImage({
  payload,
  env,
  user,
  entry,
  imageUrl,
  common,
}: {
  payload: Payload
  env: Env
  user: TypedUser
  entry: FeedEntry
  imageUrl: string
  common: Record<string, unknown>
}): Promise<number | string | null> {
  try {
    const answer = await guardedGet({
      url: imageUrl,
      policy: harvestAddressPolicy({ harvest: env.harvest }),
      maxBytes: env.mediaLimits.imageBytes,
      timeoutMs: env.harvest.timeoutMs,
      accept: 'image/*',
    })
    if (answer.status !== 'ok') return null
    // The stored name comes from the title and the sniffed type, never from the portal's URL;
    // the upload screening decides whether the bytes are an image we accept.
    const sniffed = await fileTypeFromBuffer(answer.body)
    const media = await payload.create({
      collection: slugs.media,
      locale: DEFAULT_LOCALE,
      draft: true,
      depth: 0,
      user,
      overrideAccess: false,
      data: { ...common, kind: 'image', alt: entry.title.slice(0, MAX_TITLE) } as never,
      file: {
        data: answer.body,
        mimetype: sniffed?.mime ?? 'application/octet-stream',
        name: storedFilename({ title: entry.title, extension: sniffed ? `.${sniffed.ext}` : '' }),
        size: answer.body.byteLength,
      },
    })
    return media.id
  } catch (error) {
    payload.logger.warn({
      msg: `Harvest: the picture ${imageUrl.slice(0, 200)} of entry ${entry.id.slice(0, 200)} was not stored`,
      err: error,
    })
    return null
  }
}
