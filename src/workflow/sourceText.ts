import type { CollectionSlug, Field, PayloadRequest } from 'payload'

import { DEFAULT_LOCALE } from '../i18n/locales'

const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])
/** Localized fields that are derived, not translated (the slug is made from the title). */
const DERIVED_FIELDS = new Set(['slug'])

/**
 * The Vietnamese text a new translation starts from ("start translating"): for each top-level
 * localized text field still empty in the translation, the source's value, read as the
 * requester (or the system). The translator types over it with the source beside them; it cannot go live before
 * the translation is reviewed, approved and published.
 */
export async function sourceTextToTranslate({
  req,
  collection,
  item,
  overrideAccess,
}: {
  req: PayloadRequest
  collection: CollectionSlug
  item: Record<string, unknown>
  /** As the step's other reads: false reads as `req.user`, true as the system. */
  overrideAccess: boolean
}): Promise<Record<string, unknown>> {
  const names = translatableFields({ fields: req.payload.collections[collection].config.fields })
  const empty = names.filter((name) => isEmpty(item[name]))
  if (empty.length === 0) return {}
  const source = (await req.payload.findByID({
    collection,
    id: item.id as number | string,
    locale: DEFAULT_LOCALE,
    fallbackLocale: false,
    draft: true,
    depth: 0,
    overrideAccess,
    user: overrideAccess ? undefined : req.user,
    // Not `req`: the Local API would switch the shared request to Vietnamese for the step's write.
  })) as unknown as Record<string, unknown>
  return Object.fromEntries(
    empty.filter((name) => !isEmpty(source[name])).map((name) => [name, source[name]]),
  )
}

function translatableFields({ fields }: { fields: Field[] }): string[] {
  return fields.flatMap((field) =>
    'name' in field &&
    TEXT_TYPES.has(field.type) &&
    'localized' in field &&
    field.localized === true &&
    !DERIVED_FIELDS.has(field.name)
      ? [field.name]
      : [],
  )
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}
