import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { signInJournalist, signInStaffPerRole } from '../helpers/accounts'
import {
  appSearchIndex,
  searchApi,
  searchEngines,
  startSearchApp,
  stopSearchApp,
  syncSearch,
} from '../helpers/searchEngines'
import { searchDocument } from '../helpers/searchDocuments'
import type { TestApp } from '../helpers/startPayload'

/**
 * The place-name gazetteer (issue 18, item 8): its entries are synonyms to both engines, so
 * "dong nai" typed in Latin letters on the Japanese pages finds the Japanese articles about
 * ドンナイ, and a changed name takes effect through the search queue, without a reindex. The
 * articles are written into the engine as the sync writes them; the places through the API.
 */

const ENGINES = searchEngines({ suite: 'gazetteer' })

const JAPANESE = [
  { itemId: 'ja-investment', title: 'ドンナイ省、2027年投資促進プログラムを発表' },
  { itemId: 'ja-industry', title: '日本企業、ドンナイ省の工業団地で生産を拡大' },
  { itemId: 'ja-press', title: 'ドンナイ省で取材を行う外国人記者へのご案内' },
]

describe.each(ENGINES)('the gazetteer on the $name engine', (engine) => {
  let app: TestApp
  let tokens: Record<'admin' | 'department-manager' | 'publisher', string>

  const japaneseHits = async (q: string) => {
    const { status, body } = await searchApi({ app, query: { q, locale: 'ja', limit: '50' } })
    expect(status).toBe(200)
    return body.hits
      .filter((hit) => hit.locale === 'ja')
      .map((hit) => hit.itemId)
      .sort()
  }

  beforeAll(async () => {
    app = await startSearchApp({ engine })
    ;({ tokens } = await signInStaffPerRole({
      app,
      roles: ['admin', 'department-manager', 'publisher'],
    }))
    const documents = [
      ...JAPANESE.map(({ itemId, title }) => searchDocument({ itemId, locale: 'ja', title })),
      searchDocument({ itemId: 'ja-other', locale: 'ja', title: 'ホーチミン市の夜市' }),
      searchDocument({ itemId: 'ja-ta-lai', locale: 'ja', title: 'タライ村の新米祭り' }),
      // A photo matched on its Vietnamese credit: what "dong nai" found on /ja before.
      searchDocument({
        collection: 'media',
        itemId: 'photo',
        locale: 'ja',
        title: '陶器の工房',
        credit: 'Báo Đồng Nai',
      }),
    ]
    const index = await appSearchIndex({ app })
    await index.replaceItems({ itemKeys: documents.map((doc) => doc.itemKey), documents })
    await index.settle()
  })

  afterAll(async () => {
    await stopSearchApp({ app, engine })
  })

  it('finds only the photo with a Vietnamese credit for "dong nai" on /ja while the gazetteer is empty', async () => {
    expect(await japaneseHits('dong nai')).toEqual(['photo'])
  })

  it('finds the Japanese articles about ドンナイ for "dong nai" typed on /ja once the place is entered', async () => {
    const response = await app.rest.request('POST', `/${slugs.places}?locale=vi`, {
      token: tokens['department-manager'],
      body: { name: 'Đồng Nai', slug: 'dong-nai', kind: 'province', variants: ['Dong Nai'] },
    })
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: number } }
    const japanese = await app.rest.request('PATCH', `/${slugs.places}/${doc.id}?locale=ja`, {
      token: tokens['department-manager'],
      body: { name: 'ドンナイ' },
    })
    expect(japanese.status).toBe(200)
    await syncSearch({ app })

    const expected = [...JAPANESE.map(({ itemId }) => itemId), 'photo'].sort()
    expect(await japaneseHits('dong nai')).toEqual(expected)
    expect(await japaneseHits('Đồng Nai')).toEqual(expected)
    // Half a name is not the place: only the credit holds the word.
    expect(await japaneseHits('nai')).toEqual(['photo'])
  })

  it('changes results when a place is edited, through the search queue and without a reindex', async () => {
    expect(await japaneseHits('ta lai')).toEqual([])
    const place = await app.payload.create({
      collection: slugs.places,
      locale: 'vi',
      data: { name: 'Tà Lài', slug: 'ta-lai', kind: 'ward-commune', variants: ['Ta Lai'] },
    })
    await syncSearch({ app })
    expect(await japaneseHits('ta lai')).toEqual([])

    await app.payload.update({
      collection: slugs.places,
      id: place.id,
      locale: 'ja',
      data: { name: 'タライ' },
    })
    await syncSearch({ app })
    expect(await japaneseHits('ta lai')).toEqual(['ja-ta-lai'])

    await app.payload.delete({ collection: slugs.places, id: place.id })
    await syncSearch({ app })
    expect(await japaneseHits('ta lai')).toEqual([])
  })

  it('lets admins and the department manager edit the gazetteer, other staff read it, and nobody else', async () => {
    const create = (token: string | undefined, slug: string) =>
      app.rest.request('POST', `/${slugs.places}`, {
        token,
        body: { name: 'Biên Hòa', slug, kind: 'ward-commune' },
      })
    expect((await create(tokens.admin, 'bien-hoa')).status).toBe(201)
    expect((await create(tokens.publisher, 'bien-hoa-2')).status).toBe(403)
    expect((await create(undefined, 'bien-hoa-3')).status).toBe(403)

    const list = (token?: string) => app.rest.request('GET', `/${slugs.places}`, { token })
    expect((await list(tokens.publisher)).status).toBe(200)
    expect((await list()).status).toBe(403)
    const journalist = await signInJournalist({ app, email: 'gazetteer-press@ttdn.test' })
    expect((await list(journalist.token)).status).toBe(403)
  })
})
