import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' }
import km from 'i18n-iso-countries/langs/km.json' with { type: 'json' }
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' }
import ru from 'i18n-iso-countries/langs/ru.json' with { type: 'json' }
import vi from 'i18n-iso-countries/langs/vi.json' with { type: 'json' }
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' }

import { LOCALE_TAGS, type Locale } from '../i18n/locales'

/** A country a journalist can name: its ISO 3166-1 alpha-2 code and its name in one language. */
export type CountryOption = { value: string; label: string }

/**
 * Every ISO 3166-1 alpha-2 country, named in the reader's language and sorted as a reader of
 * that language expects, for the journalist registration form (the `country` field stores the
 * code). Codes and names come from `i18n-iso-countries` (maintained from the ISO list and CLDR),
 * not from `Intl.DisplayNames`: that names every region code it has ever known, withdrawn ones
 * (UK, SU, DD, YU, VD…) among them, so the list showed the same country twice.
 */
export function countryOptions({ lang }: { lang: Locale }): CountryOption[] {
  let options = sortedOptions.get(lang)
  if (!options) {
    const names = countries.getNames(lang, { select: 'official' })
    const collator = new Intl.Collator(LOCALE_TAGS[lang])
    options = COUNTRY_CODES.map((code) => ({ value: code, label: names[code] ?? code })).sort(
      (a, b) => collator.compare(a.label, b.label),
    )
    sortedOptions.set(lang, options)
  }
  return options
}

/** Whether `value` is a current ISO 3166-1 alpha-2 code (upper case), such as `VN` or `JP`. */
export function isCountryCode(value: unknown): value is string {
  return typeof value === 'string' && CODE_SET.has(value)
}

// The package holds names for many languages; the library's eight are registered once.
for (const data of [vi, en, zh, ja, ko, fr, ru, km]) countries.registerLocale(data)

const COUNTRY_CODES = Object.keys(countries.getAlpha2Codes())
const CODE_SET = new Set(COUNTRY_CODES)

/** Each language's sorted list, made on first use: the registration page asks on every render. */
const sortedOptions = new Map<Locale, CountryOption[]>()
