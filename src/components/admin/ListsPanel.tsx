'use client'

import React, { useState } from 'react'

import type { ListsPanelText } from '../../admin/listsPanelText'

type Action = 'create' | 'update' | 'unchanged' | 'error'

/** The import endpoint's report (src/lists/importLists.ts). */
type Report = {
  dryRun: boolean
  rows: Array<{
    list: string
    row: number
    key: string
    action: Action
    changed?: string[]
    message?: string
  }>
  counts: Record<Action, number>
}

const ACTION_KEYS: Record<Action, keyof ListsPanelText> = {
  create: 'actionCreate',
  update: 'actionUpdate',
  unchanged: 'actionUnchanged',
  error: 'actionError',
}

/**
 * The lists page's panel: a link that downloads the workbook, and a form whose file goes to the
 * import endpoint first as a dry run; its report is drawn as a table (rows left unchanged are
 * only counted), and “Import” then sends the same file for real. Messages come back from the
 * server in `locale`.
 */
export function ListsPanel({
  text,
  locale,
  lists,
}: {
  text: ListsPanelText
  locale: string
  /** The lists a CSV may hold, for its select. */
  lists: string[]
}): React.ReactElement {
  const [file, setFile] = useState<File | null>(null)
  const [list, setList] = useState('')
  const [report, setReport] = useState<Report | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const send = async ({ dryRun }: { dryRun: boolean }) => {
    if (!file) return
    setIsBusy(true)
    setProblem(null)
    const form = new FormData()
    form.set('file', file)
    if (list) form.set('list', list)
    const query = new URLSearchParams({ locale, ...(dryRun ? { dryRun: '1' } : {}) })
    try {
      const response = await fetch(`/api/lists/import?${query.toString()}`, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
      })
      const body = (await response.json()) as Report & { errors?: Array<{ message?: string }> }
      if (response.ok) setReport(body)
      else {
        setReport(null)
        setProblem(body.errors?.[0]?.message ?? String(response.status))
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setIsBusy(false)
    }
  }

  const summary = report
    ? text.summary.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
        String(report.counts[name as Action] ?? ''),
      )
    : ''
  const shown = report?.rows.filter((row) => row.action !== 'unchanged') ?? []
  return (
    <div className="lists-panel">
      <p>{text.intro}</p>
      <p>
        <a className="btn btn--style-primary btn--size-small" href="/api/lists/export" download>
          {text.download}
        </a>
      </p>
      <h2>{text.importHeading}</h2>
      <p style={{ display: 'flex', gap: 'var(--base)', flexWrap: 'wrap', alignItems: 'end' }}>
        <span>
          <label htmlFor="lists-file">{text.fileLabel}</label>{' '}
          <input
            id="lists-file"
            type="file"
            accept=".xlsx,.csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null)
              setReport(null)
            }}
          />
        </span>
        <span>
          <label htmlFor="lists-csv-list">{text.listLabel}</label>{' '}
          <select
            id="lists-csv-list"
            value={list}
            onChange={(event) => setList(event.target.value)}
          >
            <option value="">–</option>
            {lists.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </span>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={!file || isBusy}
          onClick={() => void send({ dryRun: true })}
        >
          {text.dryRunButton}
        </button>
      </p>
      {isBusy ? <p aria-live="polite">{text.working}</p> : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {report ? (
        <section
          aria-label={text.importHeading}
          data-testid="lists-report"
          data-dry-run={String(report.dryRun)}
        >
          <p role="status">
            {report.dryRun ? text.dryRunNote : text.committedNote} {summary}
          </p>
          {shown.length > 0 ? (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{text.colList}</th>
                  <th scope="col">{text.colRow}</th>
                  <th scope="col">{text.colKey}</th>
                  <th scope="col">{text.colAction}</th>
                  <th scope="col">{text.colDetails}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={`${row.list}-${row.row}`} data-action={row.action}>
                    <td>{row.list}</td>
                    <td>{row.row}</td>
                    <td>{row.key}</td>
                    <td>{text[ACTION_KEYS[row.action]]}</td>
                    <td>{row.message ?? row.changed?.join(', ') ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.dryRun ? (
            <p>
              <button
                type="button"
                className="btn btn--style-primary btn--size-small"
                disabled={isBusy}
                onClick={() => void send({ dryRun: false })}
              >
                {text.commitButton}
              </button>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
