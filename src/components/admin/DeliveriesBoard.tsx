import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { deliveriesBoardFilters } from '../../admin/boards/boardFilters'
import { loadDeliveriesBoard } from '../../admin/boards/loadDeliveriesBoard'
import { BoardFrame } from './boards/BoardFrame'
import { DeliveriesBoardContent } from './DeliveriesBoardContent'

/**
 * `/admin/deliveries-board`: every push a target has not acknowledged — pending, retrying or
 * given up — grouped by target, with the item, version, attempts, the last answer and when
 * the queue tries again. Admins and publishers only; admins can retry a delivery at once.
 */
export function DeliveriesBoard(view: AdminViewServerProps): React.ReactElement {
  const { req } = view.initPageResult
  return (
    <BoardFrame
      view={view}
      board="deliveriesBoard"
      render={async () => {
        const filters = deliveriesBoardFilters({ searchParams: view.searchParams })
        return (
          <DeliveriesBoardContent
            board={await loadDeliveriesBoard({ req, filters })}
            filters={filters}
            language={req.i18n?.language}
            now={new Date()}
          />
        )
      }}
    />
  )
}
