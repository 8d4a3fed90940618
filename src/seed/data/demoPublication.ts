/** One language edition of the demo publication: what its pages say. */
export type DemoPublicationEdition = {
  /** The language of the edition's text (a locale). */
  language: 'vi' | 'en'
  title: string
  subtitle: string
  /** Each page: a heading, its paragraphs and the demo photo (src/seed/data/demoPhotos.ts). */
  pages: ReadonlyArray<{ heading: string; paragraphs: readonly string[]; photo: string }>
  /** The media item's headline and caption, in Vietnamese and English. */
  headline: { vi: string; en: string }
  caption: { vi: string; en: string }
}

/** The publisher of the demo publication and its owning agency's code. */
export const DEMO_PUBLICATION_PUBLISHER = {
  credit: 'Sở Tài chính Đồng Nai',
  agency: 'so-tai-chinh',
  topics: ['dau-tu', 'khu-cong-nghiep', 'san-bay-long-thanh'],
} as const

/**
 * The demo publication: the province's investment brochure, in a Vietnamese and an English
 * edition, each a PDF of a few pages (src/seed/demoPublication.ts draws them).
 */
export const demoPublicationEditions: readonly DemoPublicationEdition[] = [
  {
    language: 'vi',
    title: 'Đồng Nai – điểm đến đầu tư',
    subtitle: 'Cẩm nang giới thiệu môi trường đầu tư tỉnh Đồng Nai, năm 2026',
    pages: [
      {
        heading: 'Cửa ngõ phía Đông của Thành phố Hồ Chí Minh',
        paragraphs: [
          'Đồng Nai nằm ở trung tâm vùng kinh tế trọng điểm phía Nam, nối liền Thành phố Hồ Chí Minh với Tây Nguyên và các cảng biển nước sâu.',
          'Cảng hàng không quốc tế Long Thành, các tuyến cao tốc và vành đai mới đưa hàng hóa và hành khách đến khắp khu vực trong vài giờ.',
        ],
        photo: 'airport-terminal',
      },
      {
        heading: 'Hạ tầng khu công nghiệp sẵn sàng',
        paragraphs: [
          'Tỉnh có hơn ba mươi khu công nghiệp đang hoạt động, với nhà xưởng, điện, nước và xử lý nước thải tập trung.',
          'Nhà đầu tư được hỗ trợ thủ tục một cửa, từ khảo sát địa điểm đến cấp giấy chứng nhận đăng ký đầu tư.',
        ],
        photo: 'industrial-park-aerial',
      },
      {
        heading: 'Liên hệ xúc tiến đầu tư',
        paragraphs: [
          'Sở Tài chính Đồng Nai tiếp nhận và hướng dẫn hồ sơ của nhà đầu tư trong và ngoài nước.',
          'Các đoàn khảo sát được bố trí phiên dịch tiếng Anh, tiếng Nhật, tiếng Hàn và tiếng Trung.',
        ],
        photo: 'phuoc-an-port',
      },
    ],
    headline: {
      vi: 'Cẩm nang đầu tư Đồng Nai 2026 (bản tiếng Việt)',
      en: 'Dong Nai investment brochure 2026 (Vietnamese edition)',
    },
    caption: {
      vi: 'Ấn phẩm giới thiệu vị trí, hạ tầng và thủ tục đầu tư tại Đồng Nai, bản tiếng Việt.',
      en: 'A brochure on Dong Nai’s location, infrastructure and investment procedures, in Vietnamese.',
    },
  },
  {
    language: 'en',
    title: 'Dong Nai – where investment lands',
    subtitle: 'A guide to the investment environment of Dong Nai Province, 2026',
    pages: [
      {
        heading: 'The eastern gateway to Ho Chi Minh City',
        paragraphs: [
          'Dong Nai lies at the heart of the southern key economic region, linking Ho Chi Minh City with the Central Highlands and deep-water seaports.',
          'Long Thanh International Airport and new expressways and ring roads bring goods and travellers anywhere in the region within hours.',
        ],
        photo: 'airport-terminal',
      },
      {
        heading: 'Industrial parks ready to build on',
        paragraphs: [
          'More than thirty industrial parks are in operation, with factory space, power, water and central wastewater treatment.',
          'A one-stop service guides investors from the site survey to the investment registration certificate.',
        ],
        photo: 'industrial-park-aerial',
      },
      {
        heading: 'Investment promotion contacts',
        paragraphs: [
          'The Dong Nai Department of Finance (Sở Tài chính Đồng Nai) receives and advises on the applications of domestic and foreign investors.',
          'Survey delegations are offered interpreters for English, Japanese, Korean and Chinese.',
        ],
        photo: 'phuoc-an-port',
      },
    ],
    headline: {
      vi: 'Cẩm nang đầu tư Đồng Nai 2026 (bản tiếng Anh)',
      en: 'Dong Nai investment brochure 2026 (English edition)',
    },
    caption: {
      vi: 'Ấn phẩm giới thiệu vị trí, hạ tầng và thủ tục đầu tư tại Đồng Nai, bản tiếng Anh.',
      en: 'A brochure on Dong Nai’s location, infrastructure and investment procedures, in English.',
    },
  },
]
