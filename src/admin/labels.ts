import { getTranslation } from '@payloadcms/translations'
import type { FlattenedField } from 'payload'

/** The province's clock: staff work in Vietnam, whatever the server's zone. */
export const ADMIN_TIME_ZONE = 'Asia/Ho_Chi_Minh'

type AdminI18n = { language?: string }

/** A sentence of the admin in its two languages. */
export type AdminText = { vi: string; en: string }

/** The admin panel speaks Vietnamese (default) and English; pick the requester's. */
export function adminText({ req, text }: { req: { i18n?: AdminI18n }; text: AdminText }): string {
  return req.i18n?.language === 'en' ? text.en : text.vi
}

/**
 * A moment as Vietnamese staff write it, `dd/MM/yyyy HH:mm` on the province's clock (the same
 * shape as `admin.dateFormat`, so our panels and Payload's own agree). Empty for no date.
 */
export function formatAdminDateTime({
  value,
}: {
  value: string | Date | null | undefined
}): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: ADMIN_TIME_ZONE,
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}

/**
 * The label a select field gives `value`, in the admin's language — the collection's own option
 * labels, so a board shows "Ảnh" where the database holds `image`. `path` is dotted through
 * groups and arrays (`transitions.action`). Falls back to the value when the option is unknown.
 */
export function optionLabel({
  fields,
  path,
  value,
  i18n,
}: {
  fields: FlattenedField[]
  path: string
  value: unknown
  i18n: Parameters<typeof getTranslation>[1]
}): string {
  if (typeof value !== 'string' || value === '') return ''
  const field = findField({ fields, names: path.split('.') })
  if (!field || (field.type !== 'select' && field.type !== 'radio')) return value
  for (const option of field.options) {
    if (typeof option === 'string') {
      if (option === value) return value
    } else if (option.value === value) {
      const label = getTranslation(option.label, i18n)
      return typeof label === 'string' ? label : value
    }
  }
  return value
}

function findField({
  fields,
  names,
}: {
  fields: FlattenedField[]
  names: string[]
}): FlattenedField | undefined {
  const [name, ...rest] = names
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return field
  if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
    return findField({ fields: field.flattenedFields, names: rest })
  }
  return undefined
}
