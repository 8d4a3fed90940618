import type { PayloadRequest, UIFieldServerProps } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../collections/slugs'
import { STAFF_ROLES, type StaffRole } from '../../src/access/roles'
import { DeliveryStatusPanel } from '../../src/components/admin/DeliveryStatusPanel'
import { PublicationBlockers } from '../../src/components/admin/PublicationBlockers'
import { createAgency, signInStaffPerRole } from '../helpers/accounts'
import { staffRequest } from '../helpers/localRequest'
import { startPayload, type TestApp } from '../helpers/startPayload'

/**
 * The sidebar panels of an article's edit view, rendered as each staff role: a role that may
 * not read deliveries gets no delivery panel — never the Forbidden that took the whole edit
 * view down with a 500 (issue 13).
 */
describe('the admin sidebar panels for every staff role', () => {
  let app: TestApp
  let articleId = 0
  const requests = new Map<StaffRole, PayloadRequest>()

  beforeAll(async () => {
    app = await startPayload()
    const agency = await createAgency({
      app,
      name: 'Báo và Phát thanh, Truyền hình',
      code: 'bao-ptth-panels',
    })
    const { ids } = await signInStaffPerRole({
      app,
      roles: STAFF_ROLES,
      agency,
      email: (role) => `${role}.panels@ttdn.test`,
    })
    for (const role of STAFF_ROLES) requests.set(role, await staffRequest({ app, id: ids[role] }))
    const article = await app.payload.create({
      collection: slugs.articles,
      draft: true,
      data: {
        title: 'Lễ hội trái cây Long Khánh',
        infoType: 'promotional',
        accessTier: 'public',
        classification: 'unclassified',
        agency,
      } as never,
    })
    articleId = article.id
  })

  afterAll(async () => {
    await app?.stop()
  })

  const props = (role: StaffRole) =>
    ({
      id: articleId,
      collectionSlug: slugs.articles,
      req: requests.get(role)!,
    }) as never as UIFieldServerProps

  it.each(['contributor', 'press-officer', 'viewer'] as const)(
    'shows a %s no delivery panel instead of failing',
    async (role) => {
      await expect(DeliveryStatusPanel(props(role))).resolves.toBeNull()
    },
  )

  it.each(['admin', 'publisher'] as const)(
    'shows a %s where the article has been delivered',
    async (role) => {
      const panel = await DeliveryStatusPanel(props(role))
      expect(renderToStaticMarkup(panel)).toContain('Chưa gửi tới nơi nhận nào.')
    },
  )

  it.each(STAFF_ROLES)(
    'renders the publication blockers for a %s without failing',
    async (role) => {
      const panel = await PublicationBlockers(props(role))
      expect(renderToStaticMarkup(panel)).toContain('Điều gì đang chặn xuất bản')
    },
  )
})
