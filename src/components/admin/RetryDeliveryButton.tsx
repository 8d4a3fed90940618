import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'
import { adminText } from '../../admin/labels'

/**
 * A retry button on a failed or pending delivery (a plain form: works without scripts), for
 * admins only: the retry endpoint is theirs, and a publisher reading deliveries would only be
 * refused.
 */
export function RetryDeliveryButton({
  id,
  data,
  req,
}: UIFieldServerProps): React.ReactElement | null {
  if (
    !hasRole({ user: req.user, role: 'admin' }) ||
    id === undefined ||
    id === null ||
    (data as { status?: string } | undefined)?.status === 'delivered'
  )
    return null
  return (
    <form
      method="post"
      action={`/api/deliveries/${String(id)}/retry`}
      style={{ marginBottom: 'var(--base)' }}
    >
      <button type="submit" className="btn btn--style-secondary btn--size-small">
        {adminText({ req, text: { vi: 'Gửi lại ngay', en: 'Retry now' } })}
      </button>
    </form>
  )
}
