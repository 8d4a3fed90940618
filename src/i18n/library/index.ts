import type { Locale } from '../locales'
import { en, type LibraryCatalogue } from './en'
import { fr } from './fr'
import { ja } from './ja'
import { km } from './km'
import { ko } from './ko'
import { ru } from './ru'
import { vi } from './vi'
import { zh } from './zh'

/** The public library's interface strings, keyed by locale (English is the source). */
export const libraryCatalogues: Record<Locale, LibraryCatalogue> = {
  vi,
  en,
  zh,
  ja,
  ko,
  fr,
  ru,
  km,
}

export type { LibraryCatalogue }
