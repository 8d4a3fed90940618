/**
 * The judged queries of the search bench: a few articles planted in the corpus with words the
 * generated corpus never uses, and for each query the hits a reader expects on top. Every
 * engine of the bench answers the same queries, as an anonymous reader, and scores one point
 * per query whose top hits are the expected ones.
 *
 * The three "Bàu Sấu" articles differ only in diacritics; the one with the exact spelling has
 * the longest title, so an engine that only folds ranks it below the shorter ones (BM25 favours
 * short fields): only an engine that rewards the exact spelling puts it first.
 */
import type { Locale } from '../../src/i18n/locales'
import { lexicalParagraphs } from '../../src/seed/lexical'
import type { CorpusItem } from './searchCorpus'

/** What the bench needs of an engine's answer: document ids, best first. */
export type JudgedAnswer = { ids: string[] }

export type JudgedQuery = {
  category: 'exact diacritics first' | 'folded match' | 'typo' | 'CJK'
  q: string
  locale: Locale
  /** Keys of {@link JUDGED_ARTICLES} and locale (`bauSauExact:vi`), in the order expected on top. */
  top: string[]
  /** Whether `top` must come in that order, or only be the first hits in any order. */
  isOrdered: boolean
}

/** The planted articles, by key: a title (and summary) per locale. */
const JUDGED_ARTICLES: Record<string, Partial<Record<Locale, string>>> = {
  bauSauExact: { vi: 'Lễ hội đua ghe truyền thống ở Bàu Sấu thu hút đông đảo người dân năm nay' },
  bauSauOther: { vi: 'Chợ phiên Bầu Sâu' },
  bauSauPlain: { vi: 'Bau Sau Coffee' },
  hydroponics: {
    vi: 'Trang trại thủy canh cung cấp rau sạch cho Thành phố Hồ Chí Minh',
    en: 'A hydroponics farm supplies vegetables to Ho Chi Minh City',
  },
  nghinhOng: { vi: 'Lễ hội Nghinh Ông Phước Tỉnh thu hút du khách' },
  orchids: {
    vi: 'Triển lãm hoa lan hồ điệp tại Biên Hòa',
    zh: '边和市举办蝴蝶兰展览吸引大批游客',
    ja: 'ビエンホア市で胡蝶蘭の展示会が開幕しました',
  },
}

export const JUDGED_QUERIES: JudgedQuery[] = [
  {
    category: 'exact diacritics first',
    q: 'Bàu Sấu',
    locale: 'vi',
    top: ['bauSauExact:vi'],
    isOrdered: true,
  },
  {
    category: 'exact diacritics first',
    q: 'Bầu Sâu',
    locale: 'vi',
    top: ['bauSauOther:vi'],
    isOrdered: true,
  },
  {
    category: 'folded match',
    q: 'bau sau',
    locale: 'vi',
    top: ['bauSauExact:vi', 'bauSauOther:vi', 'bauSauPlain:vi'],
    isOrdered: false,
  },
  {
    category: 'typo',
    q: 'hidroponics farm',
    locale: 'en',
    top: ['hydroponics:en'],
    isOrdered: true,
  },
  { category: 'typo', q: 'Nghing Ông', locale: 'vi', top: ['nghinhOng:vi'], isOrdered: true },
  { category: 'CJK', q: '蝴蝶兰', locale: 'zh', top: ['orchids:zh'], isOrdered: true },
  { category: 'CJK', q: '胡蝶蘭', locale: 'ja', top: ['orchids:ja'], isOrdered: true },
]

/**
 * The planted articles as corpus items, public and published in every language they have,
 * shaped like `template` (an article of the generated corpus), numbered after `lastId`.
 */
export function judgedItems({ template, lastId }: { template: CorpusItem; lastId: number }): {
  items: CorpusItem[]
  documentIds: Record<string, string>
} {
  const items: CorpusItem[] = []
  const documentIds: Record<string, string> = {}
  Object.entries(JUDGED_ARTICLES).forEach(([key, titles], index) => {
    const id = lastId + index + 1
    const locales = Object.keys(titles) as Locale[]
    for (const locale of locales) documentIds[`${key}:${locale}`] = `articles-${id}-${locale}`
    items.push({
      collection: 'articles',
      data: {
        ...template.data,
        id,
        _status: 'published',
        workflowState: 'published',
        accessTier: 'public',
        allowedUsers: [],
        embargoUntil: null,
        withdrawnAt: null,
        publishedLocales: locales,
        topics: [],
        title: titles,
        summary: {},
        body: Object.fromEntries(
          locales.map((locale) => [locale, lexicalParagraphs({ paragraphs: [titles[locale]!] })]),
        ),
      },
    })
  })
  return { items, documentIds }
}

/** How many of {@link JUDGED_QUERIES} `answers` (in that order) get right. */
export function countCorrect({
  answers,
  documentIds,
}: {
  answers: JudgedAnswer[]
  documentIds: Record<string, string>
}): { correct: number; missed: string[] } {
  const missed: string[] = []
  JUDGED_QUERIES.forEach((query, index) => {
    const expected = query.top.map((key) => documentIds[key]!)
    const first = answers[index]!.ids.slice(0, expected.length)
    const isRight = query.isOrdered
      ? expected.every((id, position) => first[position] === id)
      : expected.every((id) => first.includes(id))
    if (!isRight) missed.push(`${query.category}: “${query.q}”`)
  })
  return { correct: JUDGED_QUERIES.length - missed.length, missed }
}
