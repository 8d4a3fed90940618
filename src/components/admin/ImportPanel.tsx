'use client'

import React, { useEffect, useState } from 'react'

import type { ImportPageText } from '../../admin/importPageText'
import type { ImportBatchStatus, ImportCounts } from '../../import/importBatch'
import type { RowOutcome } from '../../import/importItem'

type ReportRow = RowOutcome

/** A batch, as the import endpoints send it (types only: nothing of the server runs here). */
type Batch = ImportCounts & {
  id: number | string
  status: ImportBatchStatus
  dryRun?: ReportRow[] | null
  failures?: ReportRow[] | null
}

type Text = ImportPageText

/** How often the page asks for the batch's progress while it runs. */
const POLL_MS = 1000

/**
 * The import page's panel: the file is sent as the request body (streamed to the server, no
 * form encoding), the dry run comes back as a table, and after the commit the batch's progress
 * is asked for every second until it is done. Reasons come in `language` from the server.
 */
export function ImportPanel({
  text,
  language,
  mayPublish,
}: {
  text: Text
  language: 'vi' | 'en'
  mayPublish: boolean
}): React.ReactElement {
  const [file, setFile] = useState<File | null>(null)
  const [batch, setBatch] = useState<Batch | null>(null)
  const [shouldPublish, setShouldPublish] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)

  const isCommitted = batch !== null && batch.status !== 'checked'
  // A failed run is retried by its job, so the page keeps asking until the batch is done.
  const isFinished = batch?.status === 'done'

  useEffect(() => {
    if (!batch || !isCommitted || isFinished) return
    const timer = setTimeout(() => {
      void callApi({ path: `/${batch.id}/progress`, method: 'GET', language }).then((answer) => {
        if (answer.ok) setBatch(answer.batch)
        else setProblem(answer.message)
      })
    }, POLL_MS)
    return () => clearTimeout(timer)
  }, [batch, isCommitted, isFinished, language])

  const runDry = async () => {
    if (!file) return
    setIsBusy(true)
    setProblem(null)
    setBatch(null)
    const answer = await callApi({
      path: `/upload?filename=${encodeURIComponent(file.name)}`,
      method: 'POST',
      body: file,
      language,
    })
    setIsBusy(false)
    if (answer.ok) setBatch(answer.batch)
    else setProblem(answer.message || text.uploadFailed)
  }

  const commit = async () => {
    if (!batch) return
    setIsBusy(true)
    const answer = await callApi({
      path: `/${batch.id}/commit`,
      method: 'POST',
      body: JSON.stringify({ publish: shouldPublish }),
      json: true,
      language,
    })
    setIsBusy(false)
    if (answer.ok) setBatch(answer.batch)
    else setProblem(answer.message)
  }

  const actionLabel = (action: ReportRow['action']) => text[action]
  return (
    <div className="import-panel">
      <p>{text.intro}</p>
      <p>
        <label htmlFor="import-file">{text.fileLabel}</label>{' '}
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,.zip"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />{' '}
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={!file || isBusy}
          onClick={() => void runDry()}
        >
          {text.dryRun}
        </button>
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
      {batch?.dryRun ? (
        <section aria-labelledby="import-dry-run">
          <h2 id="import-dry-run">{text.dryRunHeading}</h2>
          <ReportTable rows={batch.dryRun} text={text} actionLabel={actionLabel} />
          {isCommitted ? null : (
            <p>
              {mayPublish ? (
                <label>
                  <input
                    type="checkbox"
                    checked={shouldPublish}
                    onChange={(event) => setShouldPublish(event.target.checked)}
                  />{' '}
                  {text.publish}
                </label>
              ) : null}{' '}
              <button
                type="button"
                className="btn btn--style-primary btn--size-small"
                disabled={isBusy}
                onClick={() => void commit()}
              >
                {text.commit}
              </button>
            </p>
          )}
        </section>
      ) : null}
      {batch && isCommitted ? (
        <section aria-labelledby="import-progress">
          <h2 id="import-progress">{text.progressHeading}</h2>
          <progress max={Math.max(batch.total, 1)} value={batch.done} />
          <p role="status" data-testid="import-status" data-status={batch.status}>
            {batch.status === 'queued' ? text.queued : null}
            {batch.status === 'running' ? text.running : null}
            {isFinished ? text.done : null}{' '}
            {fill({
              template: text.progress,
              values: {
                done: batch.done,
                total: batch.total,
                created: batch.created,
                updated: batch.updated,
                unchanged: batch.unchanged,
                failed: batch.failed,
              },
            })}
          </p>
          {batch.failures && batch.failures.length > 0 ? (
            <>
              <h3>{text.failedRows}</h3>
              <ReportTable rows={batch.failures} text={text} actionLabel={actionLabel} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}

function ReportTable({
  rows,
  text,
  actionLabel,
}: {
  rows: ReportRow[]
  text: Text
  actionLabel: (action: ReportRow['action']) => string
}): React.ReactElement {
  return (
    <table className="table">
      <thead>
        <tr>
          <th scope="col">{text.row}</th>
          <th scope="col">{text.item}</th>
          <th scope="col">{text.action}</th>
          <th scope="col">{text.reason}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index} data-action={row.action}>
            <td>{row.row ?? ''}</td>
            <td>{row.externalId ?? row.file ?? ''}</td>
            <td>{actionLabel(row.action)}</td>
            <td>{row.reason ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

async function callApi({
  path,
  method,
  body,
  json = false,
  language,
}: {
  path: string
  method: 'GET' | 'POST'
  body?: BodyInit
  json?: boolean
  language: string
}): Promise<{ ok: true; batch: Batch } | { ok: false; message: string }> {
  const separator = path.includes('?') ? '&' : '?'
  const response = await fetch(`/api/import-batches${path}${separator}locale=${language}`, {
    method,
    body,
    credentials: 'include',
    headers: json ? { 'Content-Type': 'application/json' } : undefined,
  })
  const answer = (await response.json()) as Batch & { errors?: Array<{ message?: string }> }
  if (response.ok) return { ok: true, batch: answer }
  return { ok: false, message: answer.errors?.[0]?.message ?? '' }
}

function fill({ template, values }: { template: string; values: Record<string, number> }): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}
