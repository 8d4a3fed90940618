import type { ReactNode } from 'react'

/**
 * A section of a page listing things under its heading (`headingId` labels the section for
 * assistive technology), or one line saying there are none.
 */
export function ListSection({
  headingId,
  title,
  isEmpty,
  emptyText,
  children,
}: {
  headingId: string
  title: string
  isEmpty: boolean
  emptyText: string
  children: ReactNode
}) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {isEmpty ? <p>{emptyText}</p> : children}
    </section>
  )
}
