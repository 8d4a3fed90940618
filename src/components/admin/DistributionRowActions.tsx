'use client'
import { toast, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { DistributionDecision } from '../../syndication/distributionDecisionParams'
import { ReasonDialog } from './workflow/ReasonDialog'
import { refusalMessage } from './workflow/useWorkflowItem'

const TEXT = {
  approve: { vi: 'Duyệt gửi', en: 'Approve' },
  refuse: { vi: 'Không duyệt', en: 'Refuse' },
  refuseTitle: {
    vi: 'Không duyệt phát hành quốc gia',
    en: 'Refuse national distribution',
  },
  approved: { vi: 'Đã duyệt gửi lên cổng quốc gia', en: 'Approved for the national portal' },
  refused: {
    vi: 'Đã không duyệt; cơ quan đã được báo qua thư điện tử',
    en: 'Refused; the agency was told by e-mail',
  },
} as const

/**
 * A distribution-queue row's buttons: approve, or refuse with a reason (the workflow's reason
 * dialog), through `POST /api/distribution-approvals/decide` with the version on screen, so a
 * newer version waiting since is not decided unseen. A refusal is shown as the endpoint words it.
 */
export function DistributionRowActions({
  id,
  version,
  title,
}: {
  id: number | string
  version: number
  title: string
}): React.ReactElement {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const router = useRouter()
  const language = i18n.language === 'en' ? 'en' : 'vi'
  const [isAsking, setIsAsking] = useState(false)
  const [isBusy, setIsBusy] = useState(false)

  const decide = async ({
    decision,
    reason,
  }: {
    decision: DistributionDecision
    reason?: string
  }) => {
    setIsAsking(false)
    setIsBusy(true)
    try {
      const response = await fetch(`${config.routes.api}/distribution-approvals/decide`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
        body: JSON.stringify({ id, decision, version, ...(reason ? { reason } : {}) }),
      })
      if (!response.ok) {
        toast.error(await refusalMessage({ response }))
        return
      }
      toast.success(`${TEXT[decision === 'approve' ? 'approved' : 'refused'][language]}: ${title}`)
      router.refresh()
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <div style={{ display: 'flex', gap: 6, flexWrap: 'wrap', alignItems: 'center' }}>
      <button
        type="button"
        data-distribution-action="approve"
        className="btn btn--style-primary btn--size-small"
        style={{ margin: 0 }}
        disabled={isBusy}
        onClick={() => void decide({ decision: 'approve' })}
      >
        {TEXT.approve[language]}
      </button>
      <button
        type="button"
        data-distribution-action="refuse"
        className="btn btn--style-secondary btn--size-small"
        style={{ margin: 0 }}
        disabled={isBusy}
        onClick={() => setIsAsking(true)}
      >
        {TEXT.refuse[language]}
      </button>
      {isAsking ? (
        <ReasonDialog
          title={TEXT.refuseTitle[language]}
          confirmLabel={TEXT.refuse[language]}
          language={language}
          onCancel={() => setIsAsking(false)}
          onConfirm={(reason) => void decide({ decision: 'refuse', reason })}
        />
      ) : null}
    </div>
  )
}
