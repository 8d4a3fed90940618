import type { PLACE_KINDS } from '../../../collections/vocabularies'
import type { Locale } from '../../i18n/locales'

export type PlaceSeed = {
  /** Stable key (the entry's `slug`). */
  slug: string
  kind: (typeof PLACE_KINDS)[number]['value']
  /** The name in each locale, as the library writes it in that language. */
  name: Record<Locale, string>
  /** Other spellings readers type: without diacritics, short forms, other transliterations. */
  variants: string[]
}

/**
 * The gazetteer's first entries: the province and the places, landmarks and agencies the demo
 * library writes about (src/seed/data/demoArticles.ts, demoPhotos.ts), each under its name in
 * the eight languages. Chinese names are the Sino-Vietnamese characters in use (同奈, 边和,
 * 隆城); Japanese, Korean, Russian and Khmer ones are the transliterations the province's own
 * foreign-language pages and the demo articles use.
 */
export const placeSeeds: PlaceSeed[] = [
  {
    slug: 'dong-nai',
    kind: 'province',
    name: {
      vi: 'Đồng Nai',
      en: 'Dong Nai',
      zh: '同奈',
      ja: 'ドンナイ',
      ko: '동나이',
      fr: 'Dong Nai',
      ru: 'Донгнай',
      km: 'ដុងណៃ',
    },
    variants: ['Dongnai', 'Донай', 'Донгнае', '同奈省', 'ドンナイ省', '동나이성', 'ខេត្តដុងណៃ'],
  },
  {
    slug: 'song-dong-nai',
    kind: 'nature',
    name: {
      vi: 'Sông Đồng Nai',
      en: 'Dong Nai River',
      zh: '同奈河',
      ja: 'ドンナイ川',
      ko: '동나이강',
      fr: 'Fleuve Dong Nai',
      ru: 'Река Донгнай',
      km: 'ទន្លេដុងណៃ',
    },
    variants: [],
  },
  {
    slug: 'bien-hoa',
    kind: 'ward-commune',
    name: {
      vi: 'Biên Hòa',
      en: 'Bien Hoa',
      zh: '边和',
      ja: 'ビエンホア',
      ko: '비엔호아',
      fr: 'Biên Hòa',
      ru: 'Бьенхоа',
      km: 'បៀនហ័រ',
    },
    variants: ['Biên Hoà', '邊和'],
  },
  {
    slug: 'san-bay-long-thanh',
    kind: 'infrastructure',
    name: {
      vi: 'Cảng hàng không quốc tế Long Thành',
      en: 'Long Thanh International Airport',
      zh: '隆城国际机场',
      ja: 'ロンタイン国際空港',
      ko: '롱탄 국제공항',
      fr: 'Aéroport international de Long Thanh',
      ru: 'Международный аэропорт Лонгтхань',
      km: 'អាកាសយានដ្ឋានអន្តរជាតិឡុងថាញ់',
    },
    variants: ['Sân bay Long Thành', 'Long Thanh Airport', '隆城机场', 'ロンタイン空港'],
  },
  {
    slug: 'long-khanh',
    kind: 'ward-commune',
    name: {
      vi: 'Long Khánh',
      en: 'Long Khanh',
      zh: '隆庆',
      ja: 'ロンカイン',
      ko: '롱카인',
      fr: 'Long Khanh',
      ru: 'Лонгкхань',
      km: 'ឡុងខាញ់',
    },
    variants: [],
  },
  {
    slug: 'nhon-trach',
    kind: 'ward-commune',
    name: {
      vi: 'Nhơn Trạch',
      en: 'Nhon Trach',
      zh: '仁泽',
      ja: 'ニョンチャック',
      ko: '년짝',
      fr: 'Nhon Trach',
      ru: 'Ньонтьать',
      km: 'ញ៉ឹនត្រាច់',
    },
    variants: [],
  },
  {
    slug: 'vuon-quoc-gia-cat-tien',
    kind: 'nature',
    name: {
      vi: 'Vườn quốc gia Cát Tiên',
      en: 'Cat Tien National Park',
      zh: '吉仙国家公园',
      ja: 'カットティエン国立公園',
      ko: '깟띠엔 국립공원',
      fr: 'Parc national de Cat Tien',
      ru: 'Национальный парк Каттьен',
      km: 'ឧទ្យានជាតិកាត់ទៀន',
    },
    variants: ['Cát Tiên', 'Cat Tien', '吉仙', 'カットティエン', '깟띠엔', 'Каттьен', 'កាត់ទៀន'],
  },
  {
    slug: 'buu-long',
    kind: 'landmark',
    name: {
      vi: 'Khu du lịch Bửu Long',
      en: 'Buu Long tourist area',
      zh: '宝龙旅游区',
      ja: 'ブウロン観光地',
      ko: '부우롱 관광지',
      fr: 'Site touristique de Buu Long',
      ru: 'Туристическая зона Быулонг',
      km: 'តំបន់ទេសចរណ៍ប៊ូវឡុង',
    },
    variants: ['Bửu Long', 'Buu Long', '宝龙', 'ブウロン', '부우롱', 'Быулонг'],
  },
  {
    slug: 'ho-tri-an',
    kind: 'nature',
    name: {
      vi: 'Hồ Trị An',
      en: 'Tri An Reservoir',
      zh: '治安湖',
      ja: 'チアン湖',
      ko: '찌안 호수',
      fr: 'Lac de Tri An',
      ru: 'Водохранилище Чиан',
      km: 'បឹងទ្រីអាន',
    },
    variants: ['Trị An', 'Tri An', 'Tri An Lake'],
  },
  {
    slug: 'cua-khau-hoa-lu',
    kind: 'infrastructure',
    name: {
      vi: 'Cửa khẩu quốc tế Hoa Lư',
      en: 'Hoa Lu International Border Gate',
      zh: '华闾国际口岸',
      ja: 'ホアルー国際国境ゲート',
      ko: '호아르 국제 국경검문소',
      fr: 'Poste-frontière international de Hoa Lu',
      ru: 'Международный пограничный пункт Хоалы',
      km: 'ច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ',
    },
    variants: ['Hoa Lư', 'Hoa Lu', '华闾', 'ホアルー', '호아르', 'Хоалы', 'ហ័រលឺ'],
  },
  {
    slug: 'soc-bom-bo',
    kind: 'landmark',
    name: {
      vi: 'Sóc Bom Bo',
      en: 'Bom Bo village',
      zh: '邦波村',
      ja: 'ボムボー村',
      ko: '봄보 마을',
      fr: 'Village de Bom Bo',
      ru: 'Деревня Бомбо',
      km: 'ភូមិបុមបូ',
    },
    variants: ['Bom Bo', 'Бомбо', 'បុមបូ'],
  },
  {
    slug: 'chien-khu-d',
    kind: 'landmark',
    name: {
      vi: 'Chiến khu Đ',
      en: 'War Zone D',
      zh: 'D战区',
      ja: 'D戦区',
      ko: 'D 전구',
      fr: 'Zone de guerre D',
      ru: 'Военная зона D',
      km: 'តំបន់សង្គ្រាម D',
    },
    variants: [],
  },
  {
    slug: 'so-van-hoa-the-thao-du-lich',
    kind: 'agency',
    name: {
      vi: 'Sở Văn hóa, Thể thao và Du lịch',
      en: 'Department of Culture, Sports and Tourism',
      zh: '文化体育旅游厅',
      ja: '文化スポーツ観光局',
      ko: '문화체육관광국',
      fr: 'Département de la Culture, des Sports et du Tourisme',
      ru: 'Департамент культуры, спорта и туризма',
      km: 'មន្ទីរវប្បធម៌ កីឡា និងទេសចរណ៍',
    },
    variants: ['Sở VHTTDL', 'DCST'],
  },
]
