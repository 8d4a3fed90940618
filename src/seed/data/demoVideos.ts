import type { LICENCES } from '../../../collections/vocabularies'
import type { AccessTier } from '../../access/tiers'
import type { Locale } from '../../i18n/locales'
import type { DemoKeyword } from './demoKeywords'

/** A text in all eight languages: the demo videos are translated into every one. */
export type EveryLocaleText = Record<Locale, string>

/** How the camera moves over the still the scene is made from. */
export type DemoVideoMotion = 'pan-right' | 'zoom-in' | 'zoom-out'

/** The quiet sound under the picture, so the video has an audio track. */
export type DemoVideoSound = 'water' | 'wind' | 'hum'

export type DemoVideo = {
  /** Stable identity: the file is stored as `demo-<key>.mp4`. */
  key: string
  /** The demo photo (src/seed/data/demoPhotos.ts) the scene is filmed over. */
  photo: string
  motion: DemoVideoMotion
  sound: DemoVideoSound
  headline: EveryLocaleText
  caption: EveryLocaleText
  /** What the poster frame shows, for people using screen readers. */
  alt: EveryLocaleText
  placeShown: EveryLocaleText
  usageTerms: EveryLocaleText
  keywords: readonly DemoKeyword[]
  /** Slugs of src/seed/data/topics.ts. */
  topics: readonly string[]
  credit: string
  creator: string
  copyrightNotice: string
  licence: (typeof LICENCES)[number]['value']
  dateTaken: string
  /** Code of the owning agency (src/seed/data/agencies.ts). */
  agency: string
  accessTier: AccessTier
}

const NEWSROOM = 'Báo và Phát thanh, Truyền hình Đồng Nai'
const CULTURE_DEPARTMENT = 'Sở Văn hóa, Thể thao và Du lịch Đồng Nai'

const EDITORIAL_USE: EveryLocaleText = {
  vi: 'Được dùng miễn phí cho mục đích thông tin, báo chí, ghi rõ nguồn. Không dùng cho quảng cáo.',
  en: 'Free for news and editorial use with the credit line. Not for advertising.',
  zh: '可免费用于新闻和编辑用途，须注明来源。不得用于广告。',
  ja: '報道・編集目的に限りクレジット表記のうえ無料で使用できます。広告には使用できません。',
  ko: '출처를 밝히면 보도 및 편집 목적으로 무료 사용할 수 있습니다. 광고에는 사용할 수 없습니다.',
  fr: 'Utilisation libre à des fins d’information et de presse, avec mention de la source. Usage publicitaire exclu.',
  ru: 'Бесплатно для новостного и редакционного использования с указанием источника. Не для рекламы.',
  km: 'អាចប្រើដោយឥតគិតថ្លៃសម្រាប់ព័ត៌មាន និងសារព័ត៌មាន ដោយបញ្ជាក់ប្រភព។ មិនអនុញ្ញាតសម្រាប់ការផ្សាយពាណិជ្ជកម្មទេ។',
}

/**
 * The demo videos: short scenes of the demo places, filmed (by src/seed/demoVideos.ts, with
 * the bundled ffmpeg) as a slow camera move over one of the place's demo photos, with a quiet
 * sound and no words, so they need no subtitles.
 */
export const demoVideos: DemoVideo[] = [
  {
    key: 'buu-long-lake-pan',
    photo: 'buu-long-lake',
    motion: 'pan-right',
    sound: 'water',
    headline: {
      vi: 'Toàn cảnh hồ Long Ấn ở Bửu Long',
      en: 'Panorama of Long An Lake at Buu Long',
      zh: '宝龙龙印湖全景',
      ja: 'ブウロンのロンアン湖を一望',
      ko: '부우롱 롱안 호수 전경',
      fr: 'Panorama du lac Long An à Buu Long',
      ru: 'Панорама озера Лонган в Быулонге',
      km: 'ទេសភាពបឹងឡុងអាននៅប៊ូវឡុង',
    },
    caption: {
      vi: 'Cảnh quay lia chậm qua mặt hồ Long Ấn và các núi đá của khu du lịch Bửu Long, Biên Hòa.',
      en: 'A slow pan across Long An Lake and the rocky hills of Buu Long tourist area in Bien Hoa.',
      zh: '镜头缓缓扫过边和宝龙旅游区的龙印湖和石山。',
      ja: 'ビエンホアのブウロン観光地にあるロンアン湖と岩山をゆっくりと映すパン映像。',
      ko: '비엔호아 부우롱 관광지의 롱안 호수와 바위산을 천천히 훑는 영상.',
      fr: 'Un lent panoramique sur le lac Long An et les collines rocheuses du site touristique de Buu Long, à Biên Hòa.',
      ru: 'Медленная панорама озера Лонган и скалистых холмов туристической зоны Быулонг в Бьенхоа.',
      km: 'ការថតបង្វិលយឺតៗលើបឹងឡុងអាន និងភ្នំថ្មនៃតំបន់ទេសចរណ៍ប៊ូវឡុង នៅបៀនហ័រ។',
    },
    alt: {
      vi: 'Mặt hồ phẳng lặng, phía sau là những đồi đá lác đác cây xanh dưới bầu trời chiều.',
      en: 'A calm lake with rocky, tree-dotted hills behind it under an evening sky.',
      zh: '平静的湖面，后方是点缀着树木的石山，天空呈傍晚色调。',
      ja: '静かな湖面と、木々が点在する岩山、夕方の空。',
      ko: '잔잔한 호수 뒤로 나무가 드문드문 있는 바위 언덕과 저녁 하늘.',
      fr: 'Un lac calme, des collines rocheuses parsemées d’arbres et un ciel de fin de journée.',
      ru: 'Спокойное озеро, за ним скалистые холмы с деревьями под вечерним небом.',
      km: 'បឹងស្ងប់ស្ងាត់ ខាងក្រោយមានភ្នំថ្មដែលមានដើមឈើខ្លះៗ នៅក្រោមមេឃពេលល្ងាច។',
    },
    placeShown: {
      vi: 'Khu du lịch Bửu Long, Biên Hòa, Đồng Nai',
      en: 'Buu Long tourist area, Bien Hoa, Dong Nai',
      zh: '同奈省边和宝龙旅游区',
      ja: 'ドンナイ省ビエンホア、ブウロン観光地',
      ko: '동나이성 비엔호아 부우롱 관광지',
      fr: 'Site touristique de Buu Long, Biên Hòa, Dong Nai',
      ru: 'Туристическая зона Быулонг, Бьенхоа, Донгнай',
      km: 'តំបន់ទេសចរណ៍ប៊ូវឡុង បៀនហ័រ ដុងណៃ',
    },
    usageTerms: EDITORIAL_USE,
    keywords: ['lake', 'scenicSpot', 'tourism'],
    topics: ['du-lich'],
    credit: CULTURE_DEPARTMENT,
    creator: 'Lê Thị Hồng Nhung',
    copyrightNotice: `© 2026 ${CULTURE_DEPARTMENT}`,
    licence: 'editorial-use',
    dateTaken: '2026-03-14T16:30:00.000Z',
    agency: 'so-vhttdl',
    accessTier: 'public',
  },
  {
    key: 'cat-tien-forest-zoom',
    photo: 'cat-tien-forest',
    motion: 'zoom-in',
    sound: 'wind',
    headline: {
      vi: 'Tán rừng nguyên sinh Cát Tiên',
      en: 'The primary forest canopy of Cat Tien',
      zh: '吉仙原始森林的林冠',
      ja: 'カットティエンの原生林の樹冠',
      ko: '깟띠엔 원시림의 숲 지붕',
      fr: 'La canopée de la forêt primaire de Cat Tien',
      ru: 'Полог первичного леса Каттьен',
      km: 'ដំបូលព្រៃដើមនៃកាត់ទៀន',
    },
    caption: {
      vi: 'Ống kính tiến chậm vào tán rừng nhiệt đới nguyên sinh bên sông Đồng Nai ở Vườn quốc gia Cát Tiên.',
      en: 'The camera moves slowly into the primary tropical forest by the Dong Nai River in Cat Tien National Park.',
      zh: '镜头缓缓推进吉仙国家公园同奈河畔的热带原始森林。',
      ja: 'カットティエン国立公園、ドンナイ川沿いの熱帯原生林へカメラがゆっくりと近づく。',
      ko: '깟띠엔 국립공원 동나이강 변의 열대 원시림으로 카메라가 천천히 다가간다.',
      fr: 'La caméra s’avance lentement dans la forêt tropicale primaire au bord du fleuve Dong Nai, dans le parc national de Cat Tien.',
      ru: 'Камера медленно приближается к первичному тропическому лесу на берегу реки Донгнай в национальном парке Каттьен.',
      km: 'កាមេរ៉ារំកិលយឺតៗចូលទៅក្នុងព្រៃត្រូពិចដើមក្បែរទន្លេដុងណៃ នៅឧទ្យានជាតិកាត់ទៀន។',
    },
    alt: {
      vi: 'Những tầng cây cao xanh thẫm nối nhau đến chân trời, dòng sông uốn lượn phía dưới.',
      en: 'Layers of tall, dark-green trees reaching the horizon, a river winding below.',
      zh: '层层深绿色的高大树木延伸到天边，下方河流蜿蜒。',
      ja: '地平線まで続く濃い緑の高木の重なりと、その下を曲がりくねる川。',
      ko: '지평선까지 이어진 짙은 녹색의 키 큰 나무들과 그 아래 굽이치는 강.',
      fr: 'Des étages de grands arbres vert sombre jusqu’à l’horizon, une rivière qui serpente en contrebas.',
      ru: 'Ярусы высоких тёмно-зелёных деревьев до горизонта, внизу извивается река.',
      km: 'ស្រទាប់ដើមឈើខ្ពស់ៗពណ៌បៃតងចាស់លាតសន្ធឹងដល់ជើងមេឃ ទន្លេបត់បែននៅខាងក្រោម។',
    },
    placeShown: {
      vi: 'Vườn quốc gia Cát Tiên, Đồng Nai',
      en: 'Cat Tien National Park, Dong Nai',
      zh: '同奈省吉仙国家公园',
      ja: 'ドンナイ省カットティエン国立公園',
      ko: '동나이성 깟띠엔 국립공원',
      fr: 'Parc national de Cat Tien, Dong Nai',
      ru: 'Национальный парк Каттьен, Донгнай',
      km: 'ឧទ្យានជាតិកាត់ទៀន ដុងណៃ',
    },
    usageTerms: EDITORIAL_USE,
    keywords: ['forest', 'nationalPark', 'biodiversity'],
    topics: ['du-lich-sinh-thai', 'moi-truong'],
    credit: NEWSROOM,
    creator: 'Điểu Thị Hạnh',
    copyrightNotice: `© 2026 ${NEWSROOM}`,
    licence: 'editorial-use',
    dateTaken: '2026-02-21T07:10:00.000Z',
    agency: 'bao-va-phat-thanh-truyen-hinh',
    accessTier: 'public',
  },
  {
    key: 'long-thanh-terminal-reveal',
    photo: 'airport-terminal',
    motion: 'zoom-out',
    sound: 'hum',
    headline: {
      vi: 'Nhà ga Long Thành nhìn từ đường lăn',
      en: 'Long Thanh terminal seen from the taxiway',
      zh: '从滑行道看隆城航站楼',
      ja: '誘導路から見たロンタイン空港ターミナル',
      ko: '유도로에서 본 롱탄 공항 터미널',
      fr: 'Le terminal de Long Thanh vu depuis la voie de circulation',
      ru: 'Терминал Лонгтханя со стороны рулёжной дорожки',
      km: 'អគារអាកាសយានដ្ឋានឡុងថាញ់ មើលពីផ្លូវរត់យន្តហោះ',
    },
    caption: {
      vi: 'Ống kính lùi dần để thấy trọn mái nhà ga hình hoa sen của Cảng hàng không quốc tế Long Thành.',
      en: 'The camera pulls back to reveal the whole lotus-shaped roof of Long Thanh International Airport’s terminal.',
      zh: '镜头逐渐拉远，展现隆城国际机场航站楼的整个莲花形屋顶。',
      ja: 'カメラが徐々に引き、ロンタイン国際空港ターミナルの蓮の形をした屋根の全体が現れる。',
      ko: '카메라가 천천히 물러나며 롱탄 국제공항 터미널의 연꽃 모양 지붕 전체를 보여 준다.',
      fr: 'La caméra recule pour révéler tout le toit en forme de lotus du terminal de l’aéroport international de Long Thanh.',
      ru: 'Камера медленно отъезжает, открывая всю крышу в форме лотоса терминала международного аэропорта Лонгтхань.',
      km: 'កាមេរ៉ាថយក្រោយបន្តិចម្តងៗ ដើម្បីបង្ហាញដំបូលរាងផ្កាឈូកទាំងមូលនៃអគារអាកាសយានដ្ឋានអន្តរជាតិឡុងថាញ់។',
    },
    alt: {
      vi: 'Mái nhà ga trắng nhiều cánh cong trải dài, đường lăn ở phía trước.',
      en: 'A long white terminal roof of curved petals, a taxiway in front.',
      zh: '由多片弧形花瓣组成的白色长屋顶，前方是滑行道。',
      ja: '花びら状の白い屋根が長く連なり、手前に誘導路。',
      ko: '꽃잎 모양으로 길게 이어진 흰 지붕과 앞쪽의 유도로.',
      fr: 'Un long toit blanc en pétales incurvés, une voie de circulation au premier plan.',
      ru: 'Длинная белая крыша из изогнутых лепестков, впереди рулёжная дорожка.',
      km: 'ដំបូលអគារពណ៌សវែងមានស្លឹកកោង ផ្លូវរត់យន្តហោះនៅខាងមុខ។',
    },
    placeShown: {
      vi: 'Cảng hàng không quốc tế Long Thành, Đồng Nai',
      en: 'Long Thanh International Airport, Dong Nai',
      zh: '同奈省隆城国际机场',
      ja: 'ドンナイ省ロンタイン国際空港',
      ko: '동나이성 롱탄 국제공항',
      fr: 'Aéroport international de Long Thanh, Dong Nai',
      ru: 'Международный аэропорт Лонгтхань, Донгнай',
      km: 'អាកាសយានដ្ឋានអន្តរជាតិឡុងថាញ់ ដុងណៃ',
    },
    usageTerms: EDITORIAL_USE,
    keywords: ['airport', 'infrastructure', 'investment'],
    topics: ['san-bay-long-thanh', 'dau-tu'],
    credit: NEWSROOM,
    creator: 'Huỳnh Văn Tâm',
    copyrightNotice: `© 2026 ${NEWSROOM}`,
    licence: 'editorial-use',
    dateTaken: '2026-04-02T09:00:00.000Z',
    agency: 'bao-va-phat-thanh-truyen-hinh',
    accessTier: 'public',
  },
]
