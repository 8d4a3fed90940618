import { describe, expect, it } from 'vitest'

import { atomFeed, jsonFeed, rssFeed } from '../../tests/helpers/feedFixtures'
import { parseFeedEntries, UnreadableFeedError } from './feedEntries'

const entries = [
  {
    id: 'tin-1',
    title: 'Lễ hội trái cây Long Khánh',
    body: '<p>Nội dung <a href="https://dongnai.gov.vn">một</a></p><img src="/anh/1.jpg">',
  },
  { id: 'tin-2', title: 'Hội nghị xúc tiến đầu tư', body: '<p>Hai</p>', image: '/anh/2.jpg' },
]
const portal = 'https://portal.example/so-vhttdl'
const feedUrl = `${portal}/rss`

describe('reading an agency feed', () => {
  it.each([
    ['RSS 2.0', rssFeed({ title: 'Sở VHTTDL', link: portal, entries })],
    ['Atom 1.0', atomFeed({ title: 'Sở VHTTDL', entries })],
    ['JSON Feed 1.1', jsonFeed({ title: 'Sở VHTTDL', link: portal, entries })],
  ])('reads %s into entries with ids, links, texts and images', (_format, text) => {
    const feed = parseFeedEntries({ text, feedUrl })
    expect(feed.title).toBe('Sở VHTTDL')
    expect(feed.entries).toHaveLength(2)
    const [first, second] = feed.entries
    expect(first).toMatchObject({
      title: 'Lễ hội trái cây Long Khánh',
      imageUrl: 'https://portal.example/anh/1.jpg',
    })
    expect(first!.id).toMatch(/tin-1$/)
    expect(first!.link).toMatch(/^https:\/\/portal\.example\/.*tin\/tin-1$/)
    expect(first!.contentHtml).toContain('<a href="https://dongnai.gov.vn">')
    expect(first!.summaryHtml).toContain('Tóm tắt')
    expect(second!.imageUrl).toBe('https://portal.example/anh/2.jpg')
  })

  it('takes the link as the id of an entry without one, and skips an entry with neither', () => {
    const text = `<rss version="2.0"><channel><title>T</title>
      <item><title>A</title><link>https://portal.example/a</link></item>
      <item><title>B</title></item></channel></rss>`
    const feed = parseFeedEntries({ text, feedUrl })
    expect(feed.entries.map((entry) => entry.id)).toEqual(['https://portal.example/a'])
  })

  it('refuses a body that is no feed', () => {
    expect(() =>
      parseFeedEntries({ text: '<html><body>Not found</body></html>', feedUrl }),
    ).toThrow(UnreadableFeedError)
  })
})
