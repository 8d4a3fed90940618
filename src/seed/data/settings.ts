import type { Locale } from '../../i18n/locales'

/** The province this demo deployment serves; another province changes these values only. */
export const settingsSeed: {
  provinceName: Partial<Record<Locale, string>> & { vi: string }
  databaseName: Partial<Record<Locale, string>> & { vi: string }
  defaultCredit: Partial<Record<Locale, string>> & { vi: string }
  /** Left out in some languages on purpose: the library shows the fallback, marked. */
  footerText: Partial<Record<Locale, string>> & { vi: string }
  usageTerms: Partial<Record<Locale, string>> & { vi: string }
  managingAgencyCode: string
} = {
  provinceName: {
    vi: 'Đồng Nai',
    en: 'Dong Nai',
    zh: '同奈',
    ja: 'ドンナイ',
    ko: '동나이',
    fr: 'Dong Nai',
    ru: 'Донгнай',
    km: 'ដុងណៃ',
  },
  databaseName: {
    vi: 'Cơ sở dữ liệu thông tin đối ngoại tỉnh Đồng Nai',
    en: 'Dong Nai Province Foreign Information Database',
    fr: 'Base de données d’information extérieure de la province de Dong Nai',
    zh: '同奈省对外信息数据库',
    ja: 'ドンナイ省対外情報データベース',
    ko: '동나이성 대외정보 데이터베이스',
    ru: 'База данных внешней информации провинции Донгнай',
    km: 'មូលដ្ឋានទិន្នន័យព័ត៌មានការបរទេសខេត្តដុងណៃ',
  },
  defaultCredit: {
    vi: 'Cơ sở dữ liệu thông tin đối ngoại tỉnh Đồng Nai',
    en: 'Dong Nai Province Foreign Information Database',
  },
  footerText: {
    vi: 'Cơ sở dữ liệu thông tin đối ngoại do Ủy ban nhân dân tỉnh Đồng Nai thành lập theo Nghị định 72/2015/NĐ-CP.',
    en: 'The foreign-information database set up by the People’s Committee of Dong Nai Province under Decree 72/2015/ND-CP.',
    ja: 'ドンナイ省人民委員会が政令72/2015/ND-CPに基づき設置した対外情報データベースです。',
  },
  usageTerms: {
    vi: 'Nội dung công khai được sử dụng lại miễn phí khi ghi rõ nguồn và không làm sai lệch nội dung. Mỗi ảnh, video, ấn phẩm có thể có điều khoản riêng.',
    en: 'Public content may be reused free of charge with its credit line and without distorting it. Each photo, video and publication may carry terms of its own.',
  },
  managingAgencyCode: 'so-vhttdl',
}
