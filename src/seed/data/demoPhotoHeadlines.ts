import type { LocalizedText } from './demoPhotos'
import type { DemoKeyword } from './demoKeywords'

/** What names a demo photo in the library: its headline, and its keywords (concepts). */
export type DemoPhotoTitle = {
  /**
   * In each language the photo's caption is written in: a headline in a language the photo is
   * not translated into would publish that language with a Vietnamese caption.
   */
  headline: LocalizedText
  keywords: readonly DemoKeyword[]
}

/**
 * The headlines and keywords of the demo photos (src/seed/data/demoPhotos.ts), by photo key: a
 * short title as an agency would file it (IPTC Headline), never the alternative text.
 */
export const demoPhotoTitles: Record<string, DemoPhotoTitle> = {
  'airport-terminal': {
    headline: {
      vi: 'Nhà ga hình hoa sen của sân bay Long Thành',
      en: 'Long Thanh Airport’s lotus-shaped terminal',
      ja: 'ロンタイン空港の蓮形ターミナル',
      ko: '롱탄 공항의 연꽃 모양 터미널',
      zh: '隆城机场的莲花形航站楼',
    },
    keywords: ['airport', 'infrastructure', 'investment'],
  },
  'airport-runway-golden-hour': {
    headline: {
      vi: 'Bay hiệu chuẩn trên đường cất hạ cánh số 1',
      en: 'Calibration flight over runway 1',
      ja: '第1滑走路で校正飛行',
      ko: '제1활주로 상공의 교정 비행',
      zh: '一号跑道上空的校验飞行',
    },
    keywords: ['airport', 'infrastructure'],
  },
  'industrial-park-aerial': {
    headline: {
      vi: 'Nhà máy vốn nước ngoài ở Nhơn Trạch',
      en: 'Foreign-invested factories in Nhon Trach',
      ja: 'ニョンチャックの外資系工場',
    },
    keywords: ['industrialPark', 'investment'],
  },
  'phuoc-an-port': {
    headline: {
      vi: 'Bến container ven sông phục vụ xuất khẩu',
      en: 'Riverside container terminal for exporters',
      ja: '輸出を支える川沿いのコンテナ埠頭',
    },
    keywords: ['port', 'trade', 'industrialPark'],
  },
  'delegation-korea': {
    headline: {
      vi: 'Tiếp đoàn doanh nghiệp Hàn Quốc bàn về lao động lành nghề',
      en: 'Korean business delegation talks skilled labour',
      ko: '한국 기업 대표단, 숙련 인력 수요 논의',
    },
    keywords: ['delegation', 'cooperation', 'investment'],
  },
  'delegation-france': {
    headline: {
      vi: 'Hợp tác với chuyên gia Pháp về bảo tồn di sản',
      en: 'French experts join heritage conservation talks',
      fr: 'Des experts français associés à la conservation du patrimoine',
    },
    keywords: ['delegation', 'cooperation', 'historicSite'],
  },
  'delegation-japan': {
    headline: {
      vi: 'Đoàn doanh nghiệp Nhật Bản trước chuyến khảo sát',
      en: 'Japanese business delegation before a site visit',
      ja: '視察を前に日本企業代表団が会談',
    },
    keywords: ['delegation', 'investment', 'industrialPark'],
  },
  'pottery-workshop': {
    headline: {
      vi: 'Giữ nghề men màu gốm Biên Hòa',
      en: 'Keeping Bien Hoa’s coloured glazes alive',
      fr: 'Les émaux colorés de Bien Hoa toujours vivants',
      ja: 'ビエンホア焼の色釉を守る工房',
    },
    keywords: ['pottery', 'handicraft'],
  },
  'pottery-copper-green': {
    headline: {
      vi: 'Men xanh đồng, màu làm nên tên tuổi gốm Biên Hòa',
      en: 'Copper green, the glaze of Bien Hoa pottery',
      fr: 'Le vert de cuivre, émail de la poterie de Bien Hoa',
      ja: 'ビエンホア焼を象徴する青銅色の釉',
    },
    keywords: ['pottery', 'handicraft'],
  },
  'cat-tien-forest': {
    headline: {
      vi: 'Rừng nguyên sinh Cát Tiên bên sông Đồng Nai',
      en: 'Cat Tien’s primary forest on the Dong Nai River',
      fr: 'La forêt primaire de Cat Tien au bord du fleuve Dong Nai',
      ru: 'Первичный лес Каттьен на реке Донгнай',
      zh: '同奈河畔的吉仙原始森林',
    },
    keywords: ['forest', 'nationalPark', 'biodiversity'],
  },
  'bau-sau-wetland': {
    headline: {
      vi: 'Bình minh trên đất ngập nước Ramsar Bàu Sấu',
      en: 'Dawn over the Bau Sau Ramsar wetland',
      fr: 'L’aube sur la zone humide Ramsar de Bau Sau',
      ru: 'Рассвет над рамсарским угодьем Баусау',
      zh: '拉姆萨尔湿地鳄鱼湖的黎明',
    },
    keywords: ['wetland', 'nationalPark', 'biodiversity'],
  },
  'dong-nai-river-cat-tien': {
    headline: {
      vi: 'Sông Đồng Nai chiều qua Cát Tiên',
      en: 'The Dong Nai River at Cat Tien',
      ru: 'Река Донгнай у Каттьена',
    },
    keywords: ['river', 'nationalPark'],
  },
  'cat-tien-research-plot': {
    headline: {
      vi: 'Ô nghiên cứu rừng Việt – Nga ở Cát Tiên',
      en: 'Vietnamese-Russian forest research plot',
      ru: 'Вьетнамско-российский лесной участок наблюдений',
    },
    keywords: ['forest', 'cooperation', 'biodiversity'],
  },
  'buu-long-lake': {
    headline: {
      vi: 'Hồ Long Ấn, “vịnh Hạ Long thu nhỏ”',
      en: 'Long An Lake, a “miniature Ha Long Bay”',
      zh: '龙印湖——“微缩版下龙湾”',
      ko: '롱안 호수, ‘작은 하롱베이’',
    },
    keywords: ['lake', 'scenicSpot', 'tourism'],
  },
  'buu-long-rocks': {
    headline: {
      vi: 'Núi đá Bửu Long nhìn từ bờ hồ',
      en: 'Buu Long’s rocky hills from the lakeside',
      zh: '从湖边眺望宝龙石山',
      ko: '호숫가에서 본 부롱 바위산',
    },
    keywords: ['scenicSpot', 'tourism'],
  },
  'chro-gong-circle': {
    headline: {
      vi: 'Vòng cồng chiêng Chơro đêm Sa Yang Va',
      en: 'Chơro gongs on the night of Sa Yang Va',
      fr: 'Les gongs chơro la nuit de Sa Yang Va',
    },
    keywords: ['gongs', 'festival', 'ethnicCulture'],
  },
  'chro-rice-offering': {
    headline: {
      vi: 'Già làng Chơro dâng lúa mới cho Thần Lúa',
      en: 'Chơro elder offers new rice to the Rice Spirit',
      fr: 'Un ancien chơro offre le riz nouveau à l’Esprit du riz',
    },
    keywords: ['festival', 'rice', 'ethnicCulture'],
  },
  'stieng-brocade': {
    headline: {
      vi: 'Hoa văn thổ cẩm S’tiêng ở Bom Bo',
      en: 'S’tiêng brocade patterns from Bom Bo',
      km: 'ក្បាច់ក្រណាត់ត្បាញស្ទៀងនៅភូមិបុមបូ',
    },
    keywords: ['weaving', 'handicraft', 'ethnicCulture'],
  },
  'bom-bo-village-festival': {
    headline: {
      vi: 'Tái hiện giã gạo nuôi quân ở Bom Bo',
      en: 'Bom Bo re-enacts pounding rice for the soldiers',
      km: 'ភូមិបុមបូសម្តែងឡើងវិញការបុកស្រូវផ្គត់ផ្គង់ទាហាន',
    },
    keywords: ['festival', 'ethnicCulture', 'historicSite'],
  },
  'ta-lai-ripe-fields': {
    headline: {
      vi: 'Lúa chín ở Tà Lài trước lễ hội mừng lúa mới',
      en: 'Ripe rice in Ta Lai before the new-rice festival',
    },
    keywords: ['rice', 'agriculture', 'ethnicCulture'],
  },
  'ta-lai-harvest-festival': {
    headline: {
      vi: 'Lễ mừng lúa mới của người Mạ ở Tà Lài',
      en: 'The Mạ new-rice festival in Ta Lai',
    },
    keywords: ['festival', 'rice', 'ethnicCulture'],
  },
  'ta-thiet-jungle-base': {
    headline: {
      vi: 'Lán trại dưới tán rừng ở căn cứ Tà Thiết',
      en: 'Huts under the canopy at the Ta Thiet base',
    },
    keywords: ['historicSite', 'forest'],
  },
  'war-zone-d-monument': {
    headline: {
      vi: 'Đài tưởng niệm Chiến khu Đ',
      en: 'The War Zone D memorial',
    },
    keywords: ['historicSite', 'tourism'],
  },
  'hoa-lu-border-gate': {
    headline: {
      vi: 'Cửa khẩu quốc tế Hoa Lư, cửa ngõ sang Kratie',
      en: 'Hoa Lu border gate, the gateway to Kratie',
      km: 'ច្រកព្រំដែនអន្តរជាតិហ័រលូ ច្រកចូលទៅក្រចេះ',
    },
    keywords: ['borderGate', 'trade'],
  },
  'hoa-lu-trade-traffic': {
    headline: {
      vi: 'Xe hàng thông quan tại cửa khẩu Hoa Lư',
      en: 'Lorries clear customs at Hoa Lu',
      km: 'រថយន្តដឹកទំនិញឆ្លងគយនៅហ័រលូ',
      zh: '货车在华闾口岸通关',
    },
    keywords: ['borderGate', 'trade'],
  },
  'hoa-lu-customs-check': {
    headline: {
      vi: 'Kiểm tra hàng xuất khẩu ở cửa khẩu Hoa Lư',
      en: 'Export goods inspected at Hoa Lu',
      km: 'ការត្រួតពិនិត្យទំនិញនាំចេញនៅហ័រលូ',
    },
    keywords: ['borderGate', 'trade'],
  },
  'border-friendship-exchange': {
    headline: {
      vi: 'Giao lưu hữu nghị hai bên biên giới ở Hoa Lư',
      en: 'Friendship across the border at Hoa Lu',
      km: 'ការផ្លាស់ប្តូរមិត្តភាពឆ្លងព្រំដែននៅហ័រលូ',
    },
    keywords: ['cooperation', 'borderGate', 'festival'],
  },
  'scholarship-ceremony': {
    headline: {
      vi: 'Trao học bổng cho sinh viên Campuchia',
      en: 'Scholarships for Cambodian students',
      km: 'ប្រគល់អាហារូបករណ៍ដល់និស្សិតកម្ពុជា',
    },
    keywords: ['education', 'cooperation'],
  },
  'rubber-plantation': {
    headline: {
      vi: 'Rừng cao su lúc bình minh',
      en: 'A rubber plantation at dawn',
      fr: 'Une plantation d’hévéas à l’aube',
    },
    keywords: ['rubber', 'agriculture'],
  },
  'cashew-orchard': {
    headline: {
      vi: 'Mùa thu hoạch điều ở Bù Gia Mập',
      en: 'Cashew harvest in Bu Gia Map',
    },
    keywords: ['agriculture', 'fruit'],
  },
  'long-khanh-rambutan': {
    headline: {
      vi: 'Vườn chôm chôm Long Khánh vào mùa',
      en: 'Rambutan season in Long Khanh',
      zh: '隆庆红毛丹丰收季',
    },
    keywords: ['fruit', 'agriculture', 'tourism'],
  },
  'tri-an-reservoir': {
    headline: {
      vi: 'Hoàng hôn trên hồ Trị An',
      en: 'Sunset over Tri An Reservoir',
    },
    keywords: ['reservoir', 'lake'],
  },
  'press-centre': {
    headline: {
      vi: 'Họp báo định kỳ của tỉnh',
      en: 'The province’s regular press conference',
      fr: 'La conférence de presse régulière de la province',
      zh: '省例行新闻发布会',
      ja: '省の定例記者会見',
      ko: '성 정례 기자회견',
      ru: 'Регулярная пресс-конференция провинции',
      km: 'សន្និសីទសារព័ត៌មានប្រចាំរបស់ខេត្ត',
    },
    keywords: ['press'],
  },
  'tran-bien-riverside': {
    headline: {
      vi: 'Bờ sông Trấn Biên đầu mùa khô',
      en: 'The Tran Bien waterfront in the dry season',
    },
    keywords: ['river', 'city'],
  },
  'investment-conference': {
    headline: {
      vi: 'Hội nghị xúc tiến đầu tư với nhà đầu tư Nhật, Hàn',
      en: 'Investment conference with Japanese and Korean investors',
      ja: '日韓の投資家を迎えた投資促進会議',
      ko: '한일 투자자 대상 투자 유치 회의',
    },
    keywords: ['investment', 'cooperation'],
  },
  'bien-hoa-riverside-night': {
    headline: {
      vi: 'Bờ sông Đồng Nai về đêm gần cù lao Phố',
      en: 'The Dong Nai riverside by night',
    },
    keywords: ['river', 'city'],
  },
  'reception-rehearsal': {
    headline: {
      vi: 'Tổng duyệt lễ đón đoàn Tbong Khmum',
      en: 'Rehearsing the welcome for Tbong Khmum',
    },
    keywords: ['delegation', 'cooperation'],
  },
  'airport-site-survey': {
    headline: {
      vi: 'Khảo sát vị trí phỏng vấn tại nhà ga Long Thành',
      en: 'Surveying the interview spot at Long Thanh',
    },
    keywords: ['airport', 'press'],
  },
  'thac-mai-waterfall': {
    headline: {
      vi: 'Thác nước giữa rừng ở Định Quán',
      en: 'A forest waterfall in Dinh Quan',
    },
    keywords: ['waterfall', 'forest', 'tourism'],
  },
  'cat-tien-dusk': {
    headline: {
      vi: 'Trảng cỏ Cát Tiên lúc chạng vạng',
      en: 'Cat Tien grassland at dusk',
    },
    keywords: ['nationalPark', 'biodiversity'],
  },
}
