import { cache } from 'react'

import { globalSlugs, slugs } from '../../collections/slugs'
import type { Locale } from '../i18n/locales'
import { readerOptions, type Reader } from './reader'

/** Whom a journalist contacts about an item, an interview or an accreditation. */
export type PressContact = {
  /** The press office's name, or the body that answers for it. */
  name: string
  email: string | null
  phone: string | null
  website: string | null
  /** The library page of the managing agency, when the contact falls back to it. */
  agencyCode: string | null
}

/** What the settings hold that the press contact is made of, as read in one language. */
export type PressContactSettings = {
  pressOffice?: { name?: string | null; email?: string | null; phone?: string | null } | null
  contactEmail?: string | null
  provinceName?: string | null
  managingAgency?: {
    code?: string | null
    name?: string | null
    email?: string | null
    website?: string | null
  } | null
}

/**
 * The press contact the library shows, never empty: the press office set in the settings,
 * each part left empty taken from the general contact e-mail and then from the managing agency
 * (its name, e-mail and website, and its page in the library); the province's name when even
 * that is missing. A fresh deployment thus names the department that runs the library and
 * links to it, until an administrator fills in the press office.
 */
export function pressContactOf({ settings }: { settings: PressContactSettings }): PressContact {
  const office = settings.pressOffice ?? {}
  const agency = settings.managingAgency ?? {}
  return {
    name: firstOf(office.name, agency.name, settings.provinceName) ?? '',
    email: firstOf(office.email, settings.contactEmail, agency.email),
    phone: firstOf(office.phone),
    website: firstOf(agency.website),
    agencyCode: firstOf(agency.code),
  }
}

/** The press contact in `lang`, read once per render as the reader (settings are public). */
export function getPressContact({
  reader,
  lang,
}: {
  reader: Reader
  lang: Locale
}): Promise<PressContact> {
  return pressContactOnce(reader, lang)
}

const pressContactOnce = cache(async (reader: Reader, lang: Locale): Promise<PressContact> => {
  const settings = await reader.payload.findGlobal({
    slug: globalSlugs.settings,
    locale: lang,
    depth: 1,
    select: { pressOffice: true, contactEmail: true, provinceName: true, managingAgency: true },
    populate: { [slugs.agencies]: { code: true, name: true, email: true, website: true } },
    ...readerOptions(reader),
  })
  return pressContactOf({ settings: settings as PressContactSettings })
})

function firstOf(...values: Array<string | null | undefined>): string | null {
  for (const value of values) if (typeof value === 'string' && value.trim()) return value.trim()
  return null
}
