import { LOCALES, type Locale } from '../i18n/locales'
import { REPORT_DEADLINE_FIELDS } from '../reports/reportingSettings'

/** The province's lists a workbook carries, one sheet each, in the order they are imported. */
export const LIST_NAMES = ['agencies', 'topics', 'places', 'settings'] as const

export type ListName = (typeof LIST_NAMES)[number]

/** One row of a sheet: a cell per column, trimmed; an empty cell is `''`. */
export type ListRow = Record<string, string>

/**
 * One field of a list as the sheet shows it:
 * - `text`: one column, the stored value as it is (`default` when the cell is empty, for a
 *   select Payload fills with its default);
 * - `localized`: a column per locale, `<column>_<locale>`, holding only what that locale stores;
 * - `variants`: a `hasMany` text field, its values in one cell separated by `;`;
 * - `reference`: another list's document, written as that list's key (a topic's parent by slug,
 *   the managing agency by code).
 */
export type ListField =
  | { kind: 'text'; column: string; path: readonly string[]; default?: string }
  | { kind: 'localized'; column: string; path: readonly string[] }
  | { kind: 'variants'; column: string; path: readonly string[] }
  | { kind: 'reference'; column: string; path: readonly string[]; to: ListName }

/** A list's sheet: its key column (the natural key a re-import matches on) and its fields. */
export type ListSheet = { list: ListName; key: string; fields: readonly ListField[] }

/** What a document becomes when written: shared fields, then each locale's localized ones. */
export type ListDocumentData = {
  shared: Record<string, unknown>
  byLocale: Record<Locale, Record<string, unknown>>
}

/** Separates a place's other names in one cell. */
export const VARIANT_SEPARATOR = '; '

const text = (column: string, path = [column], fallback?: string): ListField => ({
  kind: 'text',
  column,
  path,
  ...(fallback === undefined ? {} : { default: fallback }),
})
const localized = (column: string, path = [column]): ListField => ({
  kind: 'localized',
  column,
  path,
})

/** One focal point's columns (`leader_name`, …): the agency's `focalPoints.<role>` group. */
const focalPoint = (role: 'leader' | 'officer'): ListField[] => [
  ...['name', 'position', 'email', 'phone'].map((name) =>
    text(`${role}_${name}`, ['focalPoints', role, name]),
  ),
  text(`${role}_language`, ['focalPoints', role, 'language'], 'vi'),
]

/**
 * Every list's columns. The keys are the unique fields of each collection (agency `code`,
 * topic `slug`, place `slug`); the settings sheet has one row and no key.
 */
export const LIST_SHEETS: Record<ListName, ListSheet> = {
  agencies: {
    list: 'agencies',
    key: 'code',
    fields: [
      text('code'),
      text('kind'),
      localized('name'),
      text('website'),
      text('email'),
      ...focalPoint('leader'),
      ...focalPoint('officer'),
    ],
  },
  topics: {
    list: 'topics',
    key: 'slug',
    fields: [
      text('slug'),
      { kind: 'reference', column: 'parent', path: ['parent'], to: 'topics' },
      localized('name'),
      localized('description'),
    ],
  },
  places: {
    list: 'places',
    key: 'slug',
    fields: [
      text('slug'),
      text('kind'),
      localized('name'),
      { kind: 'variants', column: 'variants', path: ['variants'] },
    ],
  },
  settings: {
    list: 'settings',
    key: '',
    fields: [
      localized('provinceName'),
      localized('databaseName'),
      { kind: 'reference', column: 'managingAgency', path: ['managingAgency'], to: 'agencies' },
      localized('defaultCredit'),
      text('contactEmail'),
      localized('footerText'),
      localized('usageTerms'),
      localized('pressOffice_name', ['pressOffice', 'name']),
      text('pressOffice_email', ['pressOffice', 'email']),
      text('pressOffice_phone', ['pressOffice', 'phone']),
      ...[
        'superiorBody',
        'issuingBody',
        'documentSymbol',
        'place',
        'departmentRecipients',
        'agencyRecipients',
        ...REPORT_DEADLINE_FIELDS.map(({ name }) => name),
      ].map((name) => text(`reporting_${name}`, ['reporting', name])),
    ],
  },
}

/** The sheet's header: each field's column, a localized one once per locale. */
export function sheetColumns({ sheet }: { sheet: ListSheet }): string[] {
  return sheet.fields.flatMap((field) =>
    field.kind === 'localized'
      ? LOCALES.map((locale) => localizedColumn({ column: field.column, locale }))
      : [field.column],
  )
}

/** The column of one locale of a localized field: `name_vi`, `description_km`. */
export function localizedColumn({ column, locale }: { column: string; locale: Locale }): string {
  return `${column}_${locale}`
}

/** The columns of a header that the sheet does not know (a typo, another list's column). */
export function unknownColumns({
  sheet,
  header,
}: {
  sheet: ListSheet
  header: readonly string[]
}): string[] {
  const known = new Set(sheetColumns({ sheet }))
  return header.filter((column) => column !== '' && !known.has(column))
}

/**
 * A document read with `locale: 'all'` as the sheet's row: each locale's stored value only
 * (never another locale's fallback), references as the other list's key (`keyOf`), empty cells
 * for what is not stored.
 */
export function rowOfDocument({
  sheet,
  doc,
  keyOf,
}: {
  sheet: ListSheet
  doc: Record<string, unknown>
  /** The key of a referenced document of `list`, from its id; '' when unknown. */
  keyOf: (args: { list: ListName; id: unknown }) => string
}): ListRow {
  const row: ListRow = {}
  for (const field of sheet.fields) {
    const value = valueAt({ value: doc, path: field.path })
    if (field.kind === 'localized') {
      const byLocale = isRecord(value) ? value : {}
      for (const locale of LOCALES) {
        row[localizedColumn({ column: field.column, locale })] = cellOf(byLocale[locale])
      }
    } else if (field.kind === 'variants') {
      row[field.column] = (Array.isArray(value) ? value : [])
        .map(cellOf)
        .filter(Boolean)
        .join(VARIANT_SEPARATOR)
    } else if (field.kind === 'reference') {
      const id = isRecord(value) ? value.id : value
      row[field.column] = id === null || id === undefined ? '' : keyOf({ list: field.to, id })
    } else {
      row[field.column] = cellOf(value) || (field.default ?? '')
    }
  }
  return row
}

/**
 * A row read from a file as the sheet's row: every column present (missing ones empty), cells
 * trimmed, a text field's empty cell its default, variants re-joined as an export writes them,
 * so comparing it with {@link rowOfDocument} tells whether anything changed.
 */
export function normalizeRow({ sheet, cells }: { sheet: ListSheet; cells: ListRow }): ListRow {
  const row: ListRow = {}
  for (const field of sheet.fields) {
    if (field.kind === 'localized') {
      for (const locale of LOCALES) {
        const column = localizedColumn({ column: field.column, locale })
        row[column] = (cells[column] ?? '').trim()
      }
    } else if (field.kind === 'variants') {
      row[field.column] = splitVariants({ cell: cells[field.column] ?? '' }).join(VARIANT_SEPARATOR)
    } else {
      const cell = (cells[field.column] ?? '').trim()
      row[field.column] = field.kind === 'text' ? cell || (field.default ?? '') : cell
    }
  }
  return row
}

/** The columns whose cells differ between the stored row and the file's. */
export function changedColumns({
  sheet,
  stored,
  incoming,
}: {
  sheet: ListSheet
  stored: ListRow
  incoming: ListRow
}): string[] {
  return sheetColumns({ sheet }).filter((column) => (stored[column] ?? '') !== incoming[column])
}

/**
 * The data a row writes: every shared field (so a focal point left empty is cleared: the set is
 * replaced), and per locale every localized field, an empty cell as an explicit `null` so that
 * Payload stores nothing there rather than another locale's text. References become ids through
 * `idOf`; one it cannot resolve is left out (`undefined`).
 */
export function documentDataOf({
  sheet,
  row,
  idOf,
}: {
  sheet: ListSheet
  row: ListRow
  idOf: (args: { list: ListName; key: string }) => number | string | undefined
}): ListDocumentData {
  const shared: Record<string, unknown> = {}
  const byLocale = Object.fromEntries(LOCALES.map((locale) => [locale, {}])) as Record<
    Locale,
    Record<string, unknown>
  >
  for (const field of sheet.fields) {
    if (field.kind === 'localized') {
      for (const locale of LOCALES) {
        const cell = row[localizedColumn({ column: field.column, locale })] ?? ''
        setAt({ target: byLocale[locale], path: field.path, value: cell || null })
      }
    } else if (field.kind === 'variants') {
      setAt({
        target: shared,
        path: field.path,
        value: splitVariants({ cell: row[field.column] ?? '' }),
      })
    } else if (field.kind === 'reference') {
      const key = row[field.column] ?? ''
      const id = key ? idOf({ list: field.to, key }) : null
      if (id !== undefined) setAt({ target: shared, path: field.path, value: id })
    } else {
      setAt({ target: shared, path: field.path, value: row[field.column] || null })
    }
  }
  return { shared, byLocale }
}

/** Whether a locale of the row holds any localized value (a locale with none is not written). */
export function hasLocaleValues({
  sheet,
  row,
  locale,
}: {
  sheet: ListSheet
  row: ListRow
  locale: Locale
}): boolean {
  return sheet.fields.some(
    (field) =>
      field.kind === 'localized' && Boolean(row[localizedColumn({ column: field.column, locale })]),
  )
}

/**
 * Topics' rows in an order where each parent named in the file comes before its children,
 * whatever order the file has; the rows of a cycle come last, flagged, and are not written.
 */
export function parentsFirst<Row extends { key: string; parent: string }>({
  rows,
}: {
  rows: readonly Row[]
}): { ordered: Row[]; cyclic: Set<string> } {
  const byKey = new Map(rows.map((row) => [row.key, row]))
  /** How many ancestors of the row the file holds; null when its chain loops. */
  const depthOf = (row: Row): number | null => {
    const seen = new Set([row.key])
    let depth = 0
    for (let parent = byKey.get(row.parent); parent; parent = byKey.get(parent.parent)) {
      if (seen.has(parent.key)) return null
      seen.add(parent.key)
      depth += 1
    }
    return depth
  }
  const depths = rows.map((row) => ({ row, depth: depthOf(row) }))
  const cyclic = new Set(depths.filter(({ depth }) => depth === null).map(({ row }) => row.key))
  // Array#sort is stable: rows of one depth keep the file's order.
  const ordered = depths
    .sort((a, b) => (a.depth ?? Infinity) - (b.depth ?? Infinity))
    .map(({ row }) => row)
  return { ordered, cyclic }
}

function splitVariants({ cell }: { cell: string }): string[] {
  return cell
    .split(';')
    .map((variant) => variant.trim())
    .filter(Boolean)
}

function valueAt({ value, path }: { value: unknown; path: readonly string[] }): unknown {
  let current = value
  for (const name of path) current = isRecord(current) ? current[name] : undefined
  return current
}

function setAt({
  target,
  path,
  value,
}: {
  target: Record<string, unknown>
  path: readonly string[]
  value: unknown
}): void {
  let current = target
  for (const name of path.slice(0, -1)) {
    if (!isRecord(current[name])) current[name] = {}
    current = current[name] as Record<string, unknown>
  }
  current[path.at(-1)!] = value
}

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return ''
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
