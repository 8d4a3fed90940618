/**
 * A deterministic, realistic multilingual corpus for the search bench: articles and media of a
 * Vietnamese province, Vietnamese first, translated into some of the other seven locales, with
 * the tiers, states, embargoes and withdrawals of a real library. Items come out shaped as
 * Payload returns them with `locale: 'all'`, so the same objects feed the search documents and
 * the database rows.
 */
import type { Locale } from '../../src/i18n/locales'
import { lexicalParagraphs } from '../../src/seed/lexical'

export type CorpusItem = {
  collection: 'articles' | 'media'
  data: Record<string, unknown> & { id: number }
}

type Phrase = Record<Locale, string>

/** Builds items until they make `documents` search documents (one per item and locale). */
export function generateCorpus({
  documents,
  agencyIds,
  topicIds,
  staffIds,
  seed = 20_261_123,
}: {
  documents: number
  agencyIds: number[]
  topicIds: number[]
  staffIds: number[]
  seed?: number
}): { items: CorpusItem[]; documents: number } {
  const random = mulberry32(seed)
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!
  const chance = (probability: number) => random() < probability
  const items: CorpusItem[] = []
  let total = 0
  let articleId = 0
  let mediaId = 0
  const start = Date.UTC(2015, 0, 1)
  const span = Date.UTC(2026, 9, 1) - start

  while (total < documents) {
    const isArticle = chance(0.45)
    const locales: Locale[] = [
      'vi',
      ...EXTRA_LOCALES.filter(([, share]) => chance(share)).map(([l]) => l),
    ]
    const theme = {
      actor: pick(ACTORS),
      verb: pick(VERBS),
      object: pick(OBJECTS),
      subject: pick(SUBJECTS),
      place: pick(PLACES),
    }
    const created = new Date(start + Math.floor(random() * span))
    const tierRoll = random()
    const accessTier =
      tierRoll < 0.7
        ? 'public'
        : tierRoll < 0.85
          ? 'press'
          : tierRoll < 0.95
            ? 'internal'
            : 'restricted'
    const isPublished = chance(0.92)
    const common = {
      _status: isPublished ? 'published' : 'draft',
      workflowState: isPublished ? 'published' : 'draft',
      accessTier,
      agency: pick(agencyIds),
      allowedUsers: accessTier === 'restricted' ? [pick(staffIds)] : [],
      embargoUntil: chance(0.03)
        ? new Date(Date.now() + (1 + random() * 30) * 86_400_000).toISOString()
        : null,
      withdrawnAt: isPublished && chance(0.02) ? created.toISOString() : null,
      publishedLocales: isPublished ? locales : [],
      classification: 'unclassified',
      createdAt: created.toISOString(),
      updatedAt: created.toISOString(),
      transitions: [],
    }
    const perLocale = <Value>(render: (locale: Locale) => Value) =>
      Object.fromEntries(locales.map((locale) => [locale, render(locale)]))
    if (isArticle) {
      articleId += 1
      const sentences = 8 + Math.floor(random() * 14)
      const variations = Array.from({ length: sentences }, () => ({
        actor: pick(ACTORS),
        verb: pick(VERBS),
        object: pick(OBJECTS),
        subject: pick(SUBJECTS),
        place: pick(PLACES),
        number: 2 + Math.floor(random() * 900),
      }))
      const year = created.getUTCFullYear()
      items.push({
        collection: 'articles',
        data: {
          ...common,
          id: articleId,
          infoType: pick([
            'official',
            'official',
            'promotional',
            'promotional',
            'world',
            'clarification',
          ]),
          eventDate: created.toISOString(),
          topics: [pick(topicIds), ...(chance(0.4) ? [pick(topicIds)] : [])],
          title: perLocale((locale) => title({ locale, ...theme })),
          summary: perLocale((locale) =>
            sentence({ locale, ...theme, number: 3 + (articleId % 500), year }),
          ),
          body: perLocale((locale) =>
            lexicalParagraphs({
              paragraphs: paragraphs({
                sentences: variations.map((parts) => sentence({ locale, ...parts, year })),
                size: 4,
              }),
            }),
          ),
        },
      })
      total += locales.length
    } else {
      mediaId += 1
      const kindRoll = random()
      const kind = kindRoll < 0.8 ? 'image' : kindRoll < 0.93 ? 'video' : 'document'
      const year = created.getUTCFullYear()
      items.push({
        collection: 'media',
        data: {
          ...common,
          id: mediaId,
          kind,
          filename: `dong-nai-${mediaId}.${kind === 'image' ? 'jpg' : kind === 'video' ? 'mp4' : 'pdf'}`,
          credit: `${pick(CREDITS)}/${pick(PHOTOGRAPHERS)}`,
          dateTaken: created.toISOString(),
          alt: perLocale(
            (locale) => `${theme.subject[locale]} ${SEPARATOR[locale]}${theme.place[locale]}`,
          ),
          caption: perLocale((locale) =>
            [
              sentence({ locale, ...theme, number: 2 + (mediaId % 300), year }),
              ...(chance(0.5)
                ? [
                    sentence({
                      locale,
                      actor: pick(ACTORS),
                      verb: pick(VERBS),
                      object: pick(OBJECTS),
                      subject: pick(SUBJECTS),
                      place: theme.place,
                      number: 5,
                      year,
                    }),
                  ]
                : []),
            ].join(' '),
          ),
        },
      })
      total += locales.length
    }
  }
  return { items, documents: total }
}

/** The query mix of the bench: what journalists and staff type, in every language. */
export const QUERY_MIX: Array<{ q: string; locale: Locale; filters?: Record<string, string> }> = [
  { q: 'Đồng Nai', locale: 'vi' },
  { q: 'khu công nghiệp', locale: 'vi' },
  { q: 'sân bay quốc tế Long Thành', locale: 'vi' },
  { q: 'lễ hội văn hóa', locale: 'vi' },
  { q: 'cà phê Xuân Lộc', locale: 'vi' },
  { q: 'hồ Trị An', locale: 'vi' },
  { q: 'Biên Hòa', locale: 'vi' },
  { q: 'Dong Nai', locale: 'vi' },
  { q: 'khu cong nghiep', locale: 'vi' },
  { q: 'san bay Long Thanh', locale: 'vi' },
  { q: 'Bien Hoa', locale: 'vi' },
  { q: 'le hoi van hoa', locale: 'vi' },
  { q: 'investment', locale: 'en' },
  { q: 'industrial park', locale: 'en' },
  { q: 'Long Thanh airport', locale: 'en' },
  { q: 'coffee', locale: 'en' },
  { q: 'cultural festival', locale: 'en' },
  { q: '投资', locale: 'zh' },
  { q: '工业园区', locale: 'zh' },
  { q: '机场', locale: 'zh' },
  { q: '投資', locale: 'ja' },
  { q: '工業団地', locale: 'ja' },
  { q: '空港', locale: 'ja' },
  { q: 'investmnet', locale: 'en' },
  { q: 'industral park', locale: 'en' },
  { q: 'festivl', locale: 'en' },
  { q: 'khánh thàng', locale: 'vi' },
  { q: 'Đồng Nai', locale: 'vi', filters: { type: 'image' } },
  { q: 'investment', locale: 'en', filters: { infoType: 'official' } },
  { q: 'du lịch', locale: 'vi', filters: { year: '2024' } },
  { q: '', locale: 'vi', filters: { type: 'video', sort: 'newest' } },
  { q: 'festival', locale: 'fr' },
  { q: 'аэропорт', locale: 'ru' },
  { q: '공항', locale: 'ko' },
  { q: 'អាកាសយានដ្ឋាន', locale: 'km' },
]

const EXTRA_LOCALES: Array<[Locale, number]> = [
  ['en', 0.6],
  ['zh', 0.12],
  ['ja', 0.1],
  ['ko', 0.06],
  ['fr', 0.05],
  ['ru', 0.04],
  ['km', 0.04],
]

const SEPARATOR: Record<Locale, string> = {
  vi: 'tại ',
  en: 'in ',
  zh: '，',
  ja: '、',
  ko: ', ',
  fr: 'à ',
  ru: ', ',
  km: 'នៅ',
}

function title({
  locale,
  verb,
  object,
  subject,
  place,
}: {
  locale: Locale
  verb: Phrase
  object: Phrase
  subject: Phrase
  place: Phrase
}): string {
  switch (locale) {
    case 'vi':
      return capitalize(`${verb.vi} ${object.vi} ${subject.vi} tại ${place.vi}`)
    case 'en':
      return `${place.en} ${verb.en} ${object.en} ${subject.en}`
    case 'zh':
      return `${place.zh}${verb.zh}${subject.zh}${object.zh}`
    case 'ja':
      return `${place.ja}で${subject.ja}の${object.ja}${verb.ja}`
    case 'ko':
      return `${place.ko}, ${subject.ko} ${object.ko} ${verb.ko}`
    case 'fr':
      return `${place.fr} : ${verb.fr} ${object.fr} ${subject.fr}`
    case 'ru':
      return `${place.ru}: ${verb.ru} ${object.ru} ${subject.ru}`
    case 'km':
      return `${place.km}${verb.km}${object.km}${subject.km}`
  }
}

function sentence({
  locale,
  actor,
  verb,
  object,
  subject,
  place,
  number,
  year,
}: {
  locale: Locale
  actor: Phrase
  verb: Phrase
  object: Phrase
  subject: Phrase
  place: Phrase
  number: number
  year: number
}): string {
  switch (locale) {
    case 'vi':
      return `${actor.vi} ${verb.vi} ${object.vi} ${subject.vi} tại ${place.vi} trong năm ${year}, với sự tham gia của ${number} doanh nghiệp và hàng nghìn người dân.`
    case 'en':
      return `${actor.en} ${verb.en} ${object.en} ${subject.en} in ${place.en} in ${year}, with ${number} companies and thousands of residents taking part.`
    case 'zh':
      return `${year}年，${actor.zh}在${place.zh}${verb.zh}${subject.zh}${object.zh}，共有${number}家企业和数千名居民参加。`
    case 'ja':
      return `${year}年、${actor.ja}は${place.ja}で${subject.ja}の${object.ja}${verb.ja}。${number}社の企業と数千人の住民が参加した。`
    case 'ko':
      return `${year}년 ${actor.ko}는 ${place.ko}에서 ${subject.ko} ${object.ko}을(를) ${verb.ko}. ${number}개 기업과 수천 명의 주민이 참여했다.`
    case 'fr':
      return `En ${year}, ${actor.fr.toLowerCase()} ${verb.fr} ${object.fr} ${subject.fr} à ${place.fr}, avec ${number} entreprises et des milliers d’habitants.`
    case 'ru':
      return `В ${year} году ${actor.ru.toLowerCase()} ${verb.ru} ${object.ru} ${subject.ru} в ${place.ru}; участвовали ${number} компаний и тысячи жителей.`
    case 'km':
      return `នៅឆ្នាំ${year} ${actor.km}${verb.km}${object.km}${subject.km}នៅ${place.km} ដោយមានការចូលរួមពីក្រុមហ៊ុនចំនួន${number}។`
  }
}

function paragraphs({ sentences, size }: { sentences: string[]; size: number }): string[] {
  const result: string[] = []
  for (let index = 0; index < sentences.length; index += size) {
    result.push(sentences.slice(index, index + size).join(' '))
  }
  return result
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** A small, fast, seeded generator: the same corpus on every run. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let value = state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

const CREDITS = [
  'Báo Đồng Nai',
  'Đài PT-TH Đồng Nai',
  'Sở VHTTDL Đồng Nai',
  'TTXVN',
  'Cổng TTĐT Đồng Nai',
]
const PHOTOGRAPHERS = [
  'Huy Anh',
  'Phạm Tùng',
  'Lê Duy',
  'Nguyễn Thị Hoa',
  'Trần Minh Đức',
  'Võ Thanh',
]

const PLACES: Phrase[] = [
  {
    vi: 'Đồng Nai',
    en: 'Dong Nai',
    zh: '同奈省',
    ja: 'ドンナイ省',
    ko: '동나이성',
    fr: 'Đồng Nai',
    ru: 'провинции Донгнай',
    km: 'ខេត្តដុងណៃ',
  },
  {
    vi: 'Biên Hòa',
    en: 'Bien Hoa',
    zh: '边和市',
    ja: 'ビエンホア市',
    ko: '비엔호아시',
    fr: 'Biên Hòa',
    ru: 'Бьенхоа',
    km: 'ទីក្រុងបៀនហ្វា',
  },
  {
    vi: 'Long Thành',
    en: 'Long Thanh',
    zh: '隆城',
    ja: 'ロンタイン',
    ko: '롱탄',
    fr: 'Long Thành',
    ru: 'Лонгтхань',
    km: 'ឡុងថាញ់',
  },
  {
    vi: 'Nhơn Trạch',
    en: 'Nhon Trach',
    zh: '仁泽',
    ja: 'ニョンチャック',
    ko: '년짝',
    fr: 'Nhơn Trạch',
    ru: 'Ньонтят',
    km: 'ញ៉ឺនត្រាច',
  },
  {
    vi: 'Trảng Bom',
    en: 'Trang Bom',
    zh: '庄邦',
    ja: 'チャンボム',
    ko: '짱봄',
    fr: 'Trảng Bom',
    ru: 'Чангбом',
    km: 'ត្រាងបោម',
  },
  {
    vi: 'Xuân Lộc',
    en: 'Xuan Loc',
    zh: '春禄',
    ja: 'スアンロック',
    ko: '쑤언록',
    fr: 'Xuân Lộc',
    ru: 'Суанлок',
    km: 'សួនឡុក',
  },
  {
    vi: 'Long Khánh',
    en: 'Long Khanh',
    zh: '隆庆',
    ja: 'ロンカイン',
    ko: '롱카인',
    fr: 'Long Khánh',
    ru: 'Лонгкхань',
    km: 'ឡុងខាញ់',
  },
  {
    vi: 'Định Quán',
    en: 'Dinh Quan',
    zh: '定馆',
    ja: 'ディンクアン',
    ko: '딘꽌',
    fr: 'Định Quán',
    ru: 'Динькуан',
    km: 'ឌិញក្វាន',
  },
  {
    vi: 'Trấn Biên',
    en: 'Tran Bien',
    zh: '镇边',
    ja: 'チャンビエン',
    ko: '짠비엔',
    fr: 'Trấn Biên',
    ru: 'Чанбьен',
    km: 'ត្រាន់បៀន',
  },
  {
    vi: 'Cẩm Mỹ',
    en: 'Cam My',
    zh: '锦美',
    ja: 'カムミー',
    ko: '깜미',
    fr: 'Cẩm Mỹ',
    ru: 'Каммй',
    km: 'កាំមី',
  },
]

const SUBJECTS: Phrase[] = [
  {
    vi: 'sân bay quốc tế Long Thành',
    en: 'Long Thanh International Airport',
    zh: '隆城国际机场',
    ja: 'ロンタイン国際空港',
    ko: '롱탄 국제공항',
    fr: 'de l’aéroport international de Long Thành',
    ru: 'международного аэропорта Лонгтхань',
    km: 'អាកាសយានដ្ឋានអន្តរជាតិឡុងថាញ់',
  },
  {
    vi: 'khu công nghiệp công nghệ cao',
    en: 'the high-tech industrial park',
    zh: '高新技术工业园区',
    ja: 'ハイテク工業団地',
    ko: '첨단 산업단지',
    fr: 'du parc industriel de haute technologie',
    ru: 'высокотехнологичного индустриального парка',
    km: 'តំបន់ឧស្សាហកម្មបច្ចេកវិទ្យាខ្ពស់',
  },
  {
    vi: 'khu công nghiệp Amata',
    en: 'the Amata industrial park',
    zh: '安美达工业园区',
    ja: 'アマタ工業団地',
    ko: '아마타 산업단지',
    fr: 'du parc industriel Amata',
    ru: 'индустриального парка Амата',
    km: 'តំបន់ឧស្សាហកម្មអាម៉ាតា',
  },
  {
    vi: 'cao tốc Biên Hòa – Vũng Tàu',
    en: 'the Bien Hoa – Vung Tau expressway',
    zh: '边和—头顿高速公路',
    ja: 'ビエンホア・ブンタウ高速道路',
    ko: '비엔호아-붕따우 고속도로',
    fr: 'de l’autoroute Biên Hòa – Vũng Tàu',
    ru: 'скоростной дороги Бьенхоа – Вунгтау',
    km: 'ផ្លូវល្បឿនលឿនបៀនហ្វា-វុងតៅ',
  },
  {
    vi: 'vườn quốc gia Cát Tiên',
    en: 'Cat Tien National Park',
    zh: '吉仙国家公园',
    ja: 'カッティエン国立公園',
    ko: '깟띠엔 국립공원',
    fr: 'du parc national de Cát Tiên',
    ru: 'национального парка Каттьен',
    km: 'ឧទ្យានជាតិកាត់ទៀន',
  },
  {
    vi: 'hồ Trị An',
    en: 'Tri An lake',
    zh: '治安湖',
    ja: 'チアン湖',
    ko: '찌안 호수',
    fr: 'du lac de Trị An',
    ru: 'озера Чиан',
    km: 'បឹងទ្រីអាន',
  },
  {
    vi: 'Văn miếu Trấn Biên',
    en: 'the Tran Bien Temple of Literature',
    zh: '镇边文庙',
    ja: 'チャンビエン文廟',
    ko: '짠비엔 문묘',
    fr: 'du temple de la Littérature de Trấn Biên',
    ru: 'храма литературы Чанбьен',
    km: 'វិហារអក្សរសាស្ត្រត្រាន់បៀន',
  },
  {
    vi: 'cà phê Xuân Lộc',
    en: 'Xuan Loc coffee',
    zh: '春禄咖啡',
    ja: 'スアンロックのコーヒー',
    ko: '쑤언록 커피',
    fr: 'du café de Xuân Lộc',
    ru: 'кофе Суанлок',
    km: 'កាហ្វេសួនឡុក',
  },
  {
    vi: 'hồ tiêu Cẩm Mỹ',
    en: 'Cam My pepper',
    zh: '锦美胡椒',
    ja: 'カムミーの胡椒',
    ko: '깜미 후추',
    fr: 'du poivre de Cẩm Mỹ',
    ru: 'перца Камми',
    km: 'ម្រេចកាំមី',
  },
  {
    vi: 'hạt điều Định Quán',
    en: 'Dinh Quan cashews',
    zh: '定馆腰果',
    ja: 'ディンクアンのカシューナッツ',
    ko: '딘꽌 캐슈너트',
    fr: 'des noix de cajou de Định Quán',
    ru: 'кешью Динькуан',
    km: 'គ្រាប់ស្វាយចន្ទីឌិញក្វាន',
  },
  {
    vi: 'cảng Phước An',
    en: 'Phuoc An port',
    zh: '福安港',
    ja: 'フオックアン港',
    ko: '푹안 항구',
    fr: 'du port de Phước An',
    ru: 'порта Фуокан',
    km: 'កំពង់ផែភឿកអាន',
  },
  {
    vi: 'làng bưởi Tân Triều',
    en: 'the Tan Trieu pomelo village',
    zh: '新朝柚子村',
    ja: 'タンチェウのザボン村',
    ko: '떤찌에우 자몽 마을',
    fr: 'du village de pamplemousses de Tân Triều',
    ru: 'деревни помело Тантьеу',
    km: 'ភូមិក្រូចថ្លុងតាន់ទ្រៀវ',
  },
]

const OBJECTS: Phrase[] = [
  {
    vi: 'dự án mở rộng',
    en: 'an expansion project for',
    zh: '扩建项目',
    ja: '拡張プロジェクト',
    ko: '확장 사업',
    fr: 'le projet d’extension',
    ru: 'проект расширения',
    km: 'គម្រោងពង្រីក',
  },
  {
    vi: 'lễ hội văn hóa',
    en: 'a cultural festival at',
    zh: '文化节',
    ja: '文化祭',
    ko: '문화 축제',
    fr: 'le festival culturel',
    ru: 'культурный фестиваль',
    km: 'ពិធីបុណ្យវប្បធម៌',
  },
  {
    vi: 'hội nghị xúc tiến đầu tư',
    en: 'an investment promotion conference on',
    zh: '投资促进会议',
    ja: '投資促進会議',
    ko: '투자 유치 회의',
    fr: 'la conférence de promotion des investissements',
    ru: 'инвестиционную конференцию',
    km: 'សន្និសីទលើកកម្ពស់ការវិនិយោគ',
  },
  {
    vi: 'chương trình quảng bá du lịch',
    en: 'a tourism campaign for',
    zh: '旅游推广活动',
    ja: '観光キャンペーン',
    ko: '관광 홍보 행사',
    fr: 'la campagne touristique',
    ru: 'туристическую кампанию',
    km: 'យុទ្ធនាការទេសចរណ៍',
  },
  {
    vi: 'trung tâm logistics',
    en: 'a logistics centre near',
    zh: '物流中心',
    ja: '物流センター',
    ko: '물류 센터',
    fr: 'le centre logistique',
    ru: 'логистический центр',
    km: 'មជ្ឈមណ្ឌលភស្តុភារ',
  },
  {
    vi: 'triển lãm ảnh',
    en: 'a photo exhibition about',
    zh: '摄影展',
    ja: '写真展',
    ko: '사진전',
    fr: 'l’exposition de photos',
    ru: 'фотовыставку',
    km: 'ពិព័រណ៍រូបថត',
  },
  {
    vi: 'chuỗi giá trị nông sản',
    en: 'a farm produce value chain for',
    zh: '农产品价值链',
    ja: '農産物バリューチェーン',
    ko: '농산물 가치사슬',
    fr: 'la filière agricole',
    ru: 'сельскохозяйственную цепочку',
    km: 'ខ្សែសង្វាក់តម្លៃកសិផល',
  },
  {
    vi: 'festival ẩm thực',
    en: 'a food festival at',
    zh: '美食节',
    ja: 'グルメフェスティバル',
    ko: '음식 축제',
    fr: 'le festival gastronomique',
    ru: 'гастрономический фестиваль',
    km: 'មហោស្រពម្ហូបអាហារ',
  },
]

const VERBS: Phrase[] = [
  {
    vi: 'khởi công',
    en: 'broke ground on',
    zh: '启动',
    ja: 'を着工した',
    ko: '착공했다',
    fr: 'a lancé',
    ru: 'начал',
    km: 'បានចាប់ផ្តើម',
  },
  {
    vi: 'khánh thành',
    en: 'inaugurated',
    zh: '落成',
    ja: 'を開所した',
    ko: '준공했다',
    fr: 'a inauguré',
    ru: 'открыл',
    km: 'បានសម្ពោធ',
  },
  {
    vi: 'tổ chức',
    en: 'hosted',
    zh: '举办',
    ja: 'を開催した',
    ko: '개최했다',
    fr: 'a organisé',
    ru: 'провёл',
    km: 'បានរៀបចំ',
  },
  {
    vi: 'công bố',
    en: 'announced',
    zh: '宣布',
    ja: 'を発表した',
    ko: '발표했다',
    fr: 'a annoncé',
    ru: 'объявил',
    km: 'បានប្រកាស',
  },
  {
    vi: 'thu hút đầu tư vào',
    en: 'attracted investment in',
    zh: '吸引投资',
    ja: 'への投資を誘致した',
    ko: '투자를 유치했다',
    fr: 'a attiré des investissements dans',
    ru: 'привлёк инвестиции в',
    km: 'បានទាក់ទាញការវិនិយោគលើ',
  },
  {
    vi: 'ký kết hợp tác về',
    en: 'signed an agreement on',
    zh: '签署合作协议',
    ja: 'に関する協定に署名した',
    ko: '협약을 체결했다',
    fr: 'a signé un accord sur',
    ru: 'подписал соглашение о',
    km: 'បានចុះហត្ថលេខាលើកិច្ចព្រមព្រៀងស្តីពី',
  },
  {
    vi: 'giới thiệu',
    en: 'presented',
    zh: '介绍',
    ja: 'を紹介した',
    ko: '소개했다',
    fr: 'a présenté',
    ru: 'представил',
    km: 'បានណែនាំ',
  },
  {
    vi: 'hoàn thành',
    en: 'completed',
    zh: '完成',
    ja: 'を完成させた',
    ko: '완공했다',
    fr: 'a achevé',
    ru: 'завершил',
    km: 'បានបញ្ចប់',
  },
]

const ACTORS: Phrase[] = [
  {
    vi: 'Ủy ban nhân dân tỉnh',
    en: 'The provincial People’s Committee',
    zh: '省人民委员会',
    ja: '省人民委員会',
    ko: '성 인민위원회',
    fr: 'Le Comité populaire provincial',
    ru: 'Народный комитет провинции',
    km: 'គណៈកម្មាធិការប្រជាជនខេត្ត',
  },
  {
    vi: 'Sở Văn hóa, Thể thao và Du lịch',
    en: 'The Department of Culture, Sports and Tourism',
    zh: '文化体育旅游厅',
    ja: '文化スポーツ観光局',
    ko: '문화체육관광국',
    fr: 'Le Service de la culture, des sports et du tourisme',
    ru: 'Департамент культуры, спорта и туризма',
    km: 'មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍',
  },
  {
    vi: 'Sở Tài chính',
    en: 'The Department of Finance',
    zh: '财政厅',
    ja: '財務局',
    ko: '재무국',
    fr: 'Le Service des finances',
    ru: 'Департамент финансов',
    km: 'មន្ទីរហិរញ្ញវត្ថុ',
  },
  {
    vi: 'Ban quản lý các khu công nghiệp',
    en: 'The industrial zones authority',
    zh: '工业区管理委员会',
    ja: '工業団地管理委員会',
    ko: '산업단지 관리위원회',
    fr: 'L’autorité des zones industrielles',
    ru: 'Управление индустриальных зон',
    km: 'គណៈគ្រប់គ្រងតំបន់ឧស្សាហកម្ម',
  },
  {
    vi: 'Các doanh nghiệp Nhật Bản',
    en: 'Japanese companies',
    zh: '日本企业',
    ja: '日本企業',
    ko: '일본 기업',
    fr: 'Des entreprises japonaises',
    ru: 'Японские компании',
    km: 'ក្រុមហ៊ុនជប៉ុន',
  },
  {
    vi: 'Nhà đầu tư Hàn Quốc',
    en: 'Korean investors',
    zh: '韩国投资者',
    ja: '韓国の投資家',
    ko: '한국 투자자',
    fr: 'Des investisseurs coréens',
    ru: 'Корейские инвесторы',
    km: 'វិនិយោគិនកូរ៉េ',
  },
  {
    vi: 'Hợp tác xã nông nghiệp',
    en: 'A farming cooperative',
    zh: '农业合作社',
    ja: '農業協同組合',
    ko: '농업 협동조합',
    fr: 'Une coopérative agricole',
    ru: 'Сельхозкооператив',
    km: 'សហករណ៍កសិកម្ម',
  },
  {
    vi: 'Du khách quốc tế',
    en: 'International visitors',
    zh: '国际游客',
    ja: '外国人観光客',
    ko: '외국인 관광객',
    fr: 'Les visiteurs étrangers',
    ru: 'Иностранные туристы',
    km: 'ភ្ញៀវទេសចរអន្តរជាតិ',
  },
]
