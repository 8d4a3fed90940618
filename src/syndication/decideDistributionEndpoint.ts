import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { readJsonBody } from '../http/jsonBody'
import { decideDistribution, notifyDistributionRefusal } from './decideDistribution'
import { parseDistributionDecision } from './distributionDecisionParams'

/**
 * `POST /api/distribution-approvals/decide` with `{ id, decision: 'approve' | 'refuse',
 * reason?, version? }`: a department manager's (or an admin's) decision on one language of one
 * item before national distribution ({@link decideDistribution}), in one transaction; a refusal
 * is mailed to the agency's publishers once it is committed. Answers `{ doc }`, the approval as
 * decided; bad input is the translated 400, a role that may not decide 403, a decision already
 * taken or on an older version 409.
 */
export const decideDistributionEndpoint: Endpoint = {
  path: '/decide',
  method: 'post',
  handler: async (req) => {
    const params = parseDistributionDecision({ body: await readJsonBody({ req }) })
    const shouldCommit = await initTransaction(req)
    let doc
    try {
      doc = await decideDistribution({ req, params })
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
    if (doc.status === 'refused') await notifyDistributionRefusal({ req, approval: doc })
    return Response.json({ doc })
  },
}
