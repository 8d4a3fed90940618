'use client'
import { toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { WorkflowAction } from '../../../workflow/states'
import { announceWorkflowStep, takeWorkflowStep, type WorkflowContext } from './useWorkflowItem'
import { WORKFLOW_UI_TEXT, workflowSuccessMessage } from './workflowText'

/** The item and language a control takes steps on, and the admin's language to word them in. */
export type StepTarget = Pick<
  WorkflowContext,
  'apiUrl' | 'collectionSlug' | 'id' | 'locale' | 'language'
>

/** What {@link useWorkflowStep} gives a control. */
export type WorkflowStepRunner = {
  /** True while a step (or the work before it) runs: the control's buttons are disabled. */
  isBusy: boolean
  /** Runs `work` while busy. */
  whileBusy: (work: () => Promise<void>) => Promise<void>
  /** Runs `work` while busy, after saving the form's unsaved edits; not at all if that fails. */
  afterSaving: (work: () => Promise<void>) => Promise<void>
  /** Takes one step on the item; on success says so and reloads every workflow control. */
  takeStep: (step: { action: WorkflowAction; reason?: string }) => Promise<void>
  /** Says `message` after a change made another way, and reloads every workflow control. */
  announce: (message: string) => void
}

/**
 * The one way an admin control takes workflow steps on an item (the header's workflow bar, its
 * publish button, a review-queue row): busy while it runs, the endpoint's own refusal shown as
 * it words it, the success said in one sentence naming the language, then every other workflow
 * control and the page reloaded.
 */
export function useWorkflowStep({
  target,
  saveFirst,
}: {
  target: StepTarget
  /** Saves the form's unsaved edits (useSaveFirst), where the item's form is on screen. */
  saveFirst?: () => Promise<boolean>
}): WorkflowStepRunner {
  const { locale, language } = target
  const router = useRouter()
  const [isBusy, setIsBusy] = useState(false)

  const whileBusy = async (work: () => Promise<void>) => {
    setIsBusy(true)
    try {
      await work()
    } finally {
      setIsBusy(false)
    }
  }
  const announce = (message: string) => {
    toast.success(message)
    announceWorkflowStep()
    router.refresh()
  }
  return {
    isBusy,
    whileBusy,
    afterSaving: (work) =>
      whileBusy(async () => {
        if (saveFirst && !(await saveFirst())) {
          toast.error(WORKFLOW_UI_TEXT.saveFailed[language])
          return
        }
        await work()
      }),
    takeStep: async ({ action, reason }) => {
      const result = await takeWorkflowStep({ ...target, action, reason })
      if (!result.ok) {
        toast.error(result.message)
        return
      }
      announce(workflowSuccessMessage({ action, locale, language }))
    },
    announce,
  }
}
