import type { Locale } from '../locales'
import { en } from './en'
import { fr } from './fr'
import { ja } from './ja'
import { km } from './km'
import { ko } from './ko'
import { ru } from './ru'
import { vi, type MessageCatalogue } from './vi'
import { zh } from './zh'

/** Every catalogue, keyed by locale. Adding a locale without its catalogue fails the type check. */
export const catalogues: Record<Locale, MessageCatalogue> = { vi, en, zh, ja, ko, fr, ru, km }

export type { MessageCatalogue }
