'use client'
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { Locale } from '../../../i18n/locales'
import type { WorkflowAction } from '../../../workflow/states'
import { ReasonDialog } from '../workflow/ReasonDialog'
import { takeWorkflowStep } from '../workflow/useWorkflowItem'
import {
  WORKFLOW_UI_TEXT,
  workflowButtonLabel,
  workflowSuccessMessage,
} from '../workflow/workflowText'

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
  const router = useRouter()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const [isAsking, setIsAsking] = useState(false)
  const [isBusy, setIsBusy] = useState(false)

  const run = async ({ action, reason }: { action: WorkflowAction; reason?: string }) => {
    setIsAsking(false)
    setIsBusy(true)
    try {
      const result = await takeWorkflowStep({
        apiUrl: config.routes.api,
        collectionSlug,
        id,
        action,
        locale,
        reason,
        language,
      })
      if (!result.ok) {
        toast.error(result.message)
        return
      }
      toast.success(workflowSuccessMessage({ action, locale, language }))
      router.refresh()
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
      <a className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} href={href}>
        {language === 'en' ? 'Open' : 'Mở'}
      </a>
      <button
        type="button"
        data-review-action="approve"
        className="btn btn--style-primary btn--size-small"
        style={{ margin: 0 }}
        disabled={isBusy}
        onClick={() => void run({ action: 'approve' })}
      >
        {workflowButtonLabel({ action: 'approve', locale, language })}
      </button>
      <button
        type="button"
        data-review-action="reject"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        disabled={isBusy}
        onClick={() => setIsAsking(true)}
      >
        {workflowButtonLabel({ action: 'reject', locale, language })}
      </button>
      {isAsking ? (
        <ReasonDialog
          title={WORKFLOW_UI_TEXT.rejectTitle[language]}
          confirmLabel={workflowButtonLabel({ action: 'reject', locale, language })}
          language={language}
          onCancel={() => setIsAsking(false)}
          onConfirm={(reason) => void run({ action: 'reject', reason })}
        />
      ) : null}
    </div>
  )
}
