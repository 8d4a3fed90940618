import { LOCALE_TAGS, type Locale } from '../../i18n/locales'

/** Where a picture was made and what it shows, in IPTC's terms. */
export type ItemLocation = {
  sublocation?: string
  city?: string
  provinceState?: string
  countryName?: string
  /** ISO 3166-1 alpha-3 (IIM requires three letters). */
  countryCode?: string
}

/** The country of the province this library serves (ISO 3166-1). */
export const PROVINCE_COUNTRY = { alpha2: 'VN', alpha3: 'VNM' } as const

/**
 * An item's location from what it knows: its place shown, written as editors write it —
 * "Cầu Hóa An, Biên Hòa, Đồng Nai", most specific first — and the province it belongs to (the
 * settings' province name in the same language). A trailing part that names the province (or
 * the country) is dropped from the place; the last part left is the city, commune or ward, and
 * anything before it the sublocation. The country's name is the runtime's (CLDR) name of
 * Vietnam in `locale`.
 */
export function itemLocation({
  placeShown,
  provinceName,
  locale,
}: {
  placeShown?: string | null
  provinceName?: string | null
  locale: Locale
}): ItemLocation {
  const province = provinceName?.trim() || undefined
  const countryName = countryNameIn({ locale })
  const named = new Set(
    [province, countryName].filter((name): name is string => !!name).map(comparable),
  )
  const parts = (placeShown ?? '')
    .split(/[,，、;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  while (parts.length > 0 && named.has(comparable(parts.at(-1) ?? ''))) parts.pop()
  const city = parts.pop()
  return compact({
    sublocation: parts.length > 0 ? parts.join(', ') : undefined,
    city,
    provinceState: province,
    countryName,
    countryCode: PROVINCE_COUNTRY.alpha3,
  })
}

function countryNameIn({ locale }: { locale: Locale }): string | undefined {
  return new Intl.DisplayNames([LOCALE_TAGS[locale]], { type: 'region' }).of(
    PROVINCE_COUNTRY.alpha2,
  )
}

/** "tỉnh Đồng Nai", "Đồng Nai" and "dong nai" name the same province. */
function comparable(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/^(tỉnh|province of|province de)\s+/u, '')
    .replace(/\s+(province)$/u, '')
    .trim()
}

function compact(location: ItemLocation): ItemLocation {
  return Object.fromEntries(
    Object.entries(location).filter(([, value]) => value !== undefined && value !== ''),
  ) as ItemLocation
}
