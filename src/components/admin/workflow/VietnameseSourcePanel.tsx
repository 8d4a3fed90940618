import { getTranslation } from '@payloadcms/translations'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { CollectionSlug, Field, UIFieldServerProps } from 'payload'
import React from 'react'

import { DEFAULT_LOCALE, isLocale } from '../../../i18n/locales'
import { adminText } from '../../../admin/labels'
import { sourceChanges, type SourceFieldText } from './sourceChanges'

const TEXT_TYPES = new Set(['text', 'textarea', 'richText'])
/** Localized fields that are not text a translator translates. */
const NOT_TRANSLATED = new Set(['slug'])

/**
 * "Bản gốc tiếng Việt" in the sidebar while a translation is on screen: the Vietnamese text of
 * every translated field (title, sapo, body, caption…) beside the fields being translated, read
 * with the user's own access. When the translation was made from an older revision of the
 * source, the words that changed since (from that revision's stored version) are marked.
 */
export async function VietnameseSourcePanel({
  id,
  collectionSlug,
  req,
}: UIFieldServerProps): Promise<React.ReactElement | null> {
  const locale = req.locale
  if (id === undefined || id === null || !isLocale(locale) || locale === DEFAULT_LOCALE) return null
  const collection = collectionSlug as CollectionSlug
  const fields = translatedFields({
    fields: req.payload.collections[collection]?.config.fields ?? [],
    i18n: req.i18n,
  })
  if (fields.length === 0) return null
  // Not `req`: a Local API call given `req` switches the shared request's locale for the view.
  const read = (targetLocale: string) =>
    req.payload.findByID({
      collection,
      id,
      locale: targetLocale as 'vi',
      fallbackLocale: false,
      draft: true,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
    })
  const [source, translation] = (await Promise.all([
    read(DEFAULT_LOCALE),
    read(locale),
  ])) as Array<Record<string, unknown> | null>
  if (!source) return null

  const storedFrom = (translation?.translation as { translatedFromRevision?: unknown } | undefined)
    ?.translatedFromRevision
  const madeFrom = typeof storedFrom === 'number' ? storedFrom : null
  const currentRevision = typeof source.sourceRevision === 'number' ? source.sourceRevision : 1
  let changes: ReturnType<typeof sourceChanges> = []
  if (madeFrom !== null && madeFrom < currentRevision) {
    const { docs } = await req.payload.findVersions({
      collection,
      where: {
        and: [{ parent: { equals: id } }, { 'version.sourceRevision': { equals: madeFrom } }],
      },
      sort: '-updatedAt',
      limit: 1,
      locale: DEFAULT_LOCALE,
      fallbackLocale: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
    })
    const before = (docs[0]?.version ?? null) as Record<string, unknown> | null
    if (before) {
      changes = sourceChanges({
        fields: fields.map(
          (field): SourceFieldText => ({
            name: field.name,
            label: field.label,
            before: plainText({ value: before[field.name], type: field.type }),
            after: plainText({ value: source[field.name], type: field.type }),
          }),
        ),
      })
    }
  }

  const title = adminText({ req, text: { vi: 'Bản gốc tiếng Việt', en: 'Vietnamese source' } })
  return (
    <section aria-label={title} data-testid="vietnamese-source" style={panelStyle}>
      <h4 style={{ margin: '0 0 calc(var(--base) / 2)' }}>{title}</h4>
      {changes.length > 0 ? (
        <div data-testid="source-changes" style={{ marginBottom: 'var(--base)' }}>
          <p role="note" style={{ margin: '0 0 6px', fontWeight: 600 }}>
            {adminText({
              req,
              text: {
                vi: `Bản gốc đã thay đổi từ khi dịch (phiên bản ${madeFrom} → ${currentRevision}):`,
                en: `The source changed since this was translated (revision ${madeFrom} → ${currentRevision}):`,
              },
            })}
          </p>
          {changes.map((change) => (
            <div key={change.name} style={{ marginBottom: 8 }}>
              <strong>{change.label}</strong>
              <p style={textStyle}>
                {change.parts.map((part, index) =>
                  part.kind === 'added' ? (
                    <ins key={index} style={addedStyle}>
                      {part.text}
                    </ins>
                  ) : part.kind === 'removed' ? (
                    <del key={index} style={removedStyle}>
                      {part.text}
                    </del>
                  ) : (
                    <span key={index}>{part.text}</span>
                  ),
                )}
              </p>
            </div>
          ))}
        </div>
      ) : null}
      {fields.map((field) => {
        const text = plainText({ value: source[field.name], type: field.type })
        return (
          <div key={field.name} data-source-field={field.name} style={{ marginBottom: 8 }}>
            <strong>{field.label}</strong>
            <p lang="vi" style={textStyle}>
              {text === '' ? adminText({ req, text: { vi: '(trống)', en: '(empty)' } }) : text}
            </p>
          </div>
        )
      })}
    </section>
  )
}

type TranslatedField = { name: string; label: string; type: string }

/** The collection's top-level localized text fields, labelled in the admin's language. */
function translatedFields({
  fields,
  i18n,
}: {
  fields: Field[]
  i18n: UIFieldServerProps['req']['i18n']
}): TranslatedField[] {
  return fields.flatMap((field) => {
    if (!('name' in field) || !TEXT_TYPES.has(field.type)) return []
    if (!('localized' in field) || field.localized !== true || NOT_TRANSLATED.has(field.name))
      return []
    const label = 'label' in field && field.label ? field.label : field.name
    return [
      {
        name: field.name,
        label: getTranslation(label, i18n),
        type: field.type,
      },
    ]
  })
}

function plainText({ value, type }: { value: unknown; type: string }): string {
  if (type === 'richText') {
    if (!value || typeof value !== 'object' || !('root' in value)) return ''
    return convertLexicalToPlaintext({ data: value as never }).trim()
  }
  return typeof value === 'string' ? value : ''
}

const panelStyle: React.CSSProperties = {
  marginBottom: 'var(--base)',
  padding: 'calc(var(--base) / 2)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
}
const textStyle: React.CSSProperties = {
  margin: '2px 0 0',
  whiteSpace: 'pre-wrap',
  maxHeight: '16rem',
  overflowY: 'auto',
}
const addedStyle: React.CSSProperties = {
  background: 'var(--theme-success-100)',
  textDecoration: 'none',
  fontWeight: 600,
}
const removedStyle: React.CSSProperties = {
  background: 'var(--theme-error-100)',
  textDecoration: 'line-through',
}
