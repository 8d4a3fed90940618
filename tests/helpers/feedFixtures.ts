/** One entry of a test feed. */
export type FixtureEntry = { id: string; title: string; body: string; image?: string }

/** An RSS 2.0 feed with content:encoded bodies and image enclosures, as portals publish it. */
export function rssFeed({
  title,
  link,
  entries,
}: {
  title: string
  link: string
  entries: FixtureEntry[]
}): string {
  const items = entries
    .map(
      (entry) => `<item>
  <title>${entry.title}</title>
  <link>${link}/tin/${entry.id}</link>
  <guid isPermaLink="false">${entry.id}</guid>
  <description>&lt;p&gt;Tóm tắt: ${entry.title}&lt;/p&gt;</description>
  <content:encoded><![CDATA[${entry.body}]]></content:encoded>
  ${entry.image ? `<enclosure url="${entry.image}" type="image/jpeg" length="1000"/>` : ''}
  <pubDate>Sat, 05 Dec 2026 08:00:00 +0700</pubDate>
</item>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>${title}</title><link>${link}</link><description>Tin tức</description>
${items}
</channel></rss>`
}

/** An Atom 1.0 feed of the same entries, with relative links. */
export function atomFeed({ title, entries }: { title: string; entries: FixtureEntry[] }): string {
  const items = entries
    .map(
      (entry) => `<entry>
  <id>urn:tin:${entry.id}</id>
  <title type="html">${entry.title}</title>
  <link rel="alternate" href="/tin/${entry.id}"/>
  ${entry.image ? `<link rel="enclosure" type="image/jpeg" href="${entry.image}"/>` : ''}
  <summary>Tóm tắt: ${entry.title}</summary>
  <content type="html">${entry.body.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content>
  <updated>2026-12-05T01:00:00Z</updated>
</entry>`,
    )
    .join('\n')
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:feed</id>
<updated>2026-12-05T01:00:00Z</updated>
${items}
</feed>`
}

/** A JSON Feed 1.1 of the same entries. */
export function jsonFeed({
  title,
  link,
  entries,
}: {
  title: string
  link: string
  entries: FixtureEntry[]
}): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: entries.map((entry) => ({
      id: entry.id,
      url: `${link}/tin/${entry.id}`,
      title: entry.title,
      summary: `Tóm tắt: ${entry.title}`,
      content_html: entry.body,
      ...(entry.image ? { image: entry.image } : {}),
    })),
  })
}
