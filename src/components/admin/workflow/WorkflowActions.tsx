'use client'
import React, { useState } from 'react'

import type { WorkflowAction } from '../../../workflow/states'
import { ReasonDialog } from './ReasonDialog'
import { useWorkflowItem, type WorkflowContext } from './useWorkflowItem'
import { useSaveFirst } from './useSaveFirst'
import { useWorkflowStep } from './useWorkflowStep'
import { availableWorkflowButtons } from './workflowActions'
import { WORKFLOW_UI_TEXT, workflowButtonLabel } from './workflowText'

/**
 * The workflow bar in the document header (`admin.components.edit.beforeDocumentControls`):
 * the steps the user's roles may take now on the language on screen — start translating,
 * submit, approve, send back, unpublish a translation, withdraw. Publishing has its own button
 * (WorkflowPublishButton), in the place of Payload's.
 */
export function WorkflowActions(): React.ReactElement | null {
  const context = useWorkflowItem()
  if (!context?.item) return null
  return <WorkflowActionButtons context={context} />
}

function WorkflowActionButtons({ context }: { context: WorkflowContext }) {
  const { locale, language, roles, item } = context
  const saveFirst = useSaveFirst(context)
  const { isBusy, afterSaving, takeStep } = useWorkflowStep({ target: context, saveFirst })
  const [asking, setAsking] = useState<WorkflowAction | null>(null)
  if (!item) return null
  const buttons = availableWorkflowButtons({ roles, locale, item }).filter(
    (button) => button.action !== 'publish',
  )
  if (buttons.length === 0) return null

  const run = (step: { action: WorkflowAction; reason?: string }) => {
    setAsking(null)
    void afterSaving(() => takeStep(step))
  }

  return (
    <div
      role="group"
      aria-label={WORKFLOW_UI_TEXT.workflowBar[language]}
      data-testid="workflow-actions"
      style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}
    >
      {buttons.map(({ action, needsReason }) => (
        <button
          key={action}
          type="button"
          data-workflow-action={action}
          className={`btn btn--size-medium ${
            action === 'reject' || action === 'withdraw' || action === 'unpublish'
              ? 'btn--style-secondary'
              : 'btn--style-primary'
          }`}
          style={{ margin: 0 }}
          disabled={isBusy}
          onClick={() => (needsReason ? setAsking(action) : run({ action }))}
        >
          {workflowButtonLabel({ action, locale, language })}
        </button>
      ))}
      {asking ? (
        <ReasonDialog
          title={
            asking === 'withdraw'
              ? WORKFLOW_UI_TEXT.withdrawTitle[language]
              : WORKFLOW_UI_TEXT.rejectTitle[language]
          }
          confirmLabel={workflowButtonLabel({ action: asking, locale, language })}
          language={language}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => run({ action: asking, reason })}
        />
      ) : null}
    </div>
  )
}
