'use client'
import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { Locale } from '../../../i18n/locales'
import type { WorkflowAction } from '../../../workflow/states'
import { ReasonDialog } from '../workflow/ReasonDialog'
import { useWorkflowStep } from '../workflow/useWorkflowStep'
import { WORKFLOW_UI_TEXT, workflowButtonLabel } from '../workflow/workflowText'

/**
 * A review-queue row's actions: open the item, approve it, or send it back with a reason —
 * the same step the item's own workflow bar takes (`POST /api/{collection}/:id/workflow`), and
 * the same reason dialog. A refusal is shown as the endpoint words it, in the admin's language.
 */
export function ReviewRowActions({
  collectionSlug,
  id,
  locale,
  href,
}: {
  collectionSlug: string
  id: number | string
  locale: Locale
  href: string
}): React.ReactElement {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const [isAsking, setIsAsking] = useState(false)
  const { isBusy, whileBusy, takeStep } = useWorkflowStep({
    target: { apiUrl: config.routes.api, collectionSlug, id, locale, language },
  })

  const run = (step: { action: WorkflowAction; reason?: string }) => {
    setIsAsking(false)
    void whileBusy(() => takeStep(step))
  }

  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
      <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={href}>
        {language === 'en' ? 'Open' : 'Mở'}
      </a>
      {(['approve', 'reject'] as const).map((action) => (
        <button
          key={action}
          type="button"
          data-review-action={action}
          className={`btn ${action === 'approve' ? 'btn--style-primary' : 'btn--style-secondary'} btn--size-small`}
          style={{ margin: 0 }}
          disabled={isBusy}
          // Sending back asks for the reason first.
          onClick={() => (action === 'reject' ? setIsAsking(true) : run({ action }))}
        >
          {workflowButtonLabel({ action, locale, language })}
        </button>
      ))}
      {isAsking ? (
        <ReasonDialog
          title={WORKFLOW_UI_TEXT.rejectTitle[language]}
          confirmLabel={workflowButtonLabel({ action: 'reject', locale, language })}
          language={language}
          onCancel={() => setIsAsking(false)}
          onConfirm={(reason) => run({ action: 'reject', reason })}
        />
      ) : null}
    </div>
  )
}
