import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole } from '../../access/roles'
import { boardsFor } from './boardAccess'
import { OPEN_DELIVERY_STATES, listOpenDeliveries } from '../../syndication/openDeliveries'
import { DeliveriesBoardContent } from './DeliveriesBoardContent'

/**
 * `/admin/deliveries-board`: every push a target has not acknowledged — pending, retrying or
 * given up — grouped by target, with the item, version, attempts, the last answer and when
 * the queue tries again. Admins and publishers only; admins can retry a delivery at once.
 */
export async function DeliveriesBoard({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps): Promise<React.ReactElement> {
  const { req, visibleEntities, permissions, locale } = initPageResult
  const isAdmin = hasRole({ user: req.user, role: 'admin' })
  const mayView = boardsFor({ user: req.user }).deliveriesBoard
  const filters = {
    state: OPEN_DELIVERY_STATES.find((state) => state === searchParams?.state),
    target:
      typeof searchParams?.target === 'string' && /^\w+$/.test(searchParams.target)
        ? searchParams.target
        : undefined,
  }
  const board = mayView
    ? await listOpenDeliveries({ req, state: filters.state, targetId: filters.target })
    : null

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <DeliveriesBoardContent
          board={board}
          filters={filters}
          isAdmin={isAdmin}
          language={req.i18n?.language}
          now={new Date()}
        />
      </Gutter>
    </DefaultTemplate>
  )
}
