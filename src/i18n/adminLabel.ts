import type { CollectionConfig, Config, Field, GlobalConfig, LabelFunction, Plugin } from 'payload'

import { mapFieldsDeep } from '../fields/mapFields'

type LabelTexts = Record<string, string>

/**
 * A label in the admin's language as a function, not a `{ vi, en }` object: Payload resolves a
 * function to a string before the label reaches the browser, while several of its own
 * components (3.90) print an object label without translating it — the "+" drawer toggler and
 * the dashboard's create buttons ("Thêm mới: [object Object]"), the list's sort buttons
 * ("Sắp xếp theo [object Object]").
 */
export function adminLabel(text: LabelTexts): LabelFunction {
  return ({ i18n }) => text[i18n.language] ?? text.vi ?? Object.values(text)[0] ?? ''
}

/**
 * Turns every `{ vi, en }` label of every collection, global and field into
 * {@link adminLabel}, so collection configs keep writing labels as plain objects. Last among the
 * plugins, so fields other plugins add are covered too.
 */
export function adminLabelsPlugin(): Plugin {
  return (config: Config): Config => ({
    ...config,
    collections: config.collections?.map(
      (collection): CollectionConfig => ({
        ...collection,
        labels: collection.labels && {
          singular: asLabel(collection.labels.singular),
          plural: asLabel(collection.labels.plural),
        },
        fields: withLabels(collection.fields),
      }),
    ),
    globals: config.globals?.map(
      (global): GlobalConfig => ({
        ...global,
        label: asLabel(global.label),
        fields: withLabels(global.fields),
      }),
    ),
  })
}

/** The text a label shows in `language`, whatever form it was written in. */
export function labelText({
  label,
  language,
}: {
  label: unknown
  language: string
}): string | null {
  if (typeof label === 'string') return label
  if (typeof label === 'function') {
    const resolved = (label as LabelFunction)({
      i18n: { language, fallbackLanguage: 'vi' },
      t: (key: string) => key,
    } as never)
    return typeof resolved === 'string' ? resolved : null
  }
  if (isTexts(label)) return label[language] ?? label.vi ?? null
  return null
}

/** The fields with every `{ vi, en }` label (of fields and of tabs) as {@link adminLabel}. */
function withLabels(fields: Field[]): Field[] {
  return mapFieldsDeep({
    fields,
    map: (field) =>
      'label' in field && isTexts(field.label)
        ? ({ ...field, label: adminLabel(field.label) } as Field)
        : field,
    mapTab: (tab) => (isTexts(tab.label) ? { ...tab, label: adminLabel(tab.label) } : tab),
  })
}

function asLabel<T>(label: T): T | LabelFunction {
  return isTexts(label) ? adminLabel(label) : label
}

function isTexts(value: unknown): value is LabelTexts {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !('$$typeof' in value) &&
    Object.values(value).every((item) => typeof item === 'string')
  )
}
