import type { UIFieldServerProps } from 'payload'
import React from 'react'

import { slugs } from '../../../collections/slugs'
import { adminText } from '../../admin/labels'

/**
 * "Poll now" on a saved feed (a plain form: works without scripts). Whoever can open the feed
 * may manage it (collections/HarvestFeeds), so everyone who sees it gets the button; the poll
 * runs on the harvest queue within seconds and its outcome shows in the feed's state.
 */
export function PollFeedNowButton({ id, req }: UIFieldServerProps): React.ReactElement | null {
  if (id === undefined || id === null) return null
  return (
    <form
      method="post"
      action={`/api/${slugs.harvestFeeds}/${String(id)}/poll`}
      style={{ marginBottom: 'var(--base)' }}
    >
      <button
        type="submit"
        className="btn btn--style-secondary btn--size-small"
        data-testid="poll-feed-now"
      >
        {adminText({ req, text: { vi: 'Lấy tin ngay', en: 'Poll now' } })}
      </button>
    </form>
  )
}
