import fs from 'node:fs/promises'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '../../collections/slugs'
import { readEmbeddedTags, writeEmbeddedTags } from '../../src/media/metadata/exiftool'
import { SEARCH_QUEUE } from '../../src/search/sync/searchTasks'
import { createAgency, signInStaff } from '../helpers/accounts'
import { plainJpeg } from '../helpers/mediaFixtures'
import { startPayload, type TestApp } from '../helpers/startPayload'
import { uploadAccepted } from '../helpers/uploads'

/** The provincial newsroom: its name is 39 bytes of UTF-8, more than IIM's 32 for a Credit. */
const NEWSROOM = {
  vi: 'Báo và Phát thanh, Truyền hình Đồng Nai',
  en: 'Dong Nai Newspaper, Radio and Television',
  ja: 'ドンナイ新聞・ラジオ・テレビ',
}

/** What the photographer's file says, in Vietnamese and Japanese. */
const FILE = {
  // 96 bytes: whole in IIM's Headline (256), cut for its Object Name (64).
  headlineVi: 'Nhà ga hành khách Cảng hàng không quốc tế Long Thành đón chuyến bay đầu tiên',
  titleJa: 'ロンタイン国際空港の旅客ターミナル',
  captionJa: '蓮の花をかたどった屋根が特徴の旅客ターミナル。',
  keywords: ['sân bay', 'ロンタイン空港', '旅客ターミナル'],
  dateTaken: '2024:05:01 06:15:00',
}

describe('media as library items: headline, keywords and the metadata wire systems read', () => {
  let app: TestApp
  let token: string
  let agencyId: number
  let item: { id: number; headline?: string; keywords?: string[] }
  let japaneseBeforePublication: object

  async function tagsOfDownload(query: string): Promise<Record<string, unknown>> {
    const response = await app.rest.request('GET', `/library/media/${item.id}/download?${query}`)
    expect(response.status, await response.clone().text()).toBe(200)
    const filePath = path.join(app.dir, `download-${Date.now()}.jpg`)
    await fs.writeFile(filePath, Buffer.from(await response.arrayBuffer()))
    try {
      return await readEmbeddedTags({ filePath })
    } finally {
      await fs.rm(filePath, { force: true })
    }
  }

  /** Runs the search queue until it is empty, as the app's job runner would. */
  async function syncSearch(): Promise<void> {
    for (let round = 0; round < 20; round += 1) {
      const { noJobsRemaining } = await app.payload.jobs.run({ queue: SEARCH_QUEUE, limit: 100 })
      if (noJobsRemaining) break
    }
  }

  beforeAll(async () => {
    app = await startPayload()
    agencyId = await createAgency({ app, name: NEWSROOM.vi, code: 'bao-va-phat-thanh' })
    for (const locale of ['en', 'ja'] as const) {
      await app.payload.update({
        collection: slugs.agencies,
        id: agencyId,
        locale,
        data: { name: NEWSROOM[locale] },
      })
    }
    await app.payload.updateGlobal({
      slug: globalSlugs.settings,
      locale: 'vi',
      data: { provinceName: 'Đồng Nai', databaseName: 'CSDL TTĐN' },
    })
    for (const [locale, provinceName] of [
      ['en', 'Dong Nai'],
      ['ja', 'ドンナイ'],
    ] as const) {
      await app.payload.updateGlobal({
        slug: globalSlugs.settings,
        locale,
        data: { provinceName },
      })
    }
    token = (
      await signInStaff({ app, email: 'bien-tap@ttdn.test', roles: ['admin'], agency: agencyId })
    ).token

    const bytes = await plainJpeg({ width: 1600, height: 1200 })
    const filePath = path.join(app.dir, 'nha-ga.jpg')
    await fs.writeFile(filePath, bytes)
    await writeEmbeddedTags({
      filePath,
      tags: {
        'IPTC:Headline': FILE.headlineVi,
        'XMP-photoshop:Headline': FILE.headlineVi,
        'XMP-dc:Title-ja': FILE.titleJa,
        'XMP-dc:Description-ja': FILE.captionJa,
        'IPTC:Keywords': FILE.keywords,
        'XMP-dc:Subject': FILE.keywords,
        'IPTC:Credit': NEWSROOM.vi.slice(0, 20),
        'XMP-photoshop:Credit': NEWSROOM.vi,
        'ExifIFD:DateTimeOriginal': FILE.dateTaken,
      },
    })
    item = await uploadAccepted({
      app,
      token,
      name: 'nha-ga.jpg',
      type: 'image/jpeg',
      bytes: await fs.readFile(filePath),
      data: {
        kind: 'image',
        agency: agencyId,
        accessTier: 'public',
        _status: 'published',
        caption: 'Nhà ga hành khách với mái hình hoa sen.',
        alt: 'Mái nhà ga cong như những cánh sen',
        placeShown: 'Nhà ga T1, xã Long Thành, Đồng Nai',
      },
    })
    japaneseBeforePublication = await app.payload.findByID({
      collection: slugs.media,
      id: item.id,
      locale: 'ja',
      fallbackLocale: false,
      draft: true,
      depth: 0,
    })
    await publishJapanese()
  })

  /** The Japanese text reaches readers once it is published in Japanese, as any translation. */
  async function publishJapanese(): Promise<void> {
    for (const action of ['submit', 'approve', 'publish']) {
      const step = await app.rest.request('POST', `/${slugs.media}/${item.id}/workflow`, {
        token,
        body: { action, locale: 'ja' },
      })
      expect(step.status, `${action}: ${await step.clone().text()}`).toBe(200)
    }
  }

  afterAll(async () => {
    await app?.stop()
  })

  it('takes the headline, not the alternative text, and the keywords of the source language from the file', () => {
    expect(item.headline).toBe(FILE.headlineVi)
    expect(item.keywords).toEqual(['sân bay'])
  })

  it('files the file’s Japanese title and keywords under Japanese, editable like any translation', () => {
    expect(japaneseBeforePublication).toMatchObject({
      headline: FILE.titleJa,
      caption: FILE.captionJa,
      keywords: ['ロンタイン空港', '旅客ターミナル'],
    })
  })

  it('Photo search by an IPTC keyword in Japanese finds the photo for a Japanese reader', async () => {
    await syncSearch()
    const response = await app.rest.request(
      'GET',
      `/library/search?${new URLSearchParams({ q: 'ロンタイン空港', locale: 'ja' }).toString()}`,
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as {
      hits: Array<{ itemId: string; locale: string; title: string; type: string }>
    }
    expect(body.hits).toContainEqual(
      expect.objectContaining({
        itemId: String(item.id),
        locale: 'ja',
        type: 'image',
        title: FILE.titleJa,
      }),
    )
  })

  it('writes IIM fields cut at a word within their byte limits, and the whole text in XMP', async () => {
    const tags = await tagsOfDownload('rendition=web&locale=vi')
    // Was "Báo và Phát thanh, Truyền h": cut at 32 bytes inside a word.
    expect(tags['IPTC:Credit']).toBe('Báo và Phát thanh, Truyền')
    expect(tags['XMP-photoshop:Credit']).toBe(NEWSROOM.vi)
    expect(tags['IPTC:Headline']).toBe(FILE.headlineVi)
    expect(tags['XMP-photoshop:Headline']).toBe(FILE.headlineVi)
    expect(Buffer.byteLength(tags['IPTC:ObjectName'] as string)).toBeLessThanOrEqual(64)
    expect(tags['IPTC:ObjectName']).toBe('Nhà ga hành khách Cảng hàng không quốc tế Long Thành')
    expect(tags['XMP-dc:Subject']).toEqual('sân bay')
  })

  it('writes the date created, city, province, country and IPTC Extension location into every downloaded image', async () => {
    const tags = await tagsOfDownload('rendition=thumb&locale=vi')
    expect(tags).toMatchObject({
      'IPTC:DateCreated': '2024:05:01',
      'IPTC:TimeCreated': '06:15:00+07:00',
      'XMP-photoshop:DateCreated': '2024:05:01 06:15:00+07:00',
      'IPTC:Sub-location': 'Nhà ga T1',
      'IPTC:City': 'xã Long Thành',
      'IPTC:Province-State': 'Đồng Nai',
      'IPTC:Country-PrimaryLocationName': 'Việt Nam',
      'IPTC:Country-PrimaryLocationCode': 'VNM',
      'XMP-iptcExt:LocationCreatedCity': 'xã Long Thành',
      'XMP-iptcExt:LocationShownCity': 'xã Long Thành',
      'XMP-iptcExt:LocationShownProvinceState': 'Đồng Nai',
      'XMP-iptcExt:LocationShownCountryName': 'Việt Nam',
      'XMP-iptcExt:LocationCreatedCountryCode': 'VNM',
    })
  })

  it('credits the agency by its official name in the reader’s language, cut at a word for IIM', async () => {
    const tags = await tagsOfDownload('rendition=web&locale=ja')
    expect(tags['XMP-photoshop:Credit']).toBe(NEWSROOM.ja)
    expect(tags['IPTC:Credit']).toBe('ドンナイ新聞・ラジオ')
    expect(tags['IPTC:Headline']).toBe(FILE.titleJa)
    expect(tags['XMP-dc:Title-ja']).toBe(FILE.titleJa)
    expect(tags['XMP-dc:Subject']).toEqual(['ロンタイン空港', '旅客ターミナル'])
    expect(tags['IPTC:Province-State']).toBe('ドンナイ')
    expect(tags['IPTC:Country-PrimaryLocationName']).toBe('ベトナム')
  })
})
