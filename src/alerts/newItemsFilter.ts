import type { Requester } from '../access/requester'
import { allOf, type FilterNode } from '../search/filter/FilterNode'
import { searchFilterFor } from '../search/filter/searchFilterFor'

/**
 * What is new to `requester` in the digest window (`since`, `until`]: the items they may read
 * now (a withdrawal since `until` takes an item out), that they could read at `until`, and
 * that they could not read at `since` or were not yet published then. An item becomes new once
 * for its reader — when it is published, or later when its embargo opens to their tier (the
 * press time for an accredited journalist) — so consecutive windows never list it twice and
 * never skip it. Every clause is the visibility rule of src/access at one instant
 * (searchFilterFor), so no embargo detail is repeated here.
 */
export function newItemsFilter({
  requester,
  since,
  until,
  now,
}: {
  requester: Requester
  since: Date
  until: Date
  now: Date
}): FilterNode {
  const publishedBy = (at: Date): FilterNode => ({
    kind: 'compare',
    field: 'publishedAt',
    op: 'lte',
    value: at.getTime(),
  })
  return allOf([
    searchFilterFor({ requester, now }),
    searchFilterFor({ requester, now: until }),
    publishedBy(until),
    { kind: 'not', node: allOf([searchFilterFor({ requester, now: since }), publishedBy(since)]) },
  ])
}
