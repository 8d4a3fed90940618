'use client'
import { useAuth, useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { StaffRole } from '../../../access/roles'
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../i18n/locales'
import type { WorkflowAction } from '../../../workflow/states'
import { workflowItemViewOf, type WorkflowItemView } from './workflowActions'
import type { AdminLanguage } from './workflowText'

/** Fired on the window after a workflow step, so every workflow control reloads the item. */
export const WORKFLOW_STEP_EVENT = 'ttdn:workflow-step'

/** The item on screen, its workflow view in the language on screen, and who is looking. */
export type WorkflowContext = {
  collectionSlug: string
  id: number | string
  locale: Locale
  language: AdminLanguage
  roles: StaffRole[]
  apiUrl: string
  item: WorkflowItemView | null
}

/**
 * Reads the item on screen in the admin's content locale (drafts, no fallback) with the user's
 * own access, again after every save and every workflow step. `null` on a create view.
 */
export function useWorkflowItem(): WorkflowContext | null {
  const { id, collectionSlug, data, savedDocumentData } = useDocumentInfo()
  const { code } = useLocale()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const [item, setItem] = useState<WorkflowItemView | null>(null)
  const [generation, setGeneration] = useState(0)
  const locale: Locale = isLocale(code) ? code : DEFAULT_LOCALE
  // Relative, as Payload's own admin calls are: the admin may be opened under another host name.
  const apiUrl = config.routes.api
  const savedAt = (savedDocumentData?.updatedAt ?? data?.updatedAt) as string | undefined

  useEffect(() => {
    const reload = () => setGeneration((value) => value + 1)
    window.addEventListener(WORKFLOW_STEP_EVENT, reload)
    return () => window.removeEventListener(WORKFLOW_STEP_EVENT, reload)
  }, [])

  useEffect(() => {
    if (id === undefined || id === null || !collectionSlug) return
    const controller = new AbortController()
    const query = new URLSearchParams({
      locale,
      draft: 'true',
      depth: '0',
      'fallback-locale': 'null',
    })
    fetch(`${apiUrl}/${collectionSlug}/${String(id)}?${query}`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then(async (response) => {
        // An item the user cannot read shows no workflow controls (never an error page).
        if (!response.ok) return setItem(null)
        setItem(workflowItemViewOf({ doc: (await response.json()) as Record<string, unknown> }))
      })
      .catch((error: unknown) => {
        if ((error as Error).name !== 'AbortError') setItem(null)
      })
    return () => controller.abort()
  }, [apiUrl, collectionSlug, id, locale, savedAt, generation])

  if (id === undefined || id === null || !collectionSlug) return null
  const userRoles = (user as { roles?: unknown } | null | undefined)?.roles
  const roles = Array.isArray(userRoles) ? (userRoles as StaffRole[]) : []
  return {
    collectionSlug,
    id,
    locale,
    language: i18n.language === 'vi' ? 'vi' : 'en',
    roles,
    apiUrl,
    item,
  }
}

/** The outcome of one workflow step: the endpoint's own (translated) refusal when refused. */
export type StepResult = { ok: true } | { ok: false; message: string }

/**
 * Takes one workflow step through `POST /api/{collection}/:id/workflow`, asking for refusals in
 * the admin's language.
 */
export async function takeWorkflowStep({
  apiUrl,
  collectionSlug,
  id,
  action,
  locale,
  reason,
  language,
}: {
  apiUrl: string
  collectionSlug: string
  id: number | string
  action: WorkflowAction
  locale: Locale
  reason?: string
  language: string
}): Promise<StepResult> {
  const response = await fetch(`${apiUrl}/${collectionSlug}/${String(id)}/workflow`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify({ action, locale, ...(reason ? { reason } : {}) }),
  })
  if (response.ok) return { ok: true }
  return { ok: false, message: await refusalMessage({ response }) }
}

/** What a refused API request says, as the endpoint words it in the admin's language. */
export async function refusalMessage({ response }: { response: Response }): Promise<string> {
  const isJson = response.headers.get('content-type')?.includes('application/json') === true
  const body = (isJson ? await response.json() : {}) as {
    errors?: Array<{ message?: string }>
    message?: string
  }
  return body.errors?.[0]?.message ?? body.message ?? `HTTP ${response.status}`
}

/** Tells every workflow control that the item changed. */
export function announceWorkflowStep(): void {
  window.dispatchEvent(new Event(WORKFLOW_STEP_EVENT))
}
