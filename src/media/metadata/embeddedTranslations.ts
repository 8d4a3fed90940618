import type { CollectionAfterChangeHook } from 'payload'

import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '../../i18n/locales'
import type { EmbeddedMetadata } from './embeddedMetadata'

/** The localized fields a file's own texts fill, as they are in one locale. */
export type EmbeddedLocalizedValues = {
  headline?: string
  caption?: string
  usageTerms?: string
  keywords?: string[]
}

/**
 * What a file says in `locale` about the localized fields: its headline, caption, usage terms
 * and keywords in that language (undefined where it says nothing).
 */
export function embeddedLocalizedValues({
  metadata,
  locale,
}: {
  metadata: EmbeddedMetadata
  locale: Locale
}): EmbeddedLocalizedValues {
  const keywords = metadata.keywords[locale]
  return {
    headline: metadata.headlines[locale],
    caption: metadata.captions[locale],
    usageTerms: metadata.usageTerms[locale],
    keywords: keywords && keywords.length > 0 ? keywords : undefined,
  }
}

/**
 * After a new file's item is created (`afterChange`), writes the file's texts in the other
 * languages — a Japanese title from XMP dc:title, Japanese keywords — into those locales of the
 * item, so that they are edited, searched and translated like any other text. The save in the
 * request's locale already took that locale's (src/media/upload/uploadPipeline.ts). Each
 * locale is a save of its own, in the same transaction; the workflow treats it as the start
 * of that translation, so readers see it only once it is published in that language. Only on
 * creation: a replaced file never overwrites texts editors have written.
 */
export const fillEmbeddedTranslations: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  req,
}) => {
  const record = doc as Record<string, unknown> & { id: number | string; _status?: string }
  const metadata = context.preparedUpload?.metadata
  if (operation !== 'create' || !metadata) return record
  const saved = isLocale(req.locale) ? req.locale : DEFAULT_LOCALE
  for (const locale of LOCALES) {
    if (locale === saved) continue
    const data = embeddedLocalizedValues({ metadata, locale })
    // Usage terms alone do not start a translation; they come with a text that does.
    if (data.headline === undefined && data.caption === undefined && !data.keywords) continue
    // The Local API sets the request's locale to the one it saves; the rest of this request
    // (later hooks, the response) is still in the request's own.
    const { locale: requestLocale, fallbackLocale } = req
    try {
      await req.payload.update({
        collection: collection.slug as 'media',
        id: record.id,
        locale,
        data,
        draft: record._status !== 'published',
        depth: 0,
        overrideAccess: true,
        req,
      })
    } finally {
      req.locale = requestLocale
      req.fallbackLocale = fallbackLocale
    }
  }
  return record
}
