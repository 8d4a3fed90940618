import { createLocalReq, logoutOperation, type Payload, type PayloadRequest } from 'payload'

/**
 * Ends the signed-in reader's session on the server, as `POST /api/{collection}/logout` does:
 * Payload keeps each login as a session on the account (`auth.useSessions`), and a token is
 * only accepted while its session exists, so a copied token or cookie stops working here and
 * not only in this browser. Also records the logout in the audit log (the collection's
 * `afterLogout` hooks).
 */
export async function endSession({
  payload,
  user,
}: {
  payload: Payload
  user: PayloadRequest['user']
}): Promise<void> {
  if (!user) return
  const collection = payload.collections[user.collection as keyof Payload['collections']]
  if (!collection) return
  const req = await createLocalReq({ user }, payload)
  await logoutOperation({ collection, req })
}
