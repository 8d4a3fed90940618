'use client'
import React, { useEffect, useId, useRef, useState } from 'react'

import { WORKFLOW_UI_TEXT, type AdminLanguage } from './workflowText'

/**
 * A modal dialog asking for the required reason of a step (send back, withdraw). A native
 * `<dialog>`: focus moves into it, Escape cancels, and the reason cannot be left empty.
 */
export function ReasonDialog({
  title,
  confirmLabel,
  language,
  onConfirm,
  onCancel,
}: {
  title: string
  confirmLabel: string
  language: AdminLanguage
  onConfirm: (reason: string) => void
  onCancel: () => void
}): React.ReactElement {
  const dialog = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState('')
  const [isMissing, setIsMissing] = useState(false)
  const fieldId = useId()
  useEffect(() => {
    dialog.current?.showModal()
  }, [])
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${fieldId}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
      style={dialogStyle}
    >
      {/* No <form>: the dialog sits inside Payload's document form, and a nested form's submit
          never reaches React there (the browser only closed the dialog). */}
      <div>
        <h3 id={`${fieldId}-title`} style={{ marginTop: 0 }}>
          {title}
        </h3>
        <label htmlFor={fieldId} style={{ display: 'block', marginBottom: 6 }}>
          {WORKFLOW_UI_TEXT.reasonLabel[language]}
        </label>
        <textarea
          id={fieldId}
          aria-required
          autoFocus
          rows={4}
          maxLength={2000}
          value={reason}
          aria-invalid={isMissing}
          onChange={(event) => {
            setReason(event.target.value)
            setIsMissing(false)
          }}
          style={{ width: '100%', boxSizing: 'border-box', font: 'inherit', padding: 8 }}
        />
        {isMissing ? (
          <p role="alert" style={{ color: 'var(--theme-error-500)', margin: '6px 0 0' }}>
            {WORKFLOW_UI_TEXT.reasonMissing[language]}
          </p>
        ) : null}
        <DialogButtons
          confirmLabel={confirmLabel}
          cancelLabel={WORKFLOW_UI_TEXT.cancel[language]}
          onCancel={onCancel}
          onConfirm={() => {
            if (reason.trim() === '') return setIsMissing(true)
            onConfirm(reason.trim())
          }}
        />
      </div>
    </dialog>
  )
}

/** Confirm and cancel, as Payload styles its buttons. */
export function DialogButtons({
  confirmLabel,
  cancelLabel,
  onCancel,
  onConfirm,
  isBusy = false,
}: {
  confirmLabel: string
  cancelLabel: string
  onCancel: () => void
  onConfirm: () => void
  isBusy?: boolean
}): React.ReactElement {
  return (
    <div style={{ display: 'flex', gap: 8, justifyContent: 'flex-end', marginTop: 16 }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-medium"
        onClick={onCancel}
        disabled={isBusy}
      >
        {cancelLabel}
      </button>
      <button
        type="button"
        onClick={onConfirm}
        className="btn btn--style-primary btn--size-medium"
        disabled={isBusy}
        aria-busy={isBusy}
      >
        {confirmLabel}
      </button>
    </div>
  )
}

/** The look of the workflow dialogs: Payload's theme colours, readable width. */
export const dialogStyle: React.CSSProperties = {
  width: 'min(32rem, 90vw)',
  padding: 24,
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  background: 'var(--theme-bg)',
  color: 'var(--theme-text)',
}
