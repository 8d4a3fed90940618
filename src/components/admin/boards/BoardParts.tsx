import React from 'react'

import { adminText } from '../../../admin/labels'
import { LOCALES, LOCALE_LABELS } from '../../../i18n/locales'

/**
 * The pieces the admin's boards are drawn with, below the heading of their frame (BoardFrame):
 * pure, so a board's content renders the same in the admin and in tests.
 */

/**
 * A board's filter form: its fields side by side, then the “Lọc” button. It is a plain GET
 * form, so a filtered board is a URL that can be bookmarked and shared.
 */
export function BoardFilterForm({
  language,
  children,
  after,
}: {
  /** The admin panel's language (`req.i18n.language`). */
  language?: string
  /** The fields ({@link FilterSelect}s, hidden inputs). */
  children: React.ReactNode
  /** Shown after the button (a link that clears a filter). */
  after?: React.ReactNode
}): React.ReactElement {
  return (
    <form
      method="get"
      style={{
        display: 'flex',
        gap: 'var(--base)',
        flexWrap: 'wrap',
        alignItems: 'end',
        margin: 'var(--base) 0',
      }}
    >
      {children}
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        {adminText({ req: { i18n: { language } }, text: { vi: 'Lọc', en: 'Filter' } })}
      </button>
      {after}
    </form>
  )
}

/** One filter of a {@link BoardFilterForm}: a labelled select whose first option is “all”. */
export function FilterSelect({
  language,
  label,
  name,
  value,
  options,
}: {
  language?: string
  label: string
  /** The query parameter it sets. */
  name: string
  /** The value in force; empty or undefined for “all”. */
  value?: string
  options: ReadonlyArray<{ value: string; label: string }>
}): React.ReactElement {
  return (
    <label>
      {label}
      <br />
      <select name={name} defaultValue={value ?? ''}>
        <option value="">
          {adminText({ req: { i18n: { language } }, text: { vi: 'Tất cả', en: 'All' } })}
        </option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

/** A board's table: a full-width table of Payload's admin style with these column headings. */
export function BoardTable({
  headings,
  children,
}: {
  /** One per column; an empty one for a column of buttons. */
  headings: readonly string[]
  /** The rows. */
  children: React.ReactNode
}): React.ReactElement {
  return (
    <table className="table" style={{ width: '100%' }}>
      <thead>
        <tr>
          {headings.map((heading, index) => (
            <th key={index}>{heading}</th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}

/** The agency and language filters the review queue and the distribution queue share. */
export function AgencyLanguageFilters({
  language,
  agencies,
  filters,
}: {
  language?: string
  agencies: ReadonlyArray<{ id: string; name: string }>
  filters: { agency?: string; locale?: string }
}): React.ReactElement {
  const text = (vi: string, en: string) =>
    adminText({ req: { i18n: { language } }, text: { vi, en } })
  return (
    <>
      <FilterSelect
        language={language}
        label={text('Cơ quan', 'Agency')}
        name="agency"
        value={filters.agency}
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
      />
      <FilterSelect
        language={language}
        label={text('Ngôn ngữ', 'Language')}
        name="locale"
        value={filters.locale}
        options={LOCALES.map((code) => ({ value: code, label: LOCALE_LABELS[code] }))}
      />
    </>
  )
}
