import type { INFO_TYPES } from '../../../collections/vocabularies'
import type { AccessTier } from '../../access/tiers'
import type { Locale } from '../../i18n/locales'

/** An article's text in one language: title, summary (sapo) and body paragraphs. */
export type ArticleText = { title: string; summary: string; body: string[] }

export type DemoArticle = {
  /** Stable identity in seed data; the stored article is matched by its Vietnamese slug. */
  key: string
  /** Vietnamese is the source; other locales are approved translations (drafts: in progress). */
  text: Partial<Record<Locale, ArticleText>> & { vi: ArticleText }
  infoType: (typeof INFO_TYPES)[number]['value']
  /** Topic slugs (src/seed/data/topics.ts). */
  topics: string[]
  /** Code of the owning agency (src/seed/data/agencies.ts). */
  agency: string
  accessTier: AccessTier
  status: 'published' | 'draft'
  /** Embargoed until this many days after the seed runs. */
  embargoDaysAfterSeeding?: number
  /** Published, then withdrawn by the seed for this reason (shown to staff only). */
  withdrawalReason?: string
  eventDate: string
  place?: {
    name: Partial<Record<Locale, string>> & { vi: string }
    latitude?: number
    longitude?: number
  }
  sources: Array<{ title: string; url: string }>
  /** Internal editorial note, never shown to the public or the press. */
  edNote?: string
  /** Keys of demo photos (src/seed/data/demoPhotos.ts). */
  photos: string[]
  /** Keys of earlier articles in this list that this one relates to. */
  related?: string[]
  /** Shown among the featured items on the library's home page. */
  isFeatured?: boolean
}

const PORTAL = 'https://www.dongnai.gov.vn'

/**
 * The demo articles: the kinds of foreign information the province's regulation names
 * (official, promotional, world, clarification) on investment, tourism, culture, history,
 * border affairs and cooperation, in Vietnamese and the languages foreign readers use.
 * Mostly public and published; a few for the press, two internal, one restricted; three
 * drafts, one under embargo and one withdrawn.
 */
export const demoArticles: DemoArticle[] = [
  {
    key: 'long-thanh-airport-logistics',
    isFeatured: true,
    infoType: 'promotional',
    topics: ['san-bay-long-thanh', 'dau-tu'],
    agency: 'so-tai-chinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-06-02T02:00:00.000Z',
    place: {
      name: {
        vi: 'Cảng hàng không quốc tế Long Thành',
        en: 'Long Thanh International Airport',
        ja: 'ロンタイン国際空港',
        ko: '롱탄 국제공항',
        zh: '隆城国际机场',
      },
      latitude: 10.7706,
      longitude: 107.0497,
    },
    sources: [
      {
        title: 'Cổng Thông tin điện tử tỉnh Đồng Nai — Xúc tiến đầu tư',
        url: `${PORTAL}/xuc-tien-dau-tu/cang-hang-khong-quoc-te-long-thanh`,
      },
    ],
    photos: ['airport-terminal', 'airport-runway-golden-hour'],
    text: {
      vi: {
        title: 'Cảng hàng không quốc tế Long Thành mở ra cơ hội cho nhà đầu tư logistics',
        summary:
          'Khi Cảng hàng không quốc tế Long Thành đi vào khai thác, vùng phụ cận sân bay trở thành địa bàn được nhiều nhà đầu tư logistics, kho lạnh và dịch vụ hàng không trong và ngoài nước quan tâm.',
        body: [
          'Giai đoạn 1 của Cảng hàng không quốc tế Long Thành được thiết kế với công suất 25 triệu hành khách và 1,2 triệu tấn hàng hóa mỗi năm. Nhà ga hành khách lấy cảm hứng từ hình tượng hoa sen, đã trở thành hình ảnh quen thuộc của Đồng Nai trong các ấn phẩm quảng bá.',
          'Theo Sở Tài chính, tỉnh đang hoàn thiện quy hoạch các khu công nghiệp, khu dịch vụ hậu cần quanh sân bay và kết nối với hệ thống đường cao tốc, cảng biển. Nhiều đoàn doanh nghiệp Nhật Bản, Hàn Quốc và Trung Quốc đã đến khảo sát, tìm hiểu nhu cầu kho bãi, trung tâm phân phối và dịch vụ bảo dưỡng tàu bay.',
          'Tỉnh cam kết đồng hành cùng nhà đầu tư từ khâu tìm hiểu địa điểm đến khi dự án đi vào hoạt động, với đầu mối hỗ trợ duy nhất tại Sở Tài chính.',
        ],
      },
      en: {
        title: 'Long Thanh International Airport opens doors for logistics investors',
        summary:
          'As Long Thanh International Airport enters operation, the area around it is drawing domestic and foreign investors in logistics, cold storage and aviation services.',
        body: [
          'The first phase of Long Thanh International Airport is designed to handle 25 million passengers and 1.2 million tonnes of cargo a year. Its passenger terminal, inspired by the lotus flower, has become a familiar image of Dong Nai in the province’s promotional material.',
          'According to the Department of Finance, the province is finalising plans for industrial parks and logistics zones around the airport, linked to the expressway network and seaports. Business delegations from Japan, Korea and China have visited to study demand for warehousing, distribution centres and aircraft maintenance.',
          'The province has pledged to support investors from site selection until their projects are up and running, through a single point of contact at the Department of Finance.',
        ],
      },
      ja: {
        title: 'ロンタイン国際空港、物流投資家に広がる機会',
        summary:
          'ロンタイン国際空港の運用開始に伴い、空港周辺地域が物流、冷蔵倉庫、航空関連サービスの国内外投資家から注目を集めている。',
        body: [
          'ロンタイン国際空港の第1期は、年間旅客2,500万人、貨物120万トンを取り扱う計画で設計されている。蓮の花をモチーフにした旅客ターミナルは、ドンナイ省のPR資料でもおなじみの姿となった。',
          '財務局によると、省は空港周辺の工業団地や物流区域の計画を最終調整しており、高速道路網や港湾との接続も進めている。日本、韓国、中国の企業代表団が相次いで視察に訪れ、倉庫、配送センター、航空機整備への需要を調査した。',
          '省は、用地の検討からプロジェクトの稼働まで、財務局の一元的な窓口を通じて投資家を支援するとしている。',
        ],
      },
      ko: {
        title: '롱탄 국제공항, 물류 투자자에게 새로운 기회',
        summary:
          '롱탄 국제공항이 운영에 들어가면서 공항 주변 지역이 물류, 냉장 창고, 항공 서비스 분야의 국내외 투자자들로부터 주목받고 있다.',
        body: [
          '롱탄 국제공항 1단계는 연간 여객 2,500만 명, 화물 120만 톤을 처리하도록 설계되었다. 연꽃에서 영감을 얻은 여객터미널은 동나이성 홍보물에서 친숙한 상징이 되었다.',
          '재무국에 따르면 성은 공항 주변 산업단지와 물류 구역 계획을 마무리하고 있으며, 고속도로망과 항만과의 연결도 추진하고 있다. 일본, 한국, 중국 기업 대표단이 잇따라 방문해 창고, 물류센터, 항공기 정비 수요를 살펴보았다.',
          '성은 재무국의 단일 창구를 통해 부지 검토 단계부터 사업 가동까지 투자자를 지원하겠다고 밝혔다.',
        ],
      },
      zh: {
        title: '隆城国际机场为物流投资者带来新机遇',
        summary:
          '随着隆城国际机场投入运营，机场周边地区正吸引物流、冷链仓储和航空服务领域的国内外投资者。',
        body: [
          '隆城国际机场一期工程设计年旅客吞吐量2500万人次、货邮吞吐量120万吨。以莲花为设计灵感的旅客航站楼，已成为同奈省对外宣传中人们熟悉的形象。',
          '据同奈省财政厅介绍，该省正在完善机场周边工业园区和物流区的规划，并推进与高速公路网和港口的连接。日本、韩国和中国的企业代表团先后前来考察，了解仓储、配送中心和飞机维修等方面的需求。',
          '同奈省承诺，从选址到项目投产，通过财政厅的“一站式”窗口全程为投资者提供支持。',
        ],
      },
    },
  },
  {
    key: 'japanese-investors-industrial-parks',
    isFeatured: true,
    infoType: 'official',
    topics: ['khu-cong-nghiep', 'hop-tac-quoc-te'],
    agency: 'so-tai-chinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-04-08T02:00:00.000Z',
    place: {
      name: { vi: 'Nhơn Trạch', en: 'Nhon Trach', ja: 'ニョンチャック' },
      latitude: 10.7167,
      longitude: 106.8833,
    },
    sources: [
      {
        title: 'Sở Tài chính tỉnh Đồng Nai — Tin hoạt động',
        url: `${PORTAL}/so-tai-chinh/tin-hoat-dong/doanh-nghiep-nhat-ban-mo-rong-dau-tu`,
      },
    ],
    photos: ['industrial-park-aerial', 'phuoc-an-port'],
    text: {
      vi: {
        title: 'Doanh nghiệp Nhật Bản mở rộng sản xuất tại các khu công nghiệp Đồng Nai',
        summary:
          'Nhiều doanh nghiệp Nhật Bản đang hoạt động tại Đồng Nai đã đăng ký tăng vốn, mở thêm dây chuyền sản xuất linh kiện điện tử, cơ khí chính xác và thiết bị y tế.',
        body: [
          'Nhật Bản là một trong những đối tác đầu tư lớn nhất của Đồng Nai. Các doanh nghiệp Nhật chủ yếu tập trung ở Nhơn Trạch, Long Thành và Trảng Bom, trong các ngành cơ khí, điện tử, ô tô và hàng tiêu dùng.',
          'Tại buổi làm việc với Sở Tài chính, đại diện doanh nghiệp đánh giá cao việc tỉnh rút ngắn thời gian giải quyết thủ tục và quan tâm đến nguồn nhân lực kỹ thuật. Doanh nghiệp cũng đề nghị tỉnh tiếp tục đầu tư hạ tầng xử lý nước thải và giao thông kết nối đến cảng biển.',
          'Sở Tài chính cho biết sẽ phối hợp với các trường nghề để đào tạo kỹ thuật viên theo đơn đặt hàng của doanh nghiệp.',
        ],
      },
      en: {
        title: 'Japanese companies expand production in Dong Nai’s industrial parks',
        summary:
          'Several Japanese companies already operating in Dong Nai have registered capital increases and new production lines for electronic components, precision engineering and medical equipment.',
        body: [
          'Japan is one of Dong Nai’s largest investment partners. Japanese companies are concentrated in Nhon Trach, Long Thanh and Trang Bom, in engineering, electronics, automotive parts and consumer goods.',
          'At a meeting with the Department of Finance, company representatives welcomed the province’s shorter processing times for permits and its attention to technical skills. They also asked the province to keep investing in wastewater treatment and in road links to the seaports.',
          'The department said it would work with vocational schools to train technicians to the companies’ specifications.',
        ],
      },
      ja: {
        title: '日本企業、ドンナイ省の工業団地で生産を拡大',
        summary:
          'ドンナイ省で操業する複数の日本企業が増資を登録し、電子部品、精密機械、医療機器の新たな生産ラインを設ける。',
        body: [
          '日本はドンナイ省にとって最大級の投資パートナーの一つである。日本企業は主にニョンチャック、ロンタイン、チャンボムに集まり、機械、電子、自動車部品、消費財の分野で事業を展開している。',
          '財務局との会合で、企業側は手続き期間の短縮や技術人材への取り組みを評価した。また、排水処理施設や港湾へのアクセス道路への投資継続を省に要望した。',
          '財務局は、職業訓練校と連携し、企業の要望に沿った技術者の育成に取り組むとしている。',
        ],
      },
    },
  },
  {
    key: 'korean-business-delegation',
    infoType: 'official',
    topics: ['hop-tac-quoc-te', 'dau-tu'],
    agency: 'so-ngoai-vu',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-09-17T02:00:00.000Z',
    sources: [
      {
        title: 'Sở Ngoại vụ tỉnh Đồng Nai — Hoạt động đối ngoại',
        url: `${PORTAL}/so-ngoai-vu/hoat-dong-doi-ngoai/doan-doanh-nghiep-han-quoc`,
      },
    ],
    photos: ['delegation-korea'],
    text: {
      vi: {
        title: 'Đoàn doanh nghiệp Hàn Quốc tìm hiểu nguồn nhân lực kỹ thuật tại Đồng Nai',
        summary:
          'Sở Ngoại vụ tiếp và làm việc với đoàn doanh nghiệp Hàn Quốc trong lĩnh vực dệt may, điện tử và công nghiệp hỗ trợ về nhu cầu tuyển dụng kỹ sư, công nhân lành nghề.',
        body: [
          'Hàn Quốc hiện có hàng trăm dự án đầu tư tại Đồng Nai, tạo việc làm cho hàng chục nghìn lao động. Tại buổi làm việc, đoàn doanh nghiệp cho biết nhu cầu tuyển dụng kỹ sư điện, kỹ thuật viên bảo trì và quản lý sản xuất đang tăng nhanh.',
          'Sở Ngoại vụ giới thiệu các chương trình hợp tác đào tạo giữa trường cao đẳng, đại học trong tỉnh với đối tác Hàn Quốc, đồng thời đề nghị doanh nghiệp nhận sinh viên thực tập và tham gia xây dựng chương trình đào tạo.',
          'Hai bên thống nhất tổ chức ngày hội việc làm dành cho doanh nghiệp Hàn Quốc vào đầu năm tới.',
        ],
      },
      en: {
        title: 'Korean business delegation looks at Dong Nai’s skilled workforce',
        summary:
          'The Department of Foreign Affairs received a delegation of Korean companies in textiles, electronics and supporting industries to discuss their need for engineers and skilled workers.',
        body: [
          'Korea has hundreds of investment projects in Dong Nai, employing tens of thousands of people. At the meeting, the delegation said demand for electrical engineers, maintenance technicians and production managers was rising fast.',
          'The department presented training partnerships between the province’s colleges and universities and Korean partners, and invited the companies to take interns and help shape the curricula.',
          'Both sides agreed to hold a job fair for Korean employers early next year.',
        ],
      },
      ko: {
        title: '한국 기업 대표단, 동나이성 기술 인력 현황 파악',
        summary:
          '외교국은 섬유, 전자, 부품소재 분야 한국 기업 대표단을 맞아 엔지니어와 숙련 인력 채용 수요에 대해 논의했다.',
        body: [
          '한국은 동나이성에서 수백 건의 투자 사업을 운영하며 수만 명의 일자리를 창출하고 있다. 이날 회의에서 대표단은 전기 엔지니어, 설비 보전 기술자, 생산 관리자 채용 수요가 빠르게 늘고 있다고 밝혔다.',
          '외교국은 성내 전문대학·대학과 한국 파트너 간의 교육 협력 프로그램을 소개하고, 기업들이 실습생을 받아들이고 교육과정 개발에 참여해 줄 것을 제안했다.',
          '양측은 내년 초 한국 기업을 위한 채용 박람회를 열기로 합의했다.',
        ],
      },
    },
  },
  {
    key: 'french-heritage-cooperation',
    infoType: 'official',
    topics: ['hop-tac-quoc-te', 'di-san'],
    agency: 'so-ngoai-vu',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-10-06T07:00:00.000Z',
    place: {
      name: { vi: 'Phường Trấn Biên', en: 'Tran Bien Ward', fr: 'Quartier de Tran Bien' },
    },
    sources: [
      {
        title: 'Sở Ngoại vụ tỉnh Đồng Nai — Hợp tác quốc tế',
        url: `${PORTAL}/so-ngoai-vu/hop-tac-quoc-te/chuyen-gia-phap-bao-ton-di-san`,
      },
    ],
    photos: ['delegation-france', 'pottery-workshop'],
    text: {
      vi: {
        title: 'Chuyên gia Pháp cùng Đồng Nai số hóa tư liệu gốm Biên Hòa',
        summary:
          'Đoàn chuyên gia bảo tồn của Pháp làm việc với tỉnh về dự án số hóa hồ sơ, mẫu men và bản vẽ của Trường Mỹ nghệ Biên Hòa, ngôi trường được thành lập năm 1903.',
        body: [
          'Nhiều tư liệu về giai đoạn đầu của gốm mỹ nghệ Biên Hòa hiện được lưu giữ rải rác ở Việt Nam và Pháp. Dự án hợp tác hướng tới việc số hóa, mô tả và công bố các tư liệu này để nhà nghiên cứu và công chúng cùng tiếp cận.',
          'Các chuyên gia Pháp đã tham quan xưởng gốm, trao đổi với nghệ nhân về kỹ thuật men xanh đồng và men đen, đồng thời đề xuất phương pháp chụp ảnh, đo màu và bảo quản hiện vật.',
          'Sở Ngoại vụ cho biết hai bên sẽ ký kết biên bản ghi nhớ và triển khai giai đoạn thử nghiệm với khoảng 500 hiện vật trong năm tới.',
        ],
      },
      en: {
        title: 'French experts help Dong Nai digitise the Bien Hoa pottery archives',
        summary:
          'A delegation of French conservation experts met the province about a project to digitise the records, glaze samples and drawings of the Bien Hoa School of Arts, founded in 1903.',
        body: [
          'Many documents from the early days of Bien Hoa art pottery are scattered between Viet Nam and France. The joint project aims to digitise, describe and publish them so that researchers and the public can use them.',
          'The French experts visited a pottery workshop, talked with artisans about the copper-green and black glazes, and proposed methods for photographing, colour-measuring and preserving the pieces.',
          'The Department of Foreign Affairs said the two sides would sign a memorandum of understanding and run a pilot with about 500 objects next year.',
        ],
      },
      fr: {
        title:
          'Des experts français aident Dong Nai à numériser les archives de la céramique de Biên Hòa',
        summary:
          'Une délégation d’experts français de la conservation a rencontré la province au sujet d’un projet de numérisation des archives, des échantillons d’émail et des dessins de l’École des arts de Biên Hòa, fondée en 1903.',
        body: [
          'De nombreux documents sur les débuts de la céramique d’art de Biên Hòa sont aujourd’hui dispersés entre le Viet Nam et la France. Le projet commun vise à les numériser, à les décrire et à les publier afin que chercheurs et grand public puissent y accéder.',
          'Les experts français ont visité un atelier de céramique, échangé avec les artisans sur les émaux vert de cuivre et noir, et proposé des méthodes de prise de vue, de mesure des couleurs et de conservation des pièces.',
          'Le Département des Affaires étrangères a indiqué que les deux parties signeront un protocole d’accord et lanceront l’an prochain une phase pilote portant sur environ 500 objets.',
        ],
      },
    },
  },
  {
    key: 'cat-tien-dry-season',
    isFeatured: true,
    infoType: 'promotional',
    topics: ['du-lich-sinh-thai', 'moi-truong'],
    agency: 'xa-nam-cat-tien',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-02-22T00:00:00.000Z',
    place: {
      name: {
        vi: 'Vườn quốc gia Cát Tiên',
        en: 'Cat Tien National Park',
        fr: 'Parc national de Cat Tien',
        ru: 'Национальный парк Каттьен',
        zh: '吉仙国家公园',
      },
      latitude: 11.4225,
      longitude: 107.4289,
    },
    sources: [
      {
        title: 'Cổng Thông tin điện tử tỉnh Đồng Nai — Du lịch',
        url: `${PORTAL}/du-lich/vuon-quoc-gia-cat-tien-mua-kho`,
      },
    ],
    photos: ['cat-tien-forest', 'bau-sau-wetland', 'dong-nai-river-cat-tien'],
    text: {
      vi: {
        title: 'Mùa khô, mùa đẹp nhất để khám phá Vườn quốc gia Cát Tiên',
        summary:
          'Từ tháng 12 đến tháng 4, đường rừng khô ráo, thú hoang thường ra các trảng cỏ và Bàu Sấu, là thời điểm lý tưởng để du khách đi bộ, đạp xe và xem thú đêm ở Cát Tiên.',
        body: [
          'Vườn quốc gia Cát Tiên là vùng lõi của Khu dự trữ sinh quyển thế giới Đồng Nai, nơi còn những cánh rừng nhiệt đới nguyên sinh ven sông Đồng Nai. Bàu Sấu, vùng đất ngập nước được công nhận theo Công ước Ramsar, là nơi sinh sống của cá sấu Xiêm và nhiều loài chim nước.',
          'Du khách có thể theo các tuyến đi bộ xuyên rừng, đạp xe đến cây tung cổ thụ, đi thuyền trên sông hoặc tham gia chương trình xem thú đêm cùng kiểm lâm. Vườn khuyến nghị đặt chỗ trước với các tour qua đêm ở Bàu Sấu.',
          'Để bảo vệ động vật hoang dã, du khách không được cho thú ăn, không dùng đèn flash khi xem thú và phải mang rác ra khỏi rừng.',
        ],
      },
      en: {
        title: 'The dry season: the best time to explore Cat Tien National Park',
        summary:
          'From December to April the forest tracks are dry and wildlife gathers on the grasslands and around Bau Sau, making it the ideal time to hike, cycle and go on night safaris in Cat Tien.',
        body: [
          'Cat Tien National Park is the core of the Dong Nai World Biosphere Reserve, with primary tropical forest along the Dong Nai River. Bau Sau, a wetland listed under the Ramsar Convention, is home to the Siamese crocodile and many water birds.',
          'Visitors can follow forest trails, cycle to giant tung trees, take a boat on the river or join rangers on a night wildlife drive. The park recommends booking overnight trips to Bau Sau in advance.',
          'To protect the wildlife, visitors must not feed animals or use flash photography, and must carry their rubbish out of the forest.',
        ],
      },
      fr: {
        title: 'La saison sèche, le meilleur moment pour découvrir le parc national de Cat Tien',
        summary:
          'De décembre à avril, les pistes forestières sont sèches et la faune se rassemble dans les clairières et autour de Bau Sau : c’est la période idéale pour la randonnée, le vélo et les safaris nocturnes à Cat Tien.',
        body: [
          'Le parc national de Cat Tien constitue l’aire centrale de la réserve de biosphère mondiale de Dong Nai, avec des forêts tropicales primaires le long du fleuve Dong Nai. Bau Sau, zone humide inscrite au titre de la convention de Ramsar, abrite le crocodile du Siam et de nombreux oiseaux d’eau.',
          'Les visiteurs peuvent suivre les sentiers forestiers, rejoindre à vélo les tungs géants, naviguer sur le fleuve ou accompagner les gardes forestiers lors d’une sortie nocturne d’observation de la faune. Le parc recommande de réserver à l’avance les excursions avec nuitée à Bau Sau.',
          'Pour protéger la faune sauvage, il est interdit de nourrir les animaux et d’utiliser le flash ; les visiteurs doivent remporter leurs déchets.',
        ],
      },
      ru: {
        title: 'Сухой сезон — лучшее время для поездки в национальный парк Каттьен',
        summary:
          'С декабря по апрель лесные тропы сухие, а дикие животные выходят на луга и к озеру Баусау: это идеальное время для пеших и велосипедных прогулок и ночных сафари в Каттьене.',
        body: [
          'Национальный парк Каттьен — ядро всемирного биосферного заповедника Донгнай, где вдоль реки Донгнай сохранились первичные тропические леса. Баусау, водно-болотное угодье, включённое в список Рамсарской конвенции, служит домом для сиамского крокодила и множества водоплавающих птиц.',
          'Гости парка могут пройти по лесным тропам, доехать на велосипеде до гигантских деревьев тетрамелеса, прокатиться на лодке по реке или отправиться с рейнджерами на ночное наблюдение за животными. Поездки с ночёвкой на Баусау рекомендуется бронировать заранее.',
          'Чтобы не тревожить диких животных, их запрещено кормить и фотографировать со вспышкой, а весь мусор нужно уносить с собой.',
        ],
      },
      zh: {
        title: '旱季是探访吉仙国家公园的最佳时节',
        summary:
          '每年12月至次年4月，林间道路干燥，野生动物常在草地和鳄鱼湖一带出没，是在吉仙徒步、骑行和夜间观赏野生动物的理想时节。',
        body: [
          '吉仙国家公园是同奈世界生物圈保护区的核心区，同奈河沿岸至今保存着原始热带雨林。列入《拉姆萨尔公约》的湿地鳄鱼湖，是暹罗鳄和多种水鸟的栖息地。',
          '游客可以沿林间步道徒步，骑车前往古老的四数木巨树，乘船游览河流，或跟随护林员参加夜间观赏野生动物的活动。公园建议提前预订在鳄鱼湖过夜的行程。',
          '为保护野生动物，游客不得投喂动物，观赏时不得使用闪光灯，并须将垃圾带出森林。',
        ],
      },
    },
  },
  {
    key: 'russian-tropical-centre-cat-tien',
    infoType: 'official',
    topics: ['hop-tac-quoc-te', 'moi-truong'],
    agency: 'so-ngoai-vu',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-07-09T02:00:00.000Z',
    place: {
      name: {
        vi: 'Vườn quốc gia Cát Tiên',
        en: 'Cat Tien National Park',
        ru: 'Национальный парк Каттьен',
      },
      latitude: 11.4351,
      longitude: 107.4052,
    },
    sources: [
      {
        title: 'Sở Ngoại vụ tỉnh Đồng Nai — Hợp tác quốc tế',
        url: `${PORTAL}/so-ngoai-vu/hop-tac-quoc-te/nghien-cuu-da-dang-sinh-hoc-cat-tien`,
      },
    ],
    photos: ['cat-tien-research-plot'],
    related: ['cat-tien-dry-season'],
    text: {
      vi: {
        title: 'Các nhà khoa học Việt – Nga tiếp tục theo dõi đa dạng sinh học ở Cát Tiên',
        summary:
          'Hội thảo tại Vườn quốc gia Cát Tiên tổng kết kết quả quan trắc rừng dài hạn của Trung tâm Nhiệt đới Việt – Nga và bàn kế hoạch nghiên cứu giai đoạn tới.',
        body: [
          'Trong nhiều năm, các nhà khoa học của Trung tâm Nhiệt đới Việt – Nga đã duy trì các ô tiêu chuẩn theo dõi sinh trưởng cây rừng, đất và côn trùng tại Cát Tiên. Chuỗi số liệu dài hạn này có giá trị lớn cho nghiên cứu về biến đổi khí hậu ở khu vực nhiệt đới.',
          'Tại hội thảo, các nhóm nghiên cứu trình bày kết quả về quá trình phục hồi rừng sau cháy, sự thay đổi của quần thể thú móng guốc và vai trò của rừng ven sông trong điều hòa nguồn nước.',
          'Đại diện tỉnh đề nghị hai bên chia sẻ dữ liệu với ban quản lý vườn để phục vụ công tác bảo tồn và giáo dục môi trường cho du khách.',
        ],
      },
      en: {
        title: 'Vietnamese and Russian scientists continue to monitor biodiversity in Cat Tien',
        summary:
          'A workshop at Cat Tien National Park reviewed the long-term forest monitoring of the Joint Vietnam–Russia Tropical Centre and discussed plans for the next phase of research.',
        body: [
          'For many years, scientists from the Joint Vietnam–Russia Tropical Centre have maintained permanent plots in Cat Tien to follow the growth of trees, soils and insects. This long series of data is valuable for research on climate change in the tropics.',
          'At the workshop, research teams presented findings on forest recovery after fire, changes in populations of hoofed mammals, and the role of riverside forest in regulating water.',
          'A provincial representative asked both sides to share their data with the park’s management to support conservation and environmental education for visitors.',
        ],
      },
      ru: {
        title:
          'Вьетнамские и российские учёные продолжают наблюдения за биоразнообразием в Каттьене',
        summary:
          'На семинаре в национальном парке Каттьен подвели итоги многолетнего мониторинга лесов Совместного Российско-Вьетнамского тропического центра и обсудили планы следующего этапа исследований.',
        body: [
          'Уже много лет учёные Совместного Российско-Вьетнамского тропического центра ведут наблюдения на постоянных пробных площадях в Каттьене, изучая рост деревьев, почвы и насекомых. Такие длинные ряды данных очень ценны для исследований изменения климата в тропиках.',
          'На семинаре исследовательские группы представили результаты по восстановлению леса после пожаров, изменению численности копытных и роли прибрежных лесов в регулировании водного режима.',
          'Представитель провинции предложил сторонам делиться данными с администрацией парка, чтобы использовать их в природоохранной работе и экологическом просвещении посетителей.',
        ],
      },
    },
  },
  {
    key: 'buu-long-miniature-ha-long',
    infoType: 'promotional',
    topics: ['du-lich'],
    agency: 'so-vhttdl',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-01-11T02:00:00.000Z',
    place: {
      name: {
        vi: 'Khu du lịch Bửu Long, Biên Hòa',
        en: 'Buu Long tourist area, Bien Hoa',
        zh: '边和宝龙旅游区',
        ko: '비엔호아 부우롱 관광지',
      },
      latitude: 10.9536,
      longitude: 106.8013,
    },
    sources: [
      {
        title: 'Sở Văn hóa, Thể thao và Du lịch Đồng Nai — Điểm đến',
        url: `${PORTAL}/so-van-hoa-the-thao-du-lich/diem-den/khu-du-lich-buu-long`,
      },
    ],
    photos: ['buu-long-lake', 'buu-long-rocks'],
    text: {
      vi: {
        title: 'Bửu Long – “Hạ Long thu nhỏ” bên dòng Đồng Nai',
        summary:
          'Với hồ nước xanh giữa những khối đá và đồi cây, Khu du lịch Bửu Long là điểm dã ngoại cuối tuần quen thuộc của người dân Đồng Nai và Thành phố Hồ Chí Minh.',
        body: [
          'Hồ Long Ẩn được hình thành từ một mỏ đá cũ, nay bao quanh bởi vách đá và rừng cây, tạo nên phong cảnh khiến nhiều người liên tưởng đến vịnh Hạ Long. Du khách có thể chèo thuyền, đi bộ quanh hồ và leo lên đồi ngắm toàn cảnh.',
          'Gần đó là chùa Bửu Phong trên núi, một trong những ngôi chùa cổ của vùng đất Biên Hòa, và nhiều quán ăn phục vụ đặc sản địa phương như gỏi cá, bưởi Tân Triều.',
          'Khu du lịch cách trung tâm Thành phố Hồ Chí Minh khoảng một giờ xe, thuận tiện cho chuyến đi trong ngày.',
        ],
      },
      en: {
        title: 'Buu Long, a “miniature Ha Long Bay” on the Dong Nai River',
        summary:
          'With a green lake framed by rocks and wooded hills, Buu Long tourist area is a favourite weekend outing for people from Dong Nai and Ho Chi Minh City.',
        body: [
          'Long An Lake formed in a former quarry and is now ringed by cliffs and forest, a landscape that reminds many visitors of Ha Long Bay. Visitors can paddle a boat, walk around the lake or climb the hill for a panoramic view.',
          'Nearby stands Buu Phong Pagoda on the hilltop, one of the old pagodas of Bien Hoa, along with restaurants serving local specialities such as fish salad and Tan Trieu pomelo.',
          'The area is about an hour’s drive from central Ho Chi Minh City, an easy day trip.',
        ],
      },
      zh: {
        title: '宝龙：同奈河畔的“微缩下龙湾”',
        summary:
          '碧绿的湖水环绕着奇石与葱郁的山丘，宝龙旅游区是同奈省和胡志明市居民周末出游的热门去处。',
        body: [
          '隆隐湖由一座旧采石场形成，如今四周峭壁环绕、林木葱茏，让不少游客联想到下龙湾。游客可以划船、环湖散步，或登上山丘俯瞰全景。',
          '附近山顶上坐落着边和地区的古寺之一宝峰寺，周边还有许多餐馆供应鱼肉凉拌、新朝柚子等当地特色美食。',
          '旅游区距胡志明市中心约一小时车程，适合一日游。',
        ],
      },
      ko: {
        title: '부우롱, 동나이강 옆의 ‘작은 하롱베이’',
        summary:
          '바위와 숲이 우거진 언덕에 둘러싸인 푸른 호수가 있는 부우롱 관광지는 동나이성과 호찌민시 주민들이 즐겨 찾는 주말 나들이 장소다.',
        body: [
          '롱안 호수는 옛 채석장에서 생겨났으며, 지금은 절벽과 숲에 둘러싸여 많은 이들에게 하롱베이를 떠올리게 한다. 방문객은 배를 타거나 호숫가를 걷고, 언덕에 올라 전경을 감상할 수 있다.',
          '인근 산 위에는 비엔호아의 오래된 사찰 가운데 하나인 부우퐁 사원이 있으며, 생선 샐러드와 떤찌에우 자몽 같은 지역 특산물을 파는 식당도 많다.',
          '호찌민시 중심에서 차로 약 한 시간 거리여서 당일 여행으로 제격이다.',
        ],
      },
    },
  },
  {
    key: 'chro-sa-yang-va-festival',
    infoType: 'promotional',
    topics: ['le-hoi', 'dong-bao-dan-toc'],
    agency: 'so-vhttdl',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-03-28T01:00:00.000Z',
    place: {
      name: { vi: 'Xã Phú Lý', en: 'Phu Ly Commune', fr: 'Commune de Phu Ly' },
      latitude: 11.3,
      longitude: 107.1,
    },
    sources: [
      {
        title: 'Sở Văn hóa, Thể thao và Du lịch Đồng Nai — Lễ hội',
        url: `${PORTAL}/so-van-hoa-the-thao-du-lich/le-hoi/sa-yang-va-nguoi-choro`,
      },
    ],
    photos: ['chro-gong-circle', 'chro-rice-offering'],
    text: {
      vi: {
        title: 'Sa Yang Va – lễ tạ ơn Thần Lúa của người Chơro',
        summary:
          'Sau mùa thu hoạch, đồng bào Chơro ở Đồng Nai tổ chức lễ hội Sa Yang Va để tạ ơn Thần Lúa, cầu mong mưa thuận gió hòa và một vụ mùa mới bội thu.',
        body: [
          'Người Chơro là một trong những cư dân lâu đời của vùng đất Đồng Nai. Sa Yang Va là lễ hội lớn nhất trong năm của cộng đồng, thường kéo dài nhiều ngày với các nghi lễ dâng lúa mới, cúng rượu cần và đánh cồng chiêng.',
          'Đêm hội, trai gái trong buôn mặc trang phục thổ cẩm, nhảy múa quanh đống lửa theo nhịp chiêng. Những bài hát đối đáp, điệu múa truyền thống được các nghệ nhân truyền lại cho thế hệ trẻ.',
          'Ngành văn hóa tỉnh đang phối hợp với địa phương phục dựng lễ hội theo đúng nghi thức, gắn với phát triển du lịch cộng đồng.',
        ],
      },
      en: {
        title: 'Sa Yang Va, the Chơro people’s thanksgiving to the Rice Spirit',
        summary:
          'After the harvest, the Chơro community in Dong Nai holds the Sa Yang Va festival to thank the Rice Spirit and pray for kind weather and another abundant crop.',
        body: [
          'The Chơro are among the oldest inhabitants of the Dong Nai region. Sa Yang Va is the community’s biggest festival of the year, usually lasting several days with offerings of new rice, jar wine and gong music.',
          'On the festival night, young men and women in brocade dress dance around the fire to the beat of the gongs. Call-and-response songs and traditional dances are passed on by artisans to the younger generation.',
          'The provincial culture sector is working with the commune to restore the festival’s rites faithfully, alongside community-based tourism.',
        ],
      },
      fr: {
        title: 'Sa Yang Va, l’action de grâce du peuple chơro à l’Esprit du riz',
        summary:
          'Après la récolte, la communauté chơro de Dong Nai célèbre la fête Sa Yang Va pour remercier l’Esprit du riz et demander un temps clément et une nouvelle récolte abondante.',
        body: [
          'Les Chơro comptent parmi les plus anciens habitants de la région de Dong Nai. Sa Yang Va est la plus grande fête de l’année pour la communauté ; elle dure généralement plusieurs jours, avec des offrandes de riz nouveau, d’alcool de riz en jarre et des concerts de gongs.',
          'La nuit de la fête, jeunes hommes et jeunes femmes en costume de brocart dansent autour du feu au rythme des gongs. Les chants alternés et les danses traditionnelles sont transmis par les artisans à la jeune génération.',
          'Le secteur culturel de la province travaille avec la commune pour restituer fidèlement les rites de la fête, en lien avec le tourisme communautaire.',
        ],
      },
    },
  },
  {
    key: 'stieng-bom-bo-village',
    infoType: 'promotional',
    topics: ['dong-bao-dan-toc', 'van-hoa', 'lich-su'],
    agency: 'bao-va-phat-thanh-truyen-hinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-08-16T01:00:00.000Z',
    place: {
      name: {
        vi: 'Sóc Bom Bo, xã Bom Bo',
        en: 'Bom Bo village, Bom Bo Commune',
        km: 'ភូមិបុមបូ ឃុំបុមបូ',
      },
      latitude: 11.8667,
      longitude: 107.1833,
    },
    sources: [
      {
        title: 'Báo và Phát thanh, Truyền hình Đồng Nai — Văn hóa',
        url: `${PORTAL}/bao-va-phat-thanh-truyen-hinh/van-hoa/soc-bom-bo`,
      },
    ],
    photos: ['stieng-brocade', 'bom-bo-village-festival'],
    text: {
      vi: {
        title: 'Sóc Bom Bo: tiếng chày giữ hồn văn hóa S’tiêng',
        summary:
          'Ở sóc Bom Bo, đồng bào S’tiêng đang gìn giữ nghề dệt thổ cẩm, cồng chiêng và câu chuyện lịch sử của buôn làng để phát triển du lịch cộng đồng.',
        body: [
          'Bom Bo là sóc của người S’tiêng, được cả nước biết đến qua bài hát “Tiếng chày trên sóc Bom Bo”. Trong những năm kháng chiến, dân làng thức suốt đêm giã gạo nuôi bộ đội.',
          'Ngày nay, Khu bảo tồn văn hóa dân tộc S’tiêng sóc Bom Bo đón du khách đến tìm hiểu nhà dài, nhạc cụ và nghề dệt truyền thống. Phụ nữ S’tiêng vẫn dệt vải trên khung dệt thủ công theo những hoa văn được truyền lại từ nhiều đời.',
          'Chính quyền địa phương hỗ trợ các hộ gia đình mở dịch vụ lưu trú tại nhà dân và tổ chức lớp dạy đánh cồng chiêng cho thanh thiếu niên, để văn hóa S’tiêng tiếp tục sống trong cộng đồng.',
        ],
      },
      en: {
        title: 'Bom Bo village: rice pestles that keep S’tiêng culture alive',
        summary:
          'In Bom Bo village, the S’tiêng community is preserving brocade weaving, gong music and the village’s own history to develop community-based tourism.',
        body: [
          'Bom Bo is a S’tiêng village known across Viet Nam through the song “The Sound of Pestles in Bom Bo Village”. During the resistance war, villagers stayed up all night pounding rice to feed the soldiers.',
          'Today the Bom Bo S’tiêng Cultural Conservation Area welcomes visitors who want to learn about the longhouse, musical instruments and traditional weaving. S’tiêng women still weave on hand looms, following patterns handed down for generations.',
          'The local authorities help households open homestays and run gong classes for young people, so that S’tiêng culture lives on in the community.',
        ],
      },
      km: {
        title: 'ភូមិបុមបូ៖ សំឡេងអង្រែបុកស្រូវ ថែរក្សាព្រលឹងវប្បធម៌ជនជាតិស្ទៀង',
        summary:
          'នៅភូមិបុមបូ សហគមន៍ជនជាតិស្ទៀងកំពុងថែរក្សាការត្បាញក្រណាត់ ការលេងគង និងប្រវត្តិសាស្ត្ររបស់ភូមិ ដើម្បីអភិវឌ្ឍទេសចរណ៍សហគមន៍។',
        body: [
          'បុមបូ ជាភូមិរបស់ជនជាតិស្ទៀង ដែលល្បីឈ្មោះទូទាំងប្រទេសវៀតណាម តាមរយៈបទចម្រៀង «សំឡេងអង្រែនៅភូមិបុមបូ»។ ក្នុងសម័យសង្គ្រាមតស៊ូ អ្នកភូមិបានបុកស្រូវពេញមួយយប់ ដើម្បីផ្គត់ផ្គង់ស្បៀងដល់កងទ័ព។',
          'សព្វថ្ងៃ តំបន់អភិរក្សវប្បធម៌ជនជាតិស្ទៀងភូមិបុមបូ ស្វាគមន៍ភ្ញៀវទេសចរដែលចង់ស្វែងយល់អំពីផ្ទះវែង ឧបករណ៍ភ្លេង និងការត្បាញក្រណាត់ប្រពៃណី។ ស្ត្រីស្ទៀងនៅតែត្បាញក្រណាត់ដោយកីដៃ តាមលំនាំដែលបន្សល់ទុកពីដូនតាជាច្រើនជំនាន់។',
          'អាជ្ញាធរមូលដ្ឋានគាំទ្រគ្រួសារនានាឱ្យបើកសេវាស្នាក់នៅជាមួយអ្នកស្រុក និងរៀបចំថ្នាក់បង្រៀនលេងគងដល់យុវជន ដើម្បីឱ្យវប្បធម៌ស្ទៀងបន្តរស់រវើកក្នុងសហគមន៍។',
        ],
      },
    },
  },
  {
    key: 'ma-new-rice-festival',
    infoType: 'promotional',
    topics: ['le-hoi', 'dong-bao-dan-toc', 'du-lich'],
    agency: 'so-vhttdl',
    accessTier: 'public',
    status: 'published',
    eventDate: '2025-12-13T01:00:00.000Z',
    place: {
      name: { vi: 'Xã Tà Lài', en: 'Ta Lai Commune' },
      latitude: 11.3833,
      longitude: 107.3667,
    },
    sources: [
      {
        title: 'Sở Văn hóa, Thể thao và Du lịch Đồng Nai — Du lịch cộng đồng',
        url: `${PORTAL}/so-van-hoa-the-thao-du-lich/du-lich-cong-dong/le-mung-lua-moi-ta-lai`,
      },
    ],
    photos: ['ta-lai-ripe-fields', 'ta-lai-harvest-festival'],
    text: {
      vi: {
        title: 'Về Tà Lài dự lễ mừng lúa mới của người Mạ',
        summary:
          'Cuối năm, khi lúa rẫy đã về kho, người Mạ ở Tà Lài mở lễ mừng lúa mới, mời du khách cùng ăn cơm mới, uống rượu cần và nghe cồng chiêng bên nhà dài.',
        body: [
          'Tà Lài nằm bên sông Đồng Nai, cửa ngõ vào Vườn quốc gia Cát Tiên, là nơi sinh sống của người Mạ, S’tiêng và nhiều dân tộc khác. Lễ mừng lúa mới là dịp các gia đình tạ ơn thần linh và gặp gỡ họ hàng sau một năm lao động.',
          'Nhà dài văn hóa Tà Lài do cộng đồng quản lý là nơi tổ chức lễ, đồng thời là điểm lưu trú cho du khách muốn trải nghiệm cuộc sống bản địa, đạp xe qua cánh đồng và chèo thuyền trên sông.',
          'Du khách tham dự lễ được đề nghị ăn mặc lịch sự, hỏi ý kiến trước khi chụp ảnh người dân và tôn trọng các nghi thức của cộng đồng.',
        ],
      },
      en: {
        title: 'Celebrating the Mạ people’s new rice in Ta Lai',
        summary:
          'At the end of the year, when the upland rice is in, the Mạ people of Ta Lai hold their new-rice festival and invite visitors to share the new rice and jar wine and listen to the gongs by the longhouse.',
        body: [
          'Ta Lai lies on the Dong Nai River at the gateway to Cat Tien National Park and is home to the Mạ, the S’tiêng and other ethnic groups. The new-rice festival is when families give thanks to the spirits and gather with relatives after a year’s work.',
          'The community-run Ta Lai longhouse hosts the festival and also offers lodging to visitors who want to experience local life, cycle through the fields and paddle on the river.',
          'Visitors attending the festival are asked to dress modestly, ask before photographing people and respect the community’s rites.',
        ],
      },
    },
  },
  {
    key: 'bien-hoa-pottery-century',
    isFeatured: true,
    infoType: 'promotional',
    topics: ['lich-su', 'van-hoa', 'di-san'],
    agency: 'so-vhttdl',
    accessTier: 'public',
    status: 'published',
    eventDate: '2025-12-03T02:00:00.000Z',
    place: {
      name: { vi: 'Biên Hòa', en: 'Bien Hoa', fr: 'Biên Hòa', ja: 'ビエンホア' },
      latitude: 10.9447,
      longitude: 106.8243,
    },
    sources: [
      {
        title: 'Sở Văn hóa, Thể thao và Du lịch Đồng Nai — Di sản',
        url: `${PORTAL}/so-van-hoa-the-thao-du-lich/di-san/gom-bien-hoa`,
      },
    ],
    photos: ['pottery-copper-green', 'pottery-workshop'],
    related: ['french-heritage-cooperation'],
    text: {
      vi: {
        title: 'Gốm Biên Hòa: hơn một thế kỷ men xanh đồng',
        summary:
          'Ra đời cùng Trường Mỹ nghệ Biên Hòa năm 1903, gốm mỹ nghệ Biên Hòa nổi tiếng với men xanh đồng, lối chạm khắc tinh xảo và sự giao thoa giữa kỹ thuật phương Tây với mỹ cảm Việt.',
        body: [
          'Những năm đầu thế kỷ XX, các thầy và học trò của Trường Mỹ nghệ Biên Hòa đã phát triển một dòng gốm riêng, kết hợp kỹ thuật men màu với hoa văn truyền thống. Men xanh đồng, men đen và kỹ thuật chạm lộng trở thành dấu ấn của gốm Biên Hòa.',
          'Gốm Biên Hòa từng được giới thiệu tại nhiều hội chợ quốc tế và có mặt trong sưu tập của nhiều bảo tàng. Ngôi trường nay là Trường Cao đẳng Mỹ thuật Trang trí Đồng Nai, vẫn tiếp tục đào tạo những thế hệ nghệ nhân mới.',
          'Các lò gốm trong tỉnh đang kết hợp sản xuất với du lịch trải nghiệm, để du khách tự tay nặn, vẽ và tráng men sản phẩm của mình.',
        ],
      },
      en: {
        title: 'Bien Hoa pottery: over a century of copper-green glaze',
        summary:
          'Born with the Bien Hoa School of Arts in 1903, Bien Hoa art pottery is famous for its copper-green glaze, fine carving and a blend of Western technique with Vietnamese taste.',
        body: [
          'In the early 20th century, the teachers and students of the Bien Hoa School of Arts developed a pottery of their own, combining coloured glazes with traditional motifs. Copper-green and black glazes and openwork carving became the hallmarks of Bien Hoa ware.',
          'Bien Hoa pottery was shown at many international fairs and is held in museum collections. The school, now the Dong Nai College of Decorative Arts, still trains new generations of artisans.',
          'Workshops in the province now combine production with hands-on tourism, letting visitors shape, paint and glaze pieces of their own.',
        ],
      },
      fr: {
        title: 'La céramique de Biên Hòa : plus d’un siècle d’émail vert de cuivre',
        summary:
          'Née avec l’École des arts de Biên Hòa en 1903, la céramique d’art de Biên Hòa est célèbre pour son émail vert de cuivre, la finesse de ses décors gravés et la rencontre entre techniques occidentales et sensibilité vietnamienne.',
        body: [
          'Au début du XXᵉ siècle, les enseignants et les élèves de l’École des arts de Biên Hòa ont développé une céramique originale, associant émaux colorés et motifs traditionnels. L’émail vert de cuivre, l’émail noir et le décor ajouré sont devenus la signature de Biên Hòa.',
          'La céramique de Biên Hòa a été présentée dans de nombreuses foires internationales et figure dans des collections de musées. L’école, devenue le Collège des arts décoratifs de Dong Nai, continue de former de nouvelles générations d’artisans.',
          'Les ateliers de la province associent désormais production et tourisme de découverte : les visiteurs peuvent façonner, peindre et émailler leurs propres pièces.',
        ],
      },
      ja: {
        title: 'ビエンホア陶器、一世紀を超える銅緑釉の伝統',
        summary:
          '1903年創立のビエンホア美術学校とともに生まれたビエンホアの美術陶器は、銅緑釉と精緻な彫り、西洋の技法とベトナムの美意識の融合で知られる。',
        body: [
          '20世紀初頭、ビエンホア美術学校の教師と生徒たちは、色釉の技法と伝統文様を組み合わせた独自の陶器を生み出した。銅緑釉や黒釉、透かし彫りはビエンホア陶器の特徴となった。',
          'ビエンホア陶器は数多くの国際博覧会に出品され、各地の博物館にも収蔵されている。同校は現在ドンナイ装飾美術短期大学となり、新たな世代の職人を育て続けている。',
          '省内の窯元では、生産と体験型観光を組み合わせ、旅行者が自ら成形し、絵付けし、釉薬をかける体験を提供している。',
        ],
      },
    },
  },
  {
    key: 'ta-thiet-base-relic',
    infoType: 'promotional',
    topics: ['lich-su', 'di-san'],
    agency: 'bao-va-phat-thanh-truyen-hinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-04-29T01:00:00.000Z',
    place: {
      name: {
        vi: 'Khu di tích Tà Thiết, xã Lộc Thành',
        en: 'Ta Thiet relic site, Loc Thanh Commune',
      },
      latitude: 11.9333,
      longitude: 106.5167,
    },
    sources: [
      {
        title: 'Báo và Phát thanh, Truyền hình Đồng Nai — Lịch sử',
        url: `${PORTAL}/bao-va-phat-thanh-truyen-hinh/lich-su/can-cu-ta-thiet`,
      },
    ],
    photos: ['ta-thiet-jungle-base'],
    text: {
      vi: {
        title: 'Tà Thiết: căn cứ giữa rừng kể chuyện những năm kháng chiến',
        summary:
          'Khu di tích Căn cứ Tà Thiết, di tích quốc gia đặc biệt, lưu giữ hệ thống hầm, nhà làm việc và đường giao thông hào giữa rừng, thu hút học sinh, cựu chiến binh và du khách quốc tế.',
        body: [
          'Trong những năm kháng chiến, Tà Thiết là nơi đặt căn cứ của cơ quan chỉ huy quân sự miền Nam. Các công trình được phục dựng dưới tán rừng giúp người xem hình dung điều kiện làm việc và sinh hoạt gian khổ thời bấy giờ.',
          'Đơn vị quản lý di tích đã xây dựng lộ trình tham quan có thuyết minh bằng tiếng Việt và tiếng Anh, kết hợp trồng cây lưu niệm và giao lưu với nhân chứng lịch sử.',
          'Khách tham quan nên mang giày đi bộ, nước uống và đăng ký trước nếu đi theo đoàn.',
        ],
      },
      en: {
        title: 'Ta Thiet: a forest base that tells the story of the war years',
        summary:
          'The Ta Thiet base relic site, a special national monument, preserves shelters, work huts and communication trenches in the forest, and draws students, veterans and international visitors.',
        body: [
          'During the war, Ta Thiet housed the base of the military command for the South. Structures reconstructed under the forest canopy help visitors picture the hard working and living conditions of the time.',
          'The site’s management has set up guided routes with commentary in Vietnamese and English, together with memorial tree planting and meetings with witnesses of the period.',
          'Visitors should bring walking shoes and water, and groups are asked to book ahead.',
        ],
      },
    },
  },
  {
    key: 'war-zone-d-memorial',
    infoType: 'promotional',
    topics: ['lich-su', 'du-lich'],
    agency: 'bao-va-phat-thanh-truyen-hinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-04-30T01:00:00.000Z',
    place: {
      name: { vi: 'Khu di tích Chiến khu Đ', en: 'War Zone D relic site' },
      latitude: 11.2167,
      longitude: 107.0333,
    },
    sources: [
      {
        title: 'Báo và Phát thanh, Truyền hình Đồng Nai — Lịch sử',
        url: `${PORTAL}/bao-va-phat-thanh-truyen-hinh/lich-su/chien-khu-d`,
      },
    ],
    photos: ['war-zone-d-monument'],
    related: ['ta-thiet-base-relic'],
    text: {
      vi: {
        title: 'Về Chiến khu Đ nghe chuyện rừng',
        summary:
          'Khu di tích Chiến khu Đ trở thành điểm học tập lịch sử ngoài trời của nhiều trường học, đồng thời là tuyến du lịch kết hợp với hồ Trị An và rừng Mã Đà.',
        body: [
          'Chiến khu Đ từng là căn cứ địa cách mạng quan trọng ở miền Đông Nam Bộ. Đài tưởng niệm, nhà trưng bày và các công trình phục dựng giới thiệu với du khách những trang sử của vùng đất này.',
          'Mỗi dịp lễ lớn, nhiều đoàn học sinh, cựu chiến binh về dâng hương và nghe các nhân chứng kể chuyện. Ban quản lý di tích đã số hóa nhiều tư liệu ảnh để phục vụ tra cứu.',
          'Từ khu di tích, du khách có thể kết hợp tham quan hồ Trị An và khu bảo tồn thiên nhiên trong cùng một ngày.',
        ],
      },
      en: {
        title: 'Listening to the forest’s stories in War Zone D',
        summary:
          'The War Zone D relic site has become an open-air history classroom for many schools, and part of a tourist route with Tri An Reservoir and the Ma Da forest.',
        body: [
          'War Zone D was an important revolutionary base in the south-east of Viet Nam. A memorial, an exhibition house and reconstructed structures introduce visitors to the area’s history.',
          'On major anniversaries, school groups and veterans come to offer incense and listen to witnesses of the period. The site’s management has digitised many photographs for research.',
          'From the site, visitors can also see Tri An Reservoir and the nature reserve in the same day.',
        ],
      },
    },
  },
  {
    key: 'hoa-lu-friendship-exchange',
    infoType: 'official',
    topics: ['bien-gioi', 'hop-tac-quoc-te'],
    agency: 'bo-chi-huy-quan-su-tinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-06-20T01:00:00.000Z',
    place: {
      name: {
        vi: 'Cửa khẩu quốc tế Hoa Lư',
        en: 'Hoa Lu International Border Gate',
        km: 'ច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ',
      },
      latitude: 11.9572,
      longitude: 106.6011,
    },
    sources: [
      {
        title: 'Cổng Thông tin điện tử tỉnh Đồng Nai — Biên giới',
        url: `${PORTAL}/bien-gioi/giao-luu-huu-nghi-hoa-lu`,
      },
    ],
    photos: ['hoa-lu-border-gate', 'border-friendship-exchange'],
    text: {
      vi: {
        title: 'Giao lưu hữu nghị tại Cửa khẩu quốc tế Hoa Lư',
        summary:
          'Lực lượng bảo vệ biên giới và nhân dân Đồng Nai cùng tỉnh Kratie (Campuchia) tổ chức chương trình giao lưu, góp phần xây dựng đường biên giới hòa bình, hữu nghị, hợp tác và phát triển.',
        body: [
          'Chương trình diễn ra tại Cửa khẩu quốc tế Hoa Lư – Trapeang Sre, với sự tham gia của cán bộ, chiến sĩ và người dân sinh sống ở khu vực biên giới hai bên.',
          'Hai bên trao quà cho các gia đình khó khăn, khám bệnh và cấp thuốc miễn phí, giao lưu văn nghệ và thi đấu bóng đá hữu nghị.',
          'Lãnh đạo hai tỉnh đánh giá các hoạt động giao lưu thường xuyên giúp giữ vững an ninh, trật tự và thúc đẩy giao thương qua biên giới.',
        ],
      },
      en: {
        title: 'Friendship exchange at Hoa Lu International Border Gate',
        summary:
          'Border forces and residents of Dong Nai and Cambodia’s Kratie Province held an exchange programme, helping to build a border of peace, friendship, cooperation and development.',
        body: [
          'The programme took place at the Hoa Lu – Trapeang Sre international border gate, with officers, soldiers and residents from both sides of the border.',
          'The two sides gave gifts to families in need, offered free medical check-ups and medicine, performed together and played a friendly football match.',
          'Leaders of both provinces said regular exchanges help maintain security and order and encourage cross-border trade.',
        ],
      },
      km: {
        title: 'ការផ្លាស់ប្តូរមិត្តភាពនៅច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ',
        summary:
          'កងកម្លាំងការពារព្រំដែន និងប្រជាជនខេត្តដុងណៃ និងខេត្តក្រចេះ នៃព្រះរាជាណាចក្រកម្ពុជា បានរៀបចំកម្មវិធីផ្លាស់ប្តូរមិត្តភាព ដើម្បីរួមចំណែកកសាងព្រំដែនសន្តិភាព មិត្តភាព កិច្ចសហប្រតិបត្តិការ និងការអភិវឌ្ឍ។',
        body: [
          'កម្មវិធីនេះប្រព្រឹត្តទៅនៅច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ – ត្រពាំងស្រែ ដោយមានការចូលរួមពីមន្ត្រី កងកម្លាំង និងប្រជាជនដែលរស់នៅតំបន់ព្រំដែនទាំងសងខាង។',
          'ភាគីទាំងពីរបានប្រគល់អំណោយដល់គ្រួសារងាយរងគ្រោះ ពិនិត្យសុខភាព និងចែកថ្នាំដោយឥតគិតថ្លៃ សម្តែងសិល្បៈរួមគ្នា និងប្រកួតបាល់ទាត់មិត្តភាព។',
          'ថ្នាក់ដឹកនាំខេត្តទាំងពីរបានវាយតម្លៃថា ការផ្លាស់ប្តូរជាប្រចាំបែបនេះ ជួយរក្សាសន្តិសុខ សណ្តាប់ធ្នាប់ និងជំរុញពាណិជ្ជកម្មឆ្លងព្រំដែន។',
        ],
      },
    },
  },
  {
    key: 'cambodian-student-scholarships',
    infoType: 'official',
    topics: ['giao-duc-dao-tao', 'bien-gioi', 'hop-tac-quoc-te'],
    agency: 'lien-hiep-cac-to-chuc-huu-nghi',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-09-25T01:00:00.000Z',
    place: {
      name: { vi: 'Phường Đồng Xoài', en: 'Dong Xoai Ward', km: 'សង្កាត់ដុងសយ' },
      latitude: 11.5349,
      longitude: 106.8832,
    },
    sources: [
      {
        title: 'Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai — Tin hoạt động',
        url: `${PORTAL}/lien-hiep-huu-nghi/tin-hoat-dong/hoc-bong-sinh-vien-campuchia`,
      },
    ],
    photos: ['scholarship-ceremony'],
    related: ['hoa-lu-friendship-exchange'],
    text: {
      vi: {
        title: 'Trao học bổng cho sinh viên Campuchia học tập tại Đồng Nai',
        summary:
          'Sinh viên Campuchia đang theo học tại Đồng Nai nhận học bổng năm học mới, hỗ trợ học tiếng Việt và các ngành nghề kỹ thuật.',
        body: [
          'Lễ trao học bổng được tổ chức đầu năm học, với sự tham dự của đại diện các tỉnh Tbong Khmum, Kratie và Mondulkiri, những địa phương có chung đường biên giới với Đồng Nai.',
          'Phần lớn sinh viên theo học các ngành nông nghiệp, y tế và công nghệ. Ngoài giờ học, các em tham gia hoạt động văn hóa và ở cùng gia đình người Việt để hiểu thêm về cuộc sống địa phương.',
          'Tỉnh coi giáo dục là nhịp cầu bền vững nối tình hữu nghị giữa nhân dân hai nước.',
        ],
      },
      en: {
        title: 'Scholarships for Cambodian students in Dong Nai',
        summary:
          'Cambodian students studying in Dong Nai received scholarships for the new academic year, supporting Vietnamese-language study and technical training.',
        body: [
          'The ceremony took place at the start of the academic year, attended by representatives of Tbong Khmum, Kratie and Mondulkiri, the Cambodian provinces that share a border with Dong Nai.',
          'Most of the students study agriculture, health care or technology. Outside class they take part in cultural activities and stay with Vietnamese families to learn more about local life.',
          'The province sees education as a lasting bridge of friendship between the two peoples.',
        ],
      },
      km: {
        title: 'ខេត្តដុងណៃប្រគល់អាហារូបករណ៍ដល់និស្សិតកម្ពុជា',
        summary:
          'និស្សិតកម្ពុជាដែលកំពុងសិក្សានៅខេត្តដុងណៃ បានទទួលអាហារូបករណ៍សម្រាប់ឆ្នាំសិក្សាថ្មី ដើម្បីគាំទ្រការរៀនភាសាវៀតណាម និងជំនាញបច្ចេកទេស។',
        body: [
          'ពិធីប្រគល់អាហារូបករណ៍បានធ្វើឡើងនៅដើមឆ្នាំសិក្សា ដោយមានការចូលរួមពីតំណាងខេត្តត្បូងឃ្មុំ ក្រចេះ និងមណ្ឌលគិរី ដែលជាខេត្តជាប់ព្រំដែនជាមួយខេត្តដុងណៃ។',
          'និស្សិតភាគច្រើនសិក្សាផ្នែកកសិកម្ម សុខាភិបាល និងបច្ចេកវិទ្យា។ ក្រៅម៉ោងសិក្សា ពួកគេចូលរួមសកម្មភាពវប្បធម៌ និងស្នាក់នៅជាមួយគ្រួសារវៀតណាម ដើម្បីស្វែងយល់បន្ថែមអំពីជីវភាពរស់នៅក្នុងតំបន់។',
          'ខេត្តចាត់ទុកការអប់រំ ជាស្ពានដ៏រឹងមាំដែលតភ្ជាប់មិត្តភាពរវាងប្រជាជននៃប្រទេសទាំងពីរ។',
        ],
      },
    },
  },
  {
    key: 'hoa-lu-closure-rumour',
    infoType: 'clarification',
    topics: ['bien-gioi'],
    agency: 'so-ngoai-vu',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-10-22T04:00:00.000Z',
    place: {
      name: {
        vi: 'Cửa khẩu quốc tế Hoa Lư',
        en: 'Hoa Lu International Border Gate',
        km: 'ច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ',
        zh: '华闾国际口岸',
      },
      latitude: 11.9572,
      longitude: 106.6011,
    },
    sources: [
      {
        title: 'Sở Ngoại vụ tỉnh Đồng Nai — Thông tin cải chính',
        url: `${PORTAL}/so-ngoai-vu/thong-tin-cai-chinh/cua-khau-hoa-lu-van-hoat-dong-binh-thuong`,
      },
    ],
    edNote:
      'Theo dõi tiếp các trang mạng xã hội đã đăng tin sai; nếu tin tiếp tục lan, phối hợp Công an tỉnh đề nghị gỡ bỏ.',
    photos: ['hoa-lu-trade-traffic', 'hoa-lu-customs-check'],
    related: ['hoa-lu-friendship-exchange'],
    text: {
      vi: {
        title: 'Thông tin Cửa khẩu quốc tế Hoa Lư tạm dừng thông quan là không đúng sự thật',
        summary:
          'Sở Ngoại vụ khẳng định Cửa khẩu quốc tế Hoa Lư vẫn hoạt động bình thường đối với người và phương tiện, hàng hóa xuất nhập khẩu.',
        body: [
          'Thời gian gần đây, một số tài khoản mạng xã hội lan truyền thông tin Cửa khẩu quốc tế Hoa Lư sẽ đóng cửa trong một tháng. Đây là thông tin sai sự thật.',
          'Theo các lực lượng chức năng tại cửa khẩu, việc kiểm tra, làm thủ tục xuất nhập cảnh và thông quan hàng hóa vẫn diễn ra hằng ngày theo giờ làm việc bình thường; không có quyết định nào về việc tạm dừng hoạt động của cửa khẩu.',
          'Sở Ngoại vụ đề nghị người dân, doanh nghiệp và cơ quan báo chí theo dõi thông tin từ các nguồn chính thống và liên hệ Sở khi cần xác minh.',
        ],
      },
      en: {
        title:
          'Reports that Hoa Lu International Border Gate has stopped clearing traffic are false',
        summary:
          'The Department of Foreign Affairs confirms that Hoa Lu International Border Gate is operating normally for travellers, vehicles and goods.',
        body: [
          'In recent days, some social media accounts have spread a claim that Hoa Lu International Border Gate will close for a month. This is untrue.',
          'According to the authorities at the gate, immigration checks and customs clearance continue every day during normal working hours; no decision has been taken to suspend operations.',
          'The department asks residents, businesses and the media to rely on official sources and to contact it when they need information verified.',
        ],
      },
      km: {
        title: 'ព័ត៌មានថាច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ ផ្អាកការឆ្លងកាត់ គឺមិនពិតទេ',
        summary:
          'មន្ទីរការបរទេសខេត្តដុងណៃ បញ្ជាក់ថា ច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ នៅតែដំណើរការជាធម្មតា សម្រាប់អ្នកដំណើរ យានយន្ត និងទំនិញនាំចេញនាំចូល។',
        body: [
          'ថ្មីៗនេះ គណនីបណ្តាញសង្គមមួយចំនួន បានផ្សព្វផ្សាយថា ច្រកទ្វារព្រំដែនអន្តរជាតិហ័រលឺ នឹងបិទរយៈពេលមួយខែ។ នេះជាព័ត៌មានមិនពិត។',
          'យោងតាមកងកម្លាំងមានសមត្ថកិច្ចនៅច្រកទ្វារ ការត្រួតពិនិត្យលិខិតឆ្លងដែន និងបែបបទគយសម្រាប់ទំនិញ នៅតែប្រព្រឹត្តទៅជារៀងរាល់ថ្ងៃ តាមម៉ោងធ្វើការធម្មតា ហើយមិនមានការសម្រេចណាមួយឱ្យផ្អាកដំណើរការច្រកទ្វារនោះទេ។',
          'មន្ទីរការបរទេសស្នើឱ្យប្រជាជន សហគ្រាស និងស្ថាប័នសារព័ត៌មាន តាមដានព័ត៌មានពីប្រភពផ្លូវការ និងទាក់ទងមកមន្ទីរ នៅពេលត្រូវការផ្ទៀងផ្ទាត់ព័ត៌មាន។',
        ],
      },
      zh: {
        title: '关于华闾国际口岸暂停通关的消息不实',
        summary: '同奈省外事厅确认，华闾国际口岸人员、车辆和进出口货物通关一切正常。',
        body: [
          '近日，一些社交媒体账号散布华闾国际口岸将关闭一个月的消息。该消息不实。',
          '据口岸各职能部门介绍，出入境查验和货物通关手续仍在正常工作时间内每日办理，目前没有任何暂停口岸运行的决定。',
          '外事厅提醒民众、企业和新闻机构以官方发布的信息为准，如需核实可与外事厅联系。',
        ],
      },
    },
  },
  {
    key: 'eu-deforestation-rules-exporters',
    infoType: 'world',
    topics: ['kinh-te-xa-hoi', 'moi-truong'],
    agency: 'bao-va-phat-thanh-truyen-hinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-07-22T02:00:00.000Z',
    sources: [
      {
        title: 'Cổng Thông tin điện tử tỉnh Đồng Nai — Thông tin thế giới',
        url: `${PORTAL}/thong-tin-the-gioi/quy-dinh-chong-pha-rung-cua-eu`,
      },
    ],
    photos: ['rubber-plantation'],
    text: {
      vi: {
        title:
          'Quy định chống phá rừng của EU: doanh nghiệp cao su, gỗ cần chuẩn bị truy xuất nguồn gốc',
        summary:
          'Quy định của Liên minh châu Âu về sản phẩm không gây mất rừng (EUDR) yêu cầu nhà nhập khẩu chứng minh hàng hóa không đến từ đất bị phá rừng, ảnh hưởng trực tiếp đến các doanh nghiệp cao su và chế biến gỗ xuất khẩu của Đồng Nai.',
        body: [
          'EUDR áp dụng với bảy nhóm hàng gồm gia súc, ca cao, cà phê, dầu cọ, cao su, đậu nành, gỗ và các sản phẩm làm từ chúng. Nhà nhập khẩu phải cung cấp tọa độ vùng trồng và chứng minh hàng hóa được sản xuất hợp pháp, không gây mất rừng.',
          'Với diện tích cao su lớn và ngành chế biến gỗ phát triển, Đồng Nai có nhiều doanh nghiệp phải đáp ứng yêu cầu này. Việc lập bản đồ vùng trồng, quản lý hồ sơ thu mua từ hộ nông dân là những việc cần làm sớm.',
          'Các hiệp hội ngành hàng khuyến nghị doanh nghiệp chủ động làm việc với khách hàng châu Âu, cập nhật hướng dẫn mới nhất của EU và tận dụng dữ liệu bản đồ rừng sẵn có của địa phương.',
        ],
      },
      en: {
        title:
          'EU deforestation rules: rubber and timber exporters must get ready to trace their supply',
        summary:
          'The European Union’s regulation on deforestation-free products (EUDR) requires importers to prove that goods do not come from deforested land, directly affecting Dong Nai’s rubber and wood-processing exporters.',
        body: [
          'The EUDR covers seven commodities — cattle, cocoa, coffee, oil palm, rubber, soya and wood — and products made from them. Importers must provide the geolocation of the plots where they were produced and show that they were produced legally and without deforestation.',
          'With large rubber plantations and a strong wood-processing industry, Dong Nai has many companies that must meet these requirements. Mapping plantations and keeping records of purchases from smallholders are tasks to start early.',
          'Industry associations advise companies to work closely with their European customers, follow the EU’s latest guidance and make use of the forest maps already held by local authorities.',
        ],
      },
      fr: {
        title:
          'Règlement européen contre la déforestation : les exportateurs de caoutchouc et de bois doivent se préparer à la traçabilité',
        summary:
          'Le règlement de l’Union européenne sur les produits « zéro déforestation » (RDUE) impose aux importateurs de prouver que les marchandises ne proviennent pas de terres déboisées, ce qui concerne directement les exportateurs de caoutchouc et de bois de Dong Nai.',
        body: [
          'Le RDUE vise sept produits de base — bovins, cacao, café, palmier à huile, caoutchouc, soja et bois — ainsi que leurs dérivés. Les importateurs doivent fournir la géolocalisation des parcelles de production et démontrer que les marchandises ont été produites légalement et sans déforestation.',
          'Avec de vastes plantations d’hévéas et une industrie de transformation du bois développée, Dong Nai compte de nombreuses entreprises concernées. La cartographie des plantations et la tenue des registres d’achat auprès des petits producteurs sont des chantiers à engager dès maintenant.',
          'Les associations professionnelles recommandent aux entreprises de travailler étroitement avec leurs clients européens, de suivre les dernières orientations de l’UE et d’utiliser les cartes forestières déjà disponibles localement.',
        ],
      },
    },
  },
  {
    key: 'long-khanh-fruit-season',
    infoType: 'promotional',
    topics: ['kinh-te-xa-hoi', 'du-lich'],
    agency: 'phuong-long-khanh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-06-12T01:00:00.000Z',
    place: {
      name: { vi: 'Phường Long Khánh', en: 'Long Khanh Ward', zh: '隆庆坊' },
      latitude: 10.9333,
      longitude: 107.2417,
    },
    sources: [
      {
        title: 'Ủy ban nhân dân phường Long Khánh — Tin tức',
        url: `${PORTAL}/phuong-long-khanh/tin-tuc/mua-trai-cay-long-khanh`,
      },
    ],
    photos: ['long-khanh-rambutan'],
    text: {
      vi: {
        title: 'Long Khánh vào mùa trái cây',
        summary:
          'Từ tháng 5 đến tháng 8, các vườn chôm chôm, sầu riêng, măng cụt ở Long Khánh vào vụ thu hoạch, mở cửa đón du khách đến tham quan và mua trái cây tại vườn.',
        body: [
          'Long Khánh từ lâu được biết đến là vùng trái cây lớn của Đông Nam Bộ nhờ đất đỏ bazan màu mỡ. Nhiều nhà vườn đã áp dụng quy trình sản xuất theo tiêu chuẩn VietGAP, GlobalGAP để đưa trái cây sang các thị trường khó tính.',
          'Mô hình du lịch miệt vườn giúp nông dân có thêm thu nhập: du khách được hái trái tại cây, thưởng thức đặc sản và tìm hiểu cách chăm sóc vườn.',
          'Phường khuyến nghị du khách liên hệ trước với các nhà vườn đã đăng ký đón khách để được phục vụ chu đáo.',
        ],
      },
      en: {
        title: 'Fruit season in Long Khanh',
        summary:
          'From May to August, the rambutan, durian and mangosteen orchards of Long Khanh are harvested and open to visitors who want to tour them and buy fruit straight from the trees.',
        body: [
          'Thanks to its fertile red basalt soil, Long Khanh has long been one of the major fruit-growing areas of south-eastern Viet Nam. Many growers follow VietGAP and GlobalGAP standards to sell their fruit in demanding foreign markets.',
          'Orchard tourism gives farmers extra income: visitors pick fruit from the trees, taste local specialities and learn how the orchards are tended.',
          'The ward advises visitors to contact the registered orchards in advance.',
        ],
      },
      zh: {
        title: '隆庆进入水果季',
        summary:
          '每年5月至8月，隆庆的红毛丹、榴莲和山竹果园进入收获期，欢迎游客入园参观并现场采购水果。',
        body: [
          '得益于肥沃的玄武岩红土，隆庆长期以来是越南东南部的重要水果产区。许多果农按照VietGAP和GlobalGAP标准生产，使水果进入要求严格的国外市场。',
          '果园旅游为农民增加了收入：游客可以在树下采摘、品尝当地特产，并了解果园的管理方法。',
          '隆庆坊建议游客提前联系已登记接待游客的果园。',
        ],
      },
    },
  },
  {
    key: 'tri-an-reservoir-water',
    infoType: 'official',
    topics: ['moi-truong'],
    agency: 'bao-va-phat-thanh-truyen-hinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-05-30T02:00:00.000Z',
    place: {
      name: { vi: 'Hồ Trị An', en: 'Tri An Reservoir' },
      latitude: 11.1,
      longitude: 107.05,
    },
    sources: [
      {
        title: 'Cổng Thông tin điện tử tỉnh Đồng Nai — Môi trường',
        url: `${PORTAL}/moi-truong/bao-ve-nguon-nuoc-ho-tri-an`,
      },
    ],
    photos: ['tri-an-reservoir'],
    text: {
      vi: {
        title: 'Chung tay bảo vệ nguồn nước hồ Trị An',
        summary:
          'Tỉnh triển khai kế hoạch kiểm soát nuôi cá lồng, thu gom rác thải và trồng rừng phòng hộ quanh hồ Trị An, nguồn nước quan trọng của vùng hạ du sông Đồng Nai.',
        body: [
          'Hồ Trị An cung cấp nước cho thủy điện, nông nghiệp, công nghiệp và sinh hoạt của hàng triệu người ở hạ du. Chất lượng nước hồ vì vậy được theo dõi thường xuyên tại nhiều điểm quan trắc.',
          'Kế hoạch mới tập trung sắp xếp lại các bè nuôi cá, hỗ trợ người dân chuyển sang mô hình nuôi ít gây ô nhiễm, tăng cường thu gom rác và trồng bổ sung rừng phòng hộ đầu nguồn.',
          'Các trường học và đoàn thanh niên ven hồ cũng tham gia ngày hội làm sạch bờ hồ, góp phần nâng cao ý thức bảo vệ môi trường trong cộng đồng.',
        ],
      },
      en: {
        title: 'Working together to protect the water of Tri An Reservoir',
        summary:
          'The province is rolling out a plan to regulate cage fish farming, collect waste and plant protective forest around Tri An Reservoir, a key water source for the lower Dong Nai River.',
        body: [
          'Tri An Reservoir supplies water for hydropower, farming, industry and the homes of millions of people downstream, so its water quality is monitored regularly at many stations.',
          'The new plan focuses on reorganising fish-farming rafts, helping farmers switch to less polluting methods, collecting more waste and replanting protective forest in the watershed.',
          'Schools and youth groups around the lake also join clean-up days, raising awareness of environmental protection in the community.',
        ],
      },
    },
  },
  {
    key: 'foreign-journalists-guide',
    infoType: 'official',
    topics: ['hop-tac-quoc-te'],
    agency: 'so-ngoai-vu',
    accessTier: 'public',
    status: 'published',
    eventDate: '2026-10-30T07:00:00.000Z',
    sources: [
      {
        title: 'Sở Ngoại vụ tỉnh Đồng Nai — Hướng dẫn báo chí nước ngoài',
        url: `${PORTAL}/so-ngoai-vu/bao-chi-nuoc-ngoai/huong-dan-tac-nghiep`,
      },
    ],
    photos: ['press-centre'],
    text: {
      vi: {
        title: 'Hướng dẫn phóng viên nước ngoài đến tác nghiệp tại Đồng Nai',
        summary:
          'Sở Ngoại vụ là đầu mối hướng dẫn, hỗ trợ phóng viên nước ngoài có nhu cầu đưa tin, phỏng vấn và ghi hình trên địa bàn tỉnh.',
        body: [
          'Hoạt động của phóng viên nước ngoài tại Việt Nam thực hiện theo Nghị định số 88/2012/NĐ-CP của Chính phủ về hoạt động thông tin, báo chí của báo chí nước ngoài. Trước khi đến tỉnh, phóng viên gửi chương trình làm việc, danh sách thành viên và nội dung dự kiến cho Sở Ngoại vụ.',
          'Sở Ngoại vụ phối hợp với các cơ quan, đơn vị liên quan sắp xếp lịch làm việc, bố trí người hướng dẫn và hỗ trợ liên hệ phỏng vấn.',
          'Ảnh, video và tư liệu về Đồng Nai có thể tải về từ thư viện thông tin đối ngoại của tỉnh sau khi phóng viên đăng ký tài khoản và được phê duyệt.',
        ],
      },
      en: {
        title: 'Guidance for foreign journalists reporting in Dong Nai',
        summary:
          'The Department of Foreign Affairs is the point of contact that guides and assists foreign journalists who wish to report, interview or film in the province.',
        body: [
          'Foreign journalists working in Viet Nam follow Government Decree No. 88/2012/ND-CP on the information and press activities of foreign media. Before coming to the province, journalists send their programme, team list and planned topics to the Department of Foreign Affairs.',
          'The department works with the relevant agencies to arrange the schedule, assign a liaison officer and help set up interviews.',
          'Photos, videos and documents about Dong Nai can be downloaded from the province’s foreign-information library once a journalist has registered an account and been approved.',
        ],
      },
      fr: {
        title: 'Guide à l’intention des journalistes étrangers en reportage à Dong Nai',
        summary:
          'Le Département des Affaires étrangères est l’interlocuteur qui oriente et accompagne les journalistes étrangers souhaitant réaliser des reportages, des interviews ou des tournages dans la province.',
        body: [
          'Les activités des journalistes étrangers au Viet Nam sont régies par le décret gouvernemental nº 88/2012/NĐ-CP relatif aux activités d’information et de presse des médias étrangers. Avant leur venue, les journalistes transmettent au Département des Affaires étrangères leur programme, la liste de l’équipe et les sujets envisagés.',
          'Le Département organise le programme avec les services concernés, désigne un accompagnateur et facilite la prise de rendez-vous pour les interviews.',
          'Photos, vidéos et documents sur Dong Nai peuvent être téléchargés depuis la médiathèque d’information extérieure de la province, une fois le compte du journaliste créé et approuvé.',
        ],
      },
      zh: {
        title: '外国记者赴同奈省采访指南',
        summary: '同奈省外事厅是指导和协助外国记者在本省开展报道、采访和拍摄活动的联系窗口。',
        body: [
          '外国记者在越南的活动须遵守越南政府关于外国新闻机构信息与新闻活动的第88/2012/NĐ-CP号议定。记者来省前，应将工作日程、团队名单和拟采访内容发送至同奈省外事厅。',
          '外事厅将会同有关部门安排日程，指派联络人员，并协助联系采访对象。',
          '记者注册账户并获批准后，可从本省对外信息资料库下载有关同奈省的图片、视频和资料。',
        ],
      },
      ja: {
        title: 'ドンナイ省で取材を行う外国人記者へのご案内',
        summary:
          'ドンナイ省外務局は、省内での報道、インタビュー、撮影を希望する外国人記者の窓口として案内と支援を行っている。',
        body: [
          'ベトナムにおける外国人記者の活動は、外国報道機関の情報・報道活動に関する政府議定第88/2012/ND-CP号に基づいて行われる。来省前に、取材日程、取材班の名簿、予定している取材内容を外務局に送付する。',
          '外務局は関係機関と調整して日程を組み、担当の案内役を配置し、インタビューの手配を支援する。',
          'ドンナイ省に関する写真、動画、資料は、記者がアカウントを登録し承認を受けた後、省の対外情報ライブラリーからダウンロードできる。',
        ],
      },
      ko: {
        title: '동나이성에서 취재하는 외국 기자를 위한 안내',
        summary:
          '동나이성 외교국은 성내에서 보도, 인터뷰, 촬영을 하려는 외국 기자를 안내하고 지원하는 창구다.',
        body: [
          '베트남에서 외국 기자의 활동은 외국 언론의 정보·보도 활동에 관한 정부 의정 제88/2012/ND-CP호에 따른다. 방문 전에 기자는 취재 일정, 취재진 명단, 예정된 취재 내용을 외교국에 보내야 한다.',
          '외교국은 관계 기관과 협의해 일정을 조율하고 안내 담당자를 배정하며 인터뷰 섭외를 돕는다.',
          '동나이성 관련 사진, 영상, 자료는 기자가 계정을 등록하고 승인을 받은 뒤 성의 대외 정보 라이브러리에서 내려받을 수 있다.',
        ],
      },
      ru: {
        title: 'Памятка для иностранных журналистов, работающих в провинции Донгнай',
        summary:
          'Департамент иностранных дел провинции — контактный центр, который консультирует и помогает иностранным журналистам, желающим вести репортажи, брать интервью и снимать в провинции.',
        body: [
          'Деятельность иностранных журналистов во Вьетнаме регулируется постановлением правительства № 88/2012/ND-CP об информационной и журналистской деятельности иностранных СМИ. До приезда журналисты направляют в Департамент иностранных дел программу работы, список съёмочной группы и предполагаемые темы.',
          'Департамент согласует программу с профильными ведомствами, назначает сопровождающего и помогает договориться об интервью.',
          'Фотографии, видео и материалы о Донгнае можно скачать из библиотеки внешней информации провинции после регистрации учётной записи и её одобрения.',
        ],
      },
      km: {
        title: 'ការណែនាំសម្រាប់អ្នកសារព័ត៌មានបរទេស ដែលមកបំពេញការងារនៅខេត្តដុងណៃ',
        summary:
          'មន្ទីរការបរទេសខេត្តដុងណៃ ជាចំណុចទំនាក់ទំនងដែលណែនាំ និងជួយសម្រួលដល់អ្នកសារព័ត៌មានបរទេស ដែលចង់យកព័ត៌មាន សម្ភាសន៍ ឬថតរូបភាពនៅក្នុងខេត្ត។',
        body: [
          'សកម្មភាពរបស់អ្នកសារព័ត៌មានបរទេសនៅប្រទេសវៀតណាម អនុវត្តតាមអនុក្រឹត្យលេខ 88/2012/NĐ-CP របស់រដ្ឋាភិបាល ស្តីពីសកម្មភាពព័ត៌មាន និងសារព័ត៌មានរបស់ស្ថាប័នសារព័ត៌មានបរទេស។ មុនពេលមកដល់ខេត្ត អ្នកសារព័ត៌មានត្រូវផ្ញើកម្មវិធីការងារ បញ្ជីឈ្មោះសមាជិកក្រុម និងប្រធានបទដែលគ្រោងនឹងយកព័ត៌មាន មកមន្ទីរការបរទេស។',
          'មន្ទីរការបរទេសសហការជាមួយស្ថាប័នពាក់ព័ន្ធ ដើម្បីរៀបចំកាលវិភាគ ចាត់តាំងមន្ត្រីសម្របសម្រួល និងជួយទាក់ទងសម្រាប់ការសម្ភាសន៍។',
          'រូបថត វីដេអូ និងឯកសារអំពីខេត្តដុងណៃ អាចទាញយកបានពីបណ្ណាល័យព័ត៌មានការបរទេសរបស់ខេត្ត បន្ទាប់ពីអ្នកសារព័ត៌មានបានចុះឈ្មោះគណនី និងទទួលបានការអនុម័ត។',
        ],
      },
    },
  },
  {
    key: 'foreign-information-regulation',
    infoType: 'official',
    topics: ['hop-tac-quoc-te'],
    agency: 'van-phong-ubnd-tinh',
    accessTier: 'public',
    status: 'published',
    eventDate: '2025-12-15T02:00:00.000Z',
    sources: [
      {
        title: 'Cổng Thông tin điện tử tỉnh Đồng Nai — Văn bản chỉ đạo, điều hành',
        url: `${PORTAL}/van-ban/quy-che-quan-ly-hoat-dong-thong-tin-doi-ngoai`,
      },
    ],
    photos: ['tran-bien-riverside'],
    text: {
      vi: {
        title: 'Ban hành Quy chế quản lý hoạt động thông tin đối ngoại tỉnh Đồng Nai',
        summary:
          'Ủy ban nhân dân tỉnh ban hành Quy chế quản lý hoạt động thông tin đối ngoại áp dụng cho tỉnh Đồng Nai sau sắp xếp, thay thế các quy chế trước đây của tỉnh Đồng Nai và tỉnh Bình Phước.',
        body: [
          'Quy chế quy định nguyên tắc, nội dung và trách nhiệm của các sở, ngành, địa phương trong hoạt động thông tin đối ngoại; bổ sung nhiệm vụ xây dựng cơ sở dữ liệu số về thông tin đối ngoại và chuyên mục thông tin đối ngoại trên Cổng Thông tin điện tử tỉnh.',
          'Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì quản lý và khai thác cơ sở dữ liệu; các cơ quan, đơn vị có trách nhiệm cung cấp tin, bài, hình ảnh, video để cập nhật thường xuyên.',
          'Quy chế cũng nhấn mạnh công tác thông tin khu vực biên giới, cửa khẩu và việc chủ động cung cấp thông tin chính thống để giải thích, làm rõ các thông tin sai lệch.',
        ],
      },
      en: {
        title: 'Dong Nai issues its regulation on foreign-information work',
        summary:
          'The Provincial People’s Committee has issued a regulation on managing foreign-information activities for the merged province of Dong Nai, replacing the earlier regulations of Dong Nai and Binh Phuoc provinces.',
        body: [
          'The regulation sets out the principles, content and responsibilities of departments, sectors and localities in foreign-information work, and adds the tasks of building a digital foreign-information database and a foreign-information section on the provincial portal.',
          'The Department of Culture, Sports and Tourism is the standing agency that manages and runs the database; agencies and units are responsible for supplying news, articles, photos and videos to keep it up to date.',
          'The regulation also stresses information work in border and border-gate areas and the duty to provide official information promptly to explain and correct misleading reports.',
        ],
      },
    },
  },
  {
    key: 'fdi-ten-months-2026',
    infoType: 'official',
    topics: ['dau-tu'],
    agency: 'so-tai-chinh',
    accessTier: 'public',
    status: 'published',
    withdrawalReason:
      'Số liệu tổng hợp chưa khớp với báo cáo chính thức của Sở Tài chính; bài được gỡ để thay bằng bản cập nhật sau khi số liệu được xác nhận.',
    eventDate: '2026-11-02T02:00:00.000Z',
    sources: [
      {
        title: 'Sở Tài chính tỉnh Đồng Nai — Tình hình thu hút đầu tư',
        url: `${PORTAL}/so-tai-chinh/thu-hut-dau-tu/10-thang-nam-2026`,
      },
    ],
    edNote: 'Chờ Sở Tài chính gửi số liệu chính thức rồi đăng bài thay thế.',
    photos: ['industrial-park-aerial'],
    text: {
      vi: {
        title: 'Đồng Nai thu hút hơn 1,9 tỷ USD vốn đầu tư nước ngoài trong 10 tháng',
        summary:
          'Theo số liệu sơ bộ, 10 tháng năm 2026, tỉnh cấp mới và điều chỉnh tăng vốn cho nhiều dự án đầu tư nước ngoài, chủ yếu trong lĩnh vực công nghiệp chế biến, chế tạo và logistics.',
        body: [
          'Các dự án mới tập trung ở các khu công nghiệp phía nam tỉnh và khu vực quanh Cảng hàng không quốc tế Long Thành. Nhật Bản, Hàn Quốc, Singapore và Trung Quốc là những nhà đầu tư dẫn đầu.',
          'Sở Tài chính cho biết sẽ tiếp tục rà soát quỹ đất sạch trong các khu công nghiệp và đẩy nhanh thủ tục cho các dự án công nghệ cao.',
        ],
      },
      en: {
        title: 'Dong Nai attracts over US$1.9 billion in foreign investment in ten months',
        summary:
          'According to preliminary figures, in the first ten months of 2026 the province licensed new foreign-invested projects and capital increases, mainly in manufacturing and logistics.',
        body: [
          'New projects are concentrated in the industrial parks of the south of the province and around Long Thanh International Airport. Japan, Korea, Singapore and China are the leading investors.',
          'The Department of Finance said it would keep reviewing ready-to-build land in the industrial parks and speed up procedures for high-tech projects.',
        ],
      },
    },
  },
  {
    key: 'investment-promotion-programme-2027',
    infoType: 'official',
    topics: ['dau-tu', 'hop-tac-quoc-te'],
    agency: 'so-tai-chinh',
    accessTier: 'public',
    status: 'published',
    embargoDaysAfterSeeding: 3,
    eventDate: '2026-11-26T02:00:00.000Z',
    place: {
      name: {
        vi: 'Phường Trấn Biên',
        en: 'Tran Bien Ward',
        ja: 'チャンビエン街区',
        ko: '쩐비엔동',
      },
    },
    sources: [
      {
        title: 'Sở Tài chính tỉnh Đồng Nai — Xúc tiến đầu tư',
        url: `${PORTAL}/so-tai-chinh/xuc-tien-dau-tu/chuong-trinh-nam-2027`,
      },
    ],
    edNote:
      'Cấm đăng đến khi lãnh đạo tỉnh công bố chương trình tại hội nghị; không gửi trước cho báo chí ngoài danh sách.',
    photos: ['investment-conference', 'airport-terminal'],
    related: ['long-thanh-airport-logistics'],
    text: {
      vi: {
        title: 'Đồng Nai công bố chương trình xúc tiến đầu tư năm 2027',
        summary:
          'Chương trình xúc tiến đầu tư năm 2027 tập trung vào công nghiệp công nghệ cao, logistics gắn với Cảng hàng không quốc tế Long Thành và các dự án năng lượng tái tạo.',
        body: [
          'Theo chương trình, tỉnh sẽ tổ chức các hội nghị xúc tiến đầu tư tại Nhật Bản và Hàn Quốc, đón các đoàn nhà đầu tư đến khảo sát và cập nhật danh mục dự án kêu gọi đầu tư bằng nhiều ngôn ngữ.',
          'Tỉnh cũng sẽ ra mắt cổng thông tin hỗ trợ nhà đầu tư, nơi cung cấp dữ liệu về quỹ đất, hạ tầng và thủ tục đầu tư.',
          'Danh mục dự án chi tiết sẽ được công bố tại hội nghị và đăng tải trên Cổng Thông tin điện tử tỉnh.',
        ],
      },
      en: {
        title: 'Dong Nai unveils its 2027 investment promotion programme',
        summary:
          'The 2027 investment promotion programme focuses on high-tech industry, logistics linked to Long Thanh International Airport and renewable energy projects.',
        body: [
          'Under the programme, the province will hold investment promotion conferences in Japan and Korea, host investor delegations on site visits and update its multilingual list of projects seeking investment.',
          'The province will also launch an investor support portal with data on available land, infrastructure and investment procedures.',
          'The detailed list of projects will be announced at the conference and published on the provincial portal.',
        ],
      },
      ja: {
        title: 'ドンナイ省、2027年投資促進プログラムを発表',
        summary:
          '2027年の投資促進プログラムは、ハイテク産業、ロンタイン国際空港と連携した物流、再生可能エネルギー事業に重点を置く。',
        body: [
          'プログラムでは、日本と韓国で投資促進会議を開催し、視察に訪れる投資家代表団を受け入れるとともに、多言語で投資誘致プロジェクトの一覧を更新する。',
          '省はまた、用地、インフラ、投資手続きに関するデータを提供する投資家支援ポータルを開設する。',
          '詳細なプロジェクト一覧は会議で発表され、省の電子ポータルに掲載される。',
        ],
      },
      ko: {
        title: '동나이성, 2027년 투자 촉진 프로그램 발표',
        summary:
          '2027년 투자 촉진 프로그램은 첨단 산업, 롱탄 국제공항과 연계한 물류, 재생에너지 사업에 중점을 둔다.',
        body: [
          '프로그램에 따라 성은 일본과 한국에서 투자 촉진 회의를 열고, 현지 조사를 위해 방문하는 투자자 대표단을 맞이하며, 투자 유치 사업 목록을 여러 언어로 갱신한다.',
          '성은 또한 부지, 기반시설, 투자 절차에 관한 자료를 제공하는 투자자 지원 포털을 개설할 예정이다.',
          '세부 사업 목록은 회의에서 발표되고 성 전자 포털에 게시된다.',
        ],
      },
    },
  },
  {
    key: 'japanese-delegation-press-brief',
    infoType: 'official',
    topics: ['hop-tac-quoc-te', 'khu-cong-nghiep'],
    agency: 'so-ngoai-vu',
    accessTier: 'press',
    status: 'published',
    eventDate: '2026-11-10T01:00:00.000Z',
    sources: [
      {
        title: 'Sở Ngoại vụ tỉnh Đồng Nai — Thông tin cho báo chí',
        url: `${PORTAL}/so-ngoai-vu/thong-tin-bao-chi/doan-doanh-nghiep-nhat-ban`,
      },
    ],
    photos: ['delegation-japan', 'industrial-park-aerial'],
    related: ['japanese-investors-industrial-parks'],
    text: {
      vi: {
        title: 'Thông tin báo chí: chương trình làm việc của đoàn doanh nghiệp Nhật Bản',
        summary:
          'Tài liệu dành cho phóng viên được cấp phép: lịch trình, địa điểm ghi hình và đầu mối liên hệ trong chuyến khảo sát của đoàn doanh nghiệp Nhật Bản tại các khu công nghiệp Đồng Nai.',
        body: [
          'Đoàn gồm đại diện hơn 20 doanh nghiệp Nhật Bản trong lĩnh vực linh kiện điện tử, cơ khí chính xác và logistics. Đoàn sẽ làm việc với lãnh đạo tỉnh vào buổi sáng và khảo sát thực địa tại Nhơn Trạch, Long Thành vào buổi chiều.',
          'Phóng viên được ghi hình phần khai mạc buổi làm việc và phần khảo sát nhà xưởng. Phỏng vấn trưởng đoàn được bố trí sau buổi làm việc, thời lượng 10 phút.',
          'Đầu mối liên hệ: Phòng Thông tin đối ngoại, Sở Ngoại vụ.',
        ],
      },
      en: {
        title: 'Press information: programme of the Japanese business delegation',
        summary:
          'For accredited journalists: schedule, filming locations and contacts for the Japanese business delegation’s visit to Dong Nai’s industrial parks.',
        body: [
          'The delegation comprises representatives of more than 20 Japanese companies in electronic components, precision engineering and logistics. It will meet provincial leaders in the morning and visit sites in Nhon Trach and Long Thanh in the afternoon.',
          'Journalists may film the opening of the meeting and the factory visits. A ten-minute interview with the head of the delegation will be arranged after the meeting.',
          'Contact: Foreign Information Division, Department of Foreign Affairs.',
        ],
      },
      ja: {
        title: '報道関係者向け資料：日本企業代表団の日程',
        summary:
          '許可を受けた記者向けに、日本企業代表団によるドンナイ省工業団地視察の日程、撮影場所、連絡先を案内する。',
        body: [
          '代表団は電子部品、精密機械、物流分野の日本企業20社以上の代表で構成される。午前は省指導部と会談し、午後はニョンチャックとロンタインで現地視察を行う。',
          '記者は会談の冒頭部分と工場視察を撮影できる。団長へのインタビューは会談終了後に10分間設ける。',
          '連絡先：外務局対外情報課。',
        ],
      },
    },
  },
  {
    key: 'cat-tien-hoofed-mammal-survey',
    infoType: 'official',
    topics: ['moi-truong', 'du-lich-sinh-thai'],
    agency: 'xa-nam-cat-tien',
    accessTier: 'press',
    status: 'published',
    eventDate: '2026-03-18T02:00:00.000Z',
    place: {
      name: { vi: 'Vườn quốc gia Cát Tiên', en: 'Cat Tien National Park' },
      latitude: 11.4225,
      longitude: 107.4289,
    },
    sources: [
      {
        title: 'Cổng Thông tin điện tử tỉnh Đồng Nai — Tài liệu báo chí',
        url: `${PORTAL}/tai-lieu-bao-chi/dieu-tra-thu-mong-guoc-cat-tien`,
      },
    ],
    photos: ['cat-tien-dusk'],
    related: ['cat-tien-dry-season'],
    text: {
      vi: {
        title: 'Tài liệu báo chí: kết quả điều tra thú móng guốc ở Cát Tiên',
        summary:
          'Bộ tài liệu dành cho phóng viên gồm bản tóm tắt kết quả điều tra, ảnh bẫy ảnh đã được chọn lọc và hướng dẫn đưa tin để không làm lộ vị trí các loài nguy cấp.',
        body: [
          'Đợt điều tra mùa khô sử dụng bẫy ảnh và tuyến điều tra để đánh giá quần thể bò tót, nai, hoẵng và heo rừng trong vườn. Kết quả cho thấy quần thể bò tót ổn định ở khu vực trảng cỏ trung tâm.',
          'Ban quản lý vườn đề nghị cơ quan báo chí không công bố tọa độ, tên tiểu khu hay thời gian cụ thể của các lần ghi nhận, để tránh tạo điều kiện cho săn bắt trái phép.',
        ],
      },
      en: {
        title: 'Press pack: results of the hoofed-mammal survey in Cat Tien',
        summary:
          'A pack for journalists with a summary of the survey results, selected camera-trap images and reporting guidance to avoid revealing the whereabouts of endangered species.',
        body: [
          'The dry-season survey used camera traps and transects to assess the park’s populations of gaur, sambar, muntjac and wild boar. The results show a stable gaur population around the central grasslands.',
          'The park asks the media not to publish coordinates, compartment names or exact times of sightings, so as not to help poachers.',
        ],
      },
    },
  },
  {
    key: 'foreign-press-digest-q3-2026',
    infoType: 'official',
    topics: ['hop-tac-quoc-te'],
    agency: 'so-vhttdl',
    accessTier: 'internal',
    status: 'published',
    eventDate: '2026-10-05T02:00:00.000Z',
    sources: [
      {
        title: 'Sở Văn hóa, Thể thao và Du lịch — Báo cáo theo dõi dư luận',
        url: `${PORTAL}/so-van-hoa-the-thao-du-lich/noi-bo/tong-hop-du-luan-quy-3-2026`,
      },
    ],
    edNote:
      'Tài liệu nội bộ, phục vụ giao ban thông tin đối ngoại tháng 10; không trích dẫn ra ngoài.',
    photos: [],
    text: {
      vi: {
        title: 'Tổng hợp dư luận báo chí nước ngoài về Đồng Nai quý III/2026',
        summary:
          'Báo cáo tổng hợp các bài viết của báo chí nước ngoài và ý kiến trên mạng xã hội quốc tế liên quan đến Đồng Nai trong quý III, kèm đề xuất nội dung thông tin đối ngoại cho quý IV.',
        body: [
          'Trong quý, báo chí nước ngoài quan tâm nhiều nhất đến tiến độ Cảng hàng không quốc tế Long Thành, làn sóng đầu tư của doanh nghiệp Nhật Bản, Hàn Quốc vào các khu công nghiệp và du lịch sinh thái Cát Tiên. Phần lớn bài viết có nội dung khách quan, tích cực.',
          'Một số bài viết và bình luận trên mạng xã hội đưa thông tin chưa chính xác về việc bồi thường, tái định cư tại dự án sân bay. Đề nghị chủ động cung cấp số liệu chính thức và tổ chức cho phóng viên nước ngoài tiếp cận khu tái định cư.',
          'Đề xuất quý IV: tăng tin, bài bằng tiếng Anh, tiếng Nhật, tiếng Hàn về môi trường đầu tư; chuẩn bị bộ ảnh chất lượng cao về lễ hội của đồng bào dân tộc thiểu số.',
        ],
      },
    },
  },
  {
    key: 'tbong-khmum-delegation-plan',
    infoType: 'official',
    topics: ['bien-gioi', 'hop-tac-quoc-te'],
    agency: 'so-ngoai-vu',
    accessTier: 'internal',
    status: 'published',
    eventDate: '2026-11-27T01:00:00.000Z',
    sources: [
      {
        title: 'Sở Ngoại vụ tỉnh Đồng Nai — Kế hoạch đón đoàn',
        url: `${PORTAL}/so-ngoai-vu/noi-bo/ke-hoach-don-doan-tbong-khmum`,
      },
    ],
    photos: ['reception-rehearsal'],
    text: {
      vi: {
        title: 'Kế hoạch đón tiếp đoàn đại biểu tỉnh Tbong Khmum (Campuchia)',
        summary:
          'Phân công nhiệm vụ cho các sở, ngành trong việc đón tiếp, làm việc và đưa tin về chuyến thăm của đoàn đại biểu tỉnh Tbong Khmum.',
        body: [
          'Sở Ngoại vụ chủ trì lễ đón, bố trí phiên dịch tiếng Khmer và chuẩn bị nội dung hội đàm về hợp tác thương mại, y tế và quản lý biên giới.',
          'Báo và Phát thanh, Truyền hình Đồng Nai cử phóng viên đưa tin, chuẩn bị bản tin bằng tiếng Việt, tiếng Anh và tiếng Khmer để đăng tải sau khi kết thúc hội đàm.',
          'Các đơn vị gửi danh sách cán bộ tham gia về Sở Ngoại vụ trước ngày tổng duyệt.',
        ],
      },
    },
  },
  {
    key: 'airport-interview-talking-points',
    infoType: 'official',
    topics: ['san-bay-long-thanh'],
    agency: 'van-phong-ubnd-tinh',
    accessTier: 'restricted',
    status: 'published',
    eventDate: '2026-11-12T02:00:00.000Z',
    sources: [
      {
        title: 'Văn phòng Ủy ban nhân dân tỉnh — Tài liệu phục vụ lãnh đạo',
        url: `${PORTAL}/van-phong-ubnd/noi-bo/de-cuong-tra-loi-phong-van-long-thanh`,
      },
    ],
    edNote:
      'Chỉ chia sẻ với lãnh đạo tỉnh và người phát ngôn; cập nhật số liệu tái định cư trước mỗi buổi phỏng vấn.',
    photos: ['airport-site-survey'],
    related: ['long-thanh-airport-logistics'],
    text: {
      vi: {
        title:
          'Đề cương trả lời phỏng vấn báo chí nước ngoài về Cảng hàng không quốc tế Long Thành',
        summary:
          'Các câu hỏi báo chí nước ngoài thường đặt ra về dự án sân bay và nội dung trả lời thống nhất dành cho người phát ngôn của tỉnh.',
        body: [
          'Về tiến độ: nêu các hạng mục đã hoàn thành, kế hoạch khai thác theo công bố của chủ đầu tư; không đưa ra mốc thời gian chưa được cấp có thẩm quyền công bố.',
          'Về tái định cư: nhấn mạnh các khu tái định cư đã có hạ tầng đồng bộ, chính sách hỗ trợ chuyển đổi nghề và đào tạo việc làm cho người dân; dẫn số liệu mới nhất do Sở Tài chính cung cấp.',
          'Về môi trường và tiếng ồn: giới thiệu kết quả quan trắc định kỳ và kênh tiếp nhận phản ánh của người dân.',
        ],
      },
    },
  },
  {
    key: 'chua-ong-festival-2027',
    infoType: 'promotional',
    topics: ['le-hoi', 'van-hoa', 'di-san'],
    agency: 'phuong-tran-bien',
    accessTier: 'public',
    status: 'draft',
    eventDate: '2027-02-19T01:00:00.000Z',
    place: {
      name: {
        vi: 'Thất Phủ Cổ Miếu (Chùa Ông), Cù lao Phố',
        en: 'Thất Phủ Cổ Miếu (Ong Pagoda), Pho Islet',
      },
      latitude: 10.9403,
      longitude: 106.8447,
    },
    sources: [
      {
        title: 'Ủy ban nhân dân phường Trấn Biên — Văn hóa',
        url: `${PORTAL}/phuong-tran-bien/van-hoa/le-hoi-chua-ong`,
      },
    ],
    edNote: 'Chờ Ban quản lý di tích xác nhận lịch lễ chính thức trước khi gửi duyệt.',
    photos: ['bien-hoa-riverside-night'],
    text: {
      vi: {
        title: 'Lễ hội Chùa Ông Cù lao Phố xuân Đinh Mùi 2027',
        summary:
          'Lễ hội truyền thống tại Thất Phủ Cổ Miếu, ngôi miếu cổ của cộng đồng người Hoa ở Cù lao Phố, diễn ra vào tháng Giêng âm lịch với nhiều nghi lễ và hoạt động văn hóa đặc sắc.',
        body: [
          'Thất Phủ Cổ Miếu, thường gọi là Chùa Ông, được xây dựng từ cuối thế kỷ XVII, gắn với lịch sử thương cảng Cù lao Phố. Miếu là di tích kiến trúc nghệ thuật quốc gia.',
          'Lễ hội đầu năm thu hút đông đảo người dân và du khách đến dâng hương, xem múa lân sư rồng và tham dự các hoạt động văn hóa dân gian.',
        ],
      },
      en: {
        title: 'Ong Pagoda festival on Pho Islet, spring 2027',
        summary:
          'The traditional festival at Thất Phủ Cổ Miếu, the old temple of the Chinese community on Pho Islet, takes place in the first lunar month with rites and cultural performances.',
        body: [
          'Thất Phủ Cổ Miếu, commonly called Ong Pagoda, was built in the late 17th century and is tied to the history of the Pho Islet trading port.',
        ],
      },
    },
  },
  {
    key: 'ocop-products-export',
    infoType: 'promotional',
    topics: ['kinh-te-xa-hoi'],
    agency: 'xa-bu-gia-map',
    accessTier: 'public',
    status: 'draft',
    eventDate: '2026-12-10T01:00:00.000Z',
    sources: [
      {
        title: 'Ủy ban nhân dân xã Bù Gia Mập — Kinh tế',
        url: `${PORTAL}/xa-bu-gia-map/kinh-te/san-pham-ocop`,
      },
    ],
    photos: ['cashew-orchard'],
    text: {
      vi: {
        title: 'Hạt điều Bù Gia Mập và hành trình ra thị trường quốc tế',
        summary:
          'Các hợp tác xã ở Bù Gia Mập đang nâng chất lượng sản phẩm OCOP từ hạt điều, chuẩn bị tham gia hội chợ quốc tế đầu năm tới.',
        body: [
          'Vùng đất Bình Phước cũ, nay thuộc tỉnh Đồng Nai, được biết đến là vùng trồng điều lớn của cả nước. Nhiều hợp tác xã ở Bù Gia Mập đã có sản phẩm đạt chuẩn OCOP như hạt điều rang muối, điều sấy mật ong.',
          'Các hợp tác xã đang hoàn thiện bao bì, nhãn mác song ngữ và hồ sơ truy xuất nguồn gốc để giới thiệu sản phẩm tới nhà nhập khẩu nước ngoài.',
        ],
      },
    },
  },
  {
    key: 'eco-industrial-parks-transition',
    infoType: 'official',
    topics: ['khu-cong-nghiep', 'moi-truong'],
    agency: 'so-tai-chinh',
    accessTier: 'public',
    status: 'draft',
    eventDate: '2026-12-01T02:00:00.000Z',
    sources: [
      {
        title: 'Sở Tài chính tỉnh Đồng Nai — Khu công nghiệp',
        url: `${PORTAL}/so-tai-chinh/khu-cong-nghiep/chuyen-doi-khu-cong-nghiep-sinh-thai`,
      },
    ],
    photos: [],
    text: {
      vi: {
        title: 'Chuyển đổi khu công nghiệp theo mô hình sinh thái',
        summary:
          'Tỉnh lựa chọn một số khu công nghiệp để thí điểm mô hình khu công nghiệp sinh thái, khuyến khích doanh nghiệp dùng chung năng lượng, nước và tái sử dụng chất thải.',
        body: [
          'Mô hình khu công nghiệp sinh thái giúp doanh nghiệp giảm chi phí, giảm phát thải và đáp ứng yêu cầu ngày càng cao của khách hàng quốc tế về sản xuất xanh.',
          'Các khu công nghiệp được chọn sẽ được hỗ trợ đánh giá hiện trạng, xây dựng lộ trình chuyển đổi và kết nối với các tổ chức quốc tế có kinh nghiệm.',
        ],
      },
      en: {
        title: 'Turning industrial parks into eco-industrial parks',
        summary:
          'The province is choosing several industrial parks to pilot the eco-industrial park model, encouraging companies to share energy and water and to reuse waste.',
        body: [
          'The eco-industrial model helps companies cut costs and emissions and meet international customers’ growing demand for green production.',
        ],
      },
    },
  },
]
