'use client'
import React from 'react'

import { useWorkflowItem } from './useWorkflowItem'
import { languageStatus, sentBackReason } from './workflowActions'
import { languageStatusText, WORKFLOW_UI_TEXT } from './workflowText'

/**
 * The header's status (`admin.components.edit.Status`): the state of the language on screen —
 * the Vietnamese source's editorial state, or the translation's (not translated, in
 * translation, waiting for review, approved, published, older than the source) — instead of
 * Payload's whole-document draft/published status.
 */
export function WorkflowLanguageStatus(): React.ReactElement | null {
  const context = useWorkflowItem()
  if (!context?.item) return null
  const status = languageStatus({ locale: context.locale, item: context.item })
  const reason = sentBackReason({ locale: context.locale, item: context.item })
  return (
    <>
      <div className="status" data-testid="language-status" data-state={status.state}>
        <p className="doc-controls__value" style={{ margin: 0 }}>
          {languageStatusText({ locale: context.locale, status, language: context.language })}
        </p>
      </div>
      {reason ? (
        <p
          className="doc-controls__value"
          data-testid="sent-back-reason"
          role="status"
          style={{ margin: 0, color: 'var(--theme-error-750)' }}
        >
          {WORKFLOW_UI_TEXT.sentBackBecause[context.language]} {reason}
        </p>
      ) : null}
    </>
  )
}

/**
 * Payload's "unpublish" menu item, removed (`admin.components.edit.UnpublishButton`): taking
 * content offline is the workflow's "withdraw" (with a reason) or "unpublish a translation".
 */
export function NoUnpublishButton(): null {
  return null
}
