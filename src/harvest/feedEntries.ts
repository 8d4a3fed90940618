import { parseFeed } from 'feedsmith'

import { entryHtmlToText, firstImageSource } from './entryHtml'
import { httpUrl } from './httpUrl'

/** One entry of an agency's feed, whatever its format, as the harvester uses it. */
export type FeedEntry = {
  /** guid, Atom id or JSON Feed id; the link when the feed gives none. */
  id: string
  /** The entry's page on the portal (absolute), or `null`. */
  link: string | null
  title: string
  /** The description or summary, as HTML (plain text is HTML too). */
  summaryHtml: string
  /** The full text, as HTML: content:encoded, Atom content, content_html or content_text. */
  contentHtml: string
  /** The entry's picture: enclosure, media:content or thumbnail, JSON image, else the first <img>. */
  imageUrl: string | null
}

/** A parsed feed: its title, and its entries in the feed's order (usually newest first). */
export type ParsedFeed = { title: string; entries: FeedEntry[] }

/** Thrown when a body is not an RSS, Atom, RDF or JSON feed. */
export class UnreadableFeedError extends Error {
  constructor({ cause }: { cause: unknown }) {
    super(`Not a readable RSS, Atom or JSON feed: ${String((cause as Error)?.message ?? cause)}`)
    this.name = 'UnreadableFeedError'
  }
}

/**
 * Reads RSS 0.9x/2.0, RDF, Atom 0.3/1.0 and JSON Feed 1.0/1.1 with feedsmith (which forgives
 * the malformed feeds portals publish and maps old elements to new ones) into one entry shape.
 * Relative links and image addresses are resolved against the feed's URL. Entries without an id
 * or a link cannot be told apart from one poll to the next and are left out.
 */
export function parseFeedEntries({ text, feedUrl }: { text: string; feedUrl: string }): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>
  try {
    parsed = parseFeed(text)
  } catch (error) {
    throw new UnreadableFeedError({ cause: error })
  }
  const raw = rawEntries({ parsed })
  const entries: FeedEntry[] = []
  for (const entry of raw.entries) {
    const link = httpUrl({ value: entry.link, base: feedUrl })
    const id = (entry.id?.trim() || link) ?? null
    if (!id) continue
    const summaryHtml = entry.summary ?? ''
    const contentHtml = entry.content ?? ''
    const title =
      plainText({ value: entry.title ?? '' }) ||
      entryHtmlToText({ html: summaryHtml || contentHtml }).split('\n')[0] ||
      link ||
      id
    const image =
      entry.image ??
      firstImageSource({ html: contentHtml }) ??
      firstImageSource({ html: summaryHtml })
    entries.push({
      id,
      link,
      title,
      summaryHtml,
      contentHtml,
      imageUrl: httpUrl({ value: image, base: link ?? feedUrl }),
    })
  }
  return { title: plainText({ value: raw.title }), entries }
}

/** An entry's fields before resolution, as each format names them. */
type RawEntry = {
  id?: string
  link?: string
  title?: string
  summary?: string
  content?: string
  image?: string
}

function rawEntries({ parsed }: { parsed: ReturnType<typeof parseFeed> }): {
  title: string
  entries: RawEntry[]
} {
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const feed = parsed.feed
      return {
        title: feed.title ?? '',
        entries: (feed.items ?? []).map((item) => ({
          // RDF items have no id of their own: their link identifies them.
          id: 'guid' in item ? item.guid?.value : undefined,
          link: item.link,
          title: item.title,
          summary: item.description,
          content: item.content?.encoded,
          image:
            ('enclosures' in item
              ? item.enclosures?.find((enclosure) => enclosure.type?.startsWith('image/'))?.url
              : undefined) ?? mediaImage({ media: item.media }),
        })),
      }
    }
    case 'atom': {
      const feed = parsed.feed
      return {
        title: feed.title?.value ?? '',
        entries: (feed.entries ?? []).map((entry) => {
          const links = entry.links ?? []
          const page = links.find((link) => !link.rel || link.rel === 'alternate') ?? links[0]
          const enclosure = links.find(
            (link) => link.rel === 'enclosure' && link.type?.startsWith('image/'),
          )
          return {
            id: entry.id,
            link: page?.href,
            title: entry.title?.value,
            summary: entry.summary?.value,
            content: entry.content?.value,
            image: enclosure?.href ?? mediaImage({ media: entry.media }),
          }
        }),
      }
    }
    case 'json': {
      const feed = parsed.feed
      return {
        title: feed.title ?? '',
        entries: (feed.items ?? []).map((item) => ({
          id: item.id,
          link: item.url ?? item.external_url,
          title: item.title,
          summary: item.summary,
          content: item.content_html ?? (item.content_text ? escapeText(item.content_text) : ''),
          image:
            item.image ??
            item.attachments?.find((attachment) => attachment.mime_type?.startsWith('image/'))?.url,
        })),
      }
    }
  }
}

type MediaNamespace = {
  contents?: Array<{ url?: string; medium?: string; type?: string }>
  groups?: Array<{ contents?: Array<{ url?: string; medium?: string; type?: string }> }>
  thumbnails?: Array<{ url?: string }>
}

/** The first picture of Media RSS: a content that is an image, else a thumbnail. */
function mediaImage({ media }: { media?: MediaNamespace }): string | undefined {
  if (!media) return undefined
  const contents = [
    ...(media.contents ?? []),
    ...(media.groups ?? []).flatMap((group) => group.contents ?? []),
  ]
  const image = contents.find(
    (content) => content.medium === 'image' || content.type?.startsWith('image/'),
  )
  return image?.url ?? media.thumbnails?.[0]?.url
}

/** A title may carry markup (Atom `type="html"`, careless RSS): its text, on one line. */
function plainText({ value }: { value: string }): string {
  const text = value.includes('<') ? entryHtmlToText({ html: value }) : value
  return text.replace(/\s+/g, ' ').trim()
}

/** JSON Feed's `content_text` as HTML: escaped, one paragraph per blank-line-separated block. */
function escapeText(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  return escaped
    .split(/\n\s*\n/)
    .map((block) => `<p>${block}</p>`)
    .join('')
}
