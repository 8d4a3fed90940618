import type { Locale } from '../../i18n/locales'

export type TopicSeed = {
  slug: string
  parent?: string
  name: Record<Locale, string>
}

/** Subjects of the province's foreign information, parents before their children. */
export const topicSeeds: TopicSeed[] = [
  {
    slug: 'dau-tu',
    name: { vi: 'Đầu tư', en: 'Investment', zh: '投资', ja: '投資', ko: '투자', fr: 'Investissement', ru: 'Инвестиции', km: 'ការវិនិយោគ' },
  },
  {
    slug: 'khu-cong-nghiep',
    parent: 'dau-tu',
    name: { vi: 'Khu công nghiệp', en: 'Industrial parks', zh: '工业园区', ja: '工業団地', ko: '산업단지', fr: 'Parcs industriels', ru: 'Индустриальные парки', km: 'តំបន់ឧស្សាហកម្ម' },
  },
  {
    slug: 'san-bay-long-thanh',
    parent: 'dau-tu',
    name: { vi: 'Cảng hàng không quốc tế Long Thành', en: 'Long Thanh International Airport', zh: '隆城国际机场', ja: 'ロンタイン国際空港', ko: '롱탄 국제공항', fr: 'Aéroport international de Long Thanh', ru: 'Международный аэропорт Лонгтхань', km: 'អាកាសយានដ្ឋានអន្តរជាតិឡុងថាញ់' },
  },
  {
    slug: 'du-lich',
    name: { vi: 'Du lịch', en: 'Tourism', zh: '旅游', ja: '観光', ko: '관광', fr: 'Tourisme', ru: 'Туризм', km: 'ទេសចរណ៍' },
  },
  {
    slug: 'du-lich-sinh-thai',
    parent: 'du-lich',
    name: { vi: 'Du lịch sinh thái', en: 'Ecotourism', zh: '生态旅游', ja: 'エコツーリズム', ko: '생태 관광', fr: 'Écotourisme', ru: 'Экотуризм', km: 'ទេសចរណ៍អេកូ' },
  },
  {
    slug: 'di-san',
    parent: 'du-lich',
    name: { vi: 'Di tích, di sản', en: 'Heritage sites', zh: '文化遗产', ja: '遺産・史跡', ko: '유적과 유산', fr: 'Patrimoine', ru: 'Наследие', km: 'បេតិកភណ្ឌ' },
  },
  {
    slug: 'van-hoa',
    name: { vi: 'Văn hóa', en: 'Culture', zh: '文化', ja: '文化', ko: '문화', fr: 'Culture', ru: 'Культура', km: 'វប្បធម៌' },
  },
  {
    slug: 'le-hoi',
    parent: 'van-hoa',
    name: { vi: 'Lễ hội', en: 'Festivals', zh: '节庆', ja: '祭り', ko: '축제', fr: 'Festivals', ru: 'Фестивали', km: 'ពិធីបុណ្យ' },
  },
  {
    slug: 'dong-bao-dan-toc',
    parent: 'van-hoa',
    name: { vi: 'Đồng bào các dân tộc', en: 'Ethnic communities', zh: '各民族同胞', ja: '少数民族', ko: '소수 민족 공동체', fr: 'Communautés ethniques', ru: 'Этнические общины', km: 'សហគមន៍ជនជាតិ' },
  },
  {
    slug: 'lich-su',
    name: { vi: 'Lịch sử', en: 'History', zh: '历史', ja: '歴史', ko: '역사', fr: 'Histoire', ru: 'История', km: 'ប្រវត្តិសាស្ត្រ' },
  },
  {
    slug: 'bien-gioi',
    name: { vi: 'Biên giới', en: 'Border affairs', zh: '边境', ja: '国境', ko: '국경', fr: 'Frontière', ru: 'Граница', km: 'ព្រំដែន' },
  },
  {
    slug: 'hop-tac-quoc-te',
    name: { vi: 'Hợp tác quốc tế', en: 'International cooperation', zh: '国际合作', ja: '国際協力', ko: '국제 협력', fr: 'Coopération internationale', ru: 'Международное сотрудничество', km: 'កិច្ចសហប្រតិបត្តិការអន្តរជាតិ' },
  },
  {
    slug: 'kinh-te-xa-hoi',
    name: { vi: 'Kinh tế - xã hội', en: 'Economy and society', zh: '经济社会', ja: '経済・社会', ko: '경제·사회', fr: 'Économie et société', ru: 'Экономика и общество', km: 'សេដ្ឋកិច្ច និងសង្គម' },
  },
  {
    slug: 'moi-truong',
    name: { vi: 'Môi trường', en: 'Environment', zh: '环境', ja: '環境', ko: '환경', fr: 'Environnement', ru: 'Окружающая среда', km: 'បរិស្ថាន' },
  },
  {
    slug: 'giao-duc-dao-tao',
    name: { vi: 'Giáo dục - đào tạo', en: 'Education and training', zh: '教育培训', ja: '教育・訓練', ko: '교육·훈련', fr: 'Éducation et formation', ru: 'Образование', km: 'ការអប់រំ និងបណ្តុះបណ្តាល' },
  },
]
