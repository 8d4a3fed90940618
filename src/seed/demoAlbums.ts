import type { PayloadRequest } from 'payload'

import { slugs } from '../../collections/slugs'
import { AppError } from '../errors/AppError'
import { slugify } from '../fields/slug'
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales'
import { demoArticles } from './data/demoArticles'
import { publishThroughWorkflow } from './demoWorkflow'
import { seedOnce, type SeedCount } from './seedOnce'

/** Texts of a demo album or event in every language. */
type DemoTexts = Record<Locale, { title: string; description: string; place: string }>

/** The demo event: the Chơro harvest festival the demo article and photos tell of. */
export const DEMO_EVENT = {
  kind: 'festival',
  agency: 'so-vhttdl',
  topics: ['le-hoi', 'dong-bao-dan-toc'],
  startDate: '2026-03-28T01:00:00.000Z',
  endDate: '2026-03-29T10:00:00.000Z',
  place: { latitude: 11.3, longitude: 107.1 },
  cover: 'chro-gong-circle',
  /** The demo photos and article that name the event. */
  photos: ['chro-gong-circle', 'chro-rice-offering'],
  article: 'chro-sa-yang-va-festival',
  text: {
    vi: {
      title: 'Lễ hội Sa Yang Va 2026 của người Chơro',
      description:
        'Lễ tạ ơn Thần Lúa của đồng bào Chơro tại xã Phú Lý: nghi lễ dâng lúa mới, cồng chiêng và múa quanh lửa.',
      place: 'Xã Phú Lý, Đồng Nai',
    },
    en: {
      title: 'Sa Yang Va 2026, the Chơro harvest festival',
      description:
        'The Chơro people of Phu Ly Commune thank the Rice Spirit: offerings of new rice, gongs and dancing around the fire.',
      place: 'Phu Ly Commune, Dong Nai',
    },
    zh: {
      title: '2026年朱罗族萨扬瓦节',
      description: '富里乡朱罗族同胞感谢稻神的节日：献新米、锣钲演奏和篝火舞蹈。',
      place: '同奈省富里乡',
    },
    ja: {
      title: 'チョロ族のサヤンヴァ祭り 2026',
      description:
        'フーリー村のチョロ族が稲の神に感謝する祭り。新米の奉納、ゴングの演奏、火を囲む踊り。',
      place: 'ドンナイ省フーリー村',
    },
    ko: {
      title: '2026 초로족 사양바 축제',
      description: '푸리 마을 초로족이 벼의 신에게 감사하는 축제: 햅쌀 봉헌, 징 연주, 불가의 춤.',
      place: '동나이성 푸리 마을',
    },
    fr: {
      title: 'Sa Yang Va 2026, la fête des récoltes des Chơro',
      description:
        'Les Chơro de la commune de Phu Ly remercient l’Esprit du riz : offrandes de riz nouveau, gongs et danses autour du feu.',
      place: 'Commune de Phu Ly, Dong Nai',
    },
    ru: {
      title: 'Са Янг Ва 2026 — праздник урожая народа чоро',
      description:
        'Чоро общины Фули благодарят Духа риса: подношение нового риса, гонги и танцы у костра.',
      place: 'Община Фули, Донай',
    },
    km: {
      title: 'ពិធីបុណ្យសាយ៉ាងវ៉ា ២០២៦ របស់ជនជាតិចូរ៉ូ',
      description:
        'ជនជាតិចូរ៉ូនៃឃុំភូលី អរគុណអាទិទេពស្រូវ៖ ការថ្វាយស្រូវថ្មី គងឃ្មោះ និងរាំជុំវិញភ្លើង។',
      place: 'ឃុំភូលី ដុងណៃ',
    },
  } satisfies DemoTexts,
} as const

/** The demo album: the festival's photos and its article, with the Stiêng brocade beside them. */
export const DEMO_ALBUM = {
  agency: 'so-vhttdl',
  topics: ['le-hoi', 'dong-bao-dan-toc'],
  cover: 'chro-gong-circle',
  photos: ['chro-gong-circle', 'chro-rice-offering', 'stieng-brocade', 'bom-bo-village-festival'],
  article: 'chro-sa-yang-va-festival',
  text: {
    vi: {
      title: 'Sắc màu văn hóa Chơro và Stiêng',
      description: 'Cồng chiêng, lễ vật và thổ cẩm của đồng bào Chơro và Stiêng ở Đồng Nai.',
      place: 'Đồng Nai',
    },
    en: {
      title: 'The colours of Chơro and Stiêng culture',
      description: 'Gongs, offerings and brocade of the Chơro and Stiêng peoples of Dong Nai.',
      place: 'Dong Nai',
    },
    zh: {
      title: '朱罗族和斯丁族的文化色彩',
      description: '同奈省朱罗族和斯丁族的锣钲、祭品和织锦。',
      place: '同奈',
    },
    ja: {
      title: 'チョロ族とスティエン族の文化の彩り',
      description: 'ドンナイ省のチョロ族とスティエン族のゴング、供え物、錦織。',
      place: 'ドンナイ',
    },
    ko: {
      title: '초로족과 스티엥족 문화의 색채',
      description: '동나이성 초로족과 스티엥족의 징, 제물, 비단 직물.',
      place: '동나이',
    },
    fr: {
      title: 'Les couleurs des cultures chơro et stiêng',
      description: 'Gongs, offrandes et brocarts des Chơro et des Stiêng de Dong Nai.',
      place: 'Dong Nai',
    },
    ru: {
      title: 'Краски культуры чоро и стиенг',
      description: 'Гонги, подношения и парча народов чоро и стиенг провинции Донай.',
      place: 'Донай',
    },
    km: {
      title: 'ពណ៌នៃវប្បធម៌ចូរ៉ូ និងស្ទៀង',
      description: 'គងឃ្មោះ តង្វាយ និងក្រណាត់ត្បាញរបស់ជនជាតិចូរ៉ូ និងស្ទៀង នៅដុងណៃ។',
      place: 'ដុងណៃ',
    },
  } satisfies DemoTexts,
} as const

/**
 * Seeds the demo event and album, published in all eight languages through the workflow, and
 * names the event on the demo article and photos it gathers. Runs after the photos and
 * articles are seeded; idempotent: the event and the album are matched by their Vietnamese
 * slug, and an item that already names an event keeps it.
 */
export async function seedDemoAlbums({
  req,
  seededAt,
}: {
  req: PayloadRequest
  seededAt: Date
}): Promise<{ events: SeedCount; albums: SeedCount }> {
  const refs = await demoReferences({ req })
  const { count: events, ids: eventIds } = await seedOnce({
    req,
    collection: slugs.events,
    field: 'slug',
    entries: [DEMO_EVENT],
    keyOf: () => 'event',
    uniqueValueOf: (event) => slugify({ text: event.text.vi.title }),
    create: async ({ entry: event }) => {
      const id = await createPublished({
        req,
        collection: slugs.events,
        data: {
          kind: event.kind,
          startDate: event.startDate,
          endDate: event.endDate,
          cover: refs.photo(event.cover),
          topics: event.topics.map(refs.topic),
          agency: refs.agency(event.agency),
          place: { ...event.place, name: event.text.vi.place },
        },
        text: event.text,
        seededAt,
      })
      // The items the event's page gathers: they name it.
      for (const photo of event.photos) {
        await nameEvent({ req, collection: slugs.media, id: refs.photo(photo), event: id })
      }
      await nameEvent({
        req,
        collection: slugs.articles,
        id: refs.article(event.article),
        event: id,
      })
      return id
    },
  })
  const eventId = eventIds.get('event')
  const { count: albums } = await seedOnce({
    req,
    collection: slugs.albums,
    field: 'slug',
    entries: [DEMO_ALBUM],
    keyOf: () => 'album',
    uniqueValueOf: (album) => slugify({ text: album.text.vi.title }),
    create: async ({ entry: album }) =>
      createPublished({
        req,
        collection: slugs.albums,
        data: {
          cover: refs.photo(album.cover),
          items: [
            ...album.photos.map((photo) => ({ relationTo: slugs.media, value: refs.photo(photo) })),
            { relationTo: slugs.articles, value: refs.article(album.article) },
          ],
          event: eventId,
          topics: album.topics.map(refs.topic),
          agency: refs.agency(album.agency),
          place: { name: album.text.vi.place },
        },
        text: album.text,
        seededAt,
      }),
  })
  return { events, albums }
}

/** The ids of the demo photos, article, topics and agencies the album and event refer to. */
async function demoReferences({ req }: { req: PayloadRequest }): Promise<{
  photo: (key: string) => number
  article: (key: string) => number
  topic: (slug: string) => number
  agency: (code: string) => number
}> {
  const lookup = async (
    collection: 'media' | 'articles' | 'topics' | 'agencies',
    field: string,
    values: string[],
  ): Promise<Map<string, number>> => {
    const { docs } = await req.payload.find({
      collection,
      where: { [field]: { in: values } },
      locale: DEFAULT_LOCALE,
      depth: 0,
      pagination: false,
      req,
    })
    return new Map(
      docs.map((doc) => [String((doc as unknown as Record<string, unknown>)[field]), doc.id]),
    )
  }
  const articleSlug = (key: string): string => {
    const article = demoArticles.find((candidate) => candidate.key === key)
    if (!article) throw new AppError({ message: `Demo seed: no demo article "${key}"` })
    return slugify({ text: article.text.vi.title })
  }
  const photoKeys = [...new Set([...DEMO_EVENT.photos, ...DEMO_ALBUM.photos])]
  const [photos, articles, topics, agencies] = await Promise.all([
    lookup(
      slugs.media,
      'filename',
      photoKeys.map((key) => `demo-${key}.jpg`),
    ),
    lookup(slugs.articles, 'slug', [articleSlug(DEMO_ALBUM.article)]),
    lookup(slugs.topics, 'slug', [...DEMO_ALBUM.topics]),
    lookup(slugs.agencies, 'code', [DEMO_ALBUM.agency]),
  ])
  const get = (ids: Map<string, number>, value: string): number => {
    const id = ids.get(value)
    if (id === undefined) throw new AppError({ message: `Demo seed: "${value}" was not seeded` })
    return id
  }
  return {
    photo: (key) => get(photos, `demo-${key}.jpg`),
    article: (key) => get(articles, articleSlug(key)),
    topic: (slug) => get(topics, slug),
    agency: (code) => get(agencies, code),
  }
}

/** Creates a public draft in Vietnamese and publishes it and its translations. */
async function createPublished({
  req,
  collection,
  data,
  text,
  seededAt,
}: {
  req: PayloadRequest
  collection: typeof slugs.albums | typeof slugs.events
  data: Record<string, unknown>
  text: DemoTexts
  seededAt: Date
}): Promise<number> {
  const textsIn = (locale: Locale) => ({
    title: text[locale].title,
    description: text[locale].description,
    place: { name: text[locale].place },
  })
  const created = await req.payload.create({
    collection,
    locale: DEFAULT_LOCALE,
    data: {
      ...data,
      ...textsIn(DEFAULT_LOCALE),
      place: { ...(data.place as object), name: text.vi.place },
      accessTier: 'public',
      classification: 'unclassified',
      _status: 'draft',
    } as never,
    draft: true,
    depth: 0,
    req,
  })
  await publishThroughWorkflow({
    req,
    collection,
    id: created.id,
    texts: Object.fromEntries(
      LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => [
        locale,
        textsIn(locale),
      ]),
    ),
    seededAt,
  })
  return created.id
}

/** Names the event on a published demo item that names none yet (its live version). */
async function nameEvent({
  req,
  collection,
  id,
  event,
}: {
  req: PayloadRequest
  collection: typeof slugs.media | typeof slugs.articles
  id: number
  event: number
}): Promise<void> {
  await req.payload.update({
    collection,
    where: { and: [{ id: { equals: id } }, { event: { exists: false } }] },
    data: { event },
    depth: 0,
    req,
  })
}
