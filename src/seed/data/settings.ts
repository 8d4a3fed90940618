import type { Locale } from '../../i18n/locales'

/** The province this demo deployment serves; another province changes these values only. */
export const settingsSeed: {
  provinceName: Partial<Record<Locale, string>> & { vi: string }
  databaseName: Partial<Record<Locale, string>> & { vi: string }
  defaultCredit: Partial<Record<Locale, string>> & { vi: string }
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
  },
  defaultCredit: {
    vi: 'Cơ sở dữ liệu thông tin đối ngoại tỉnh Đồng Nai',
    en: 'Dong Nai Province Foreign Information Database',
  },
  managingAgencyCode: 'so-vhttdl',
}
