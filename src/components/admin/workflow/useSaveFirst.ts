'use client'
import { useForm, useFormModified } from '@payloadcms/ui'
import { useCallback } from 'react'

import type { Locale } from '../../../i18n/locales'

/**
 * Saves unsaved edits of the item on screen as a draft in `locale` before a workflow step, so
 * the step acts on what the user sees. Resolves `false` when the save failed (Payload's own
 * error toast says why) and `true` when it succeeded or there was nothing to save.
 */
export function useSaveFirst({
  apiUrl,
  collectionSlug,
  id,
  locale,
}: {
  apiUrl: string
  collectionSlug: string
  id: number | string
  locale: Locale
}): () => Promise<boolean> {
  const { submit } = useForm()
  const modified = useFormModified()
  return useCallback(async () => {
    if (!modified) return true
    const query = new URLSearchParams({
      depth: '0',
      draft: 'true',
      'fallback-locale': 'null',
      locale,
    })
    const result = await submit({
      action: `${apiUrl}/${collectionSlug}/${String(id)}?${query}`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
      // The step's own message says what happened; "Cập nhật thành công" would not.
      disableSuccessStatus: true,
    })
    return result?.res?.ok === true
  }, [apiUrl, collectionSlug, id, locale, modified, submit])
}
