/** Region codes that Intl names but that are not countries a press card is issued in. */
const NOT_COUNTRIES = new Set([
  'EU',
  'EZ',
  'UN',
  'QO',
  'AC',
  'CP',
  'CQ',
  'DG',
  'EA',
  'IC',
  'TA',
  'XA',
  'XB',
  'ZZ',
])

/**
 * Every ISO 3166-1 alpha-2 country the runtime can name, labelled in `locale` and sorted as a
 * reader of that language expects, for the journalist registration form (the `country` field
 * stores the code).
 */
export function countryOptions(locale: string): Array<{ value: string; label: string }> {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
  const options: Array<{ value: string; label: string }> = []
  for (let first = 65; first <= 90; first += 1) {
    for (let second = 65; second <= 90; second += 1) {
      const code = String.fromCharCode(first, second)
      if (NOT_COUNTRIES.has(code)) continue
      const label = names.of(code)
      if (label && label !== code) options.push({ value: code, label })
    }
  }
  const collator = new Intl.Collator(locale)
  return options.sort((a, b) => collator.compare(a.label, b.label))
}
