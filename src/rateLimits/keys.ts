import { createHash } from 'node:crypto'

/**
 * The key under which an e-mail address is counted: a hash, so the limit store (a database
 * collection under MongoDB) never holds the addresses people typed, valid or not.
 */
export function accountKey({ collection, email }: { collection: string; email: string }): string {
  return createHash('sha256')
    .update(`${collection}\u0000${email.trim().toLowerCase()}`)
    .digest('base64url')
    .slice(0, 32)
}

/**
 * The key of a client address, or null when the address is unknown (a request built
 * in-process, or a listener that does not stamp the peer; see src/http/clientAddress.ts).
 * Unknown addresses are not pooled under one key: one abuser would use up everyone's budget.
 */
export function addressKey({ address }: { address: string | null }): string | null {
  return address === null ? null : `address:${address}`
}

/**
 * Who is asking, for the doors limited per requester (search, downloads, the sync): the
 * signed-in account or API client when there is one — so colleagues behind one office address
 * do not share a budget — otherwise the client address.
 */
export function requesterKey({
  user,
  address,
}: {
  user: { collection?: string; id?: number | string } | null | undefined
  address: string | null
}): string | null {
  if (user?.collection && user.id !== undefined) return `account:${user.collection}:${user.id}`
  return addressKey({ address })
}
