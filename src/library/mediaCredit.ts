import { slugs } from '../../collections/slugs'
import { relationId } from '../access/requester'
import type { Locale } from '../i18n/locales'
import { localizedCredit } from '../media/metadata/localizedCredit'
import { readerOptions, type Reader } from './reader'

/**
 * A media item's credit line as the library shows it in `lang`: with its agency's official
 * name in that language where the credit names the agency (src/media/metadata/localizedCredit.ts).
 * The agency is read in every locale, as the reader (agencies are public).
 */
export async function creditInLanguage({
  reader,
  media,
  lang,
}: {
  reader: Reader
  media: { credit?: string | null; agency?: unknown }
  lang: Locale
}): Promise<string | null> {
  const agencyId = relationId(media.agency)
  if (!media.credit?.trim() || agencyId === null) return media.credit?.trim() || null
  const { docs } = await reader.payload.find({
    collection: slugs.agencies,
    where: { id: { equals: agencyId } },
    limit: 1,
    pagination: false,
    depth: 0,
    locale: 'all',
    select: { name: true },
    ...readerOptions(reader),
  })
  const names: unknown = docs[0]?.name
  return localizedCredit({
    credit: media.credit,
    agencyNames:
      names && typeof names === 'object' ? (names as Partial<Record<Locale, string>>) : null,
    locale: lang,
  })
}
