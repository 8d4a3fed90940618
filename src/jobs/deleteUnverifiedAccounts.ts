import type { Payload, TaskConfig } from 'payload'

import { slugs } from '../../collections/slugs'
import { getEnv } from '../env'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes the journalist accounts whose e-mail address is still unconfirmed `retentionDays`
 * after registration. Registration mails an official message to any address typed in; an
 * account nobody confirms belongs to someone who never asked for it (or who will register
 * again), so it is not kept. Deleted through the Local API so the account's own data goes with
 * it and each deletion is audited.
 */
export async function deleteUnverifiedAccounts({
  payload,
  now,
  retentionDays,
}: {
  payload: Payload
  now: Date
  retentionDays: number
}): Promise<{ deleted: number; failed: number }> {
  const registeredBefore = new Date(now.getTime() - retentionDays * DAY_MS).toISOString()
  const result = await payload.delete({
    collection: slugs.journalists,
    where: {
      and: [
        { createdAt: { less_than: registeredBefore } },
        { or: [{ _verified: { equals: false } }, { _verified: { exists: false } }] },
      ],
    },
    depth: 0,
    overrideAccess: true,
  })
  for (const error of result.errors) {
    payload.logger.error({
      msg: `Could not delete unverified journalist account ${String(error.id)}: ${error.message}`,
    })
  }
  return { deleted: result.docs.length, failed: result.errors.length }
}

/** Daily at 04:15: {@link deleteUnverifiedAccounts} with `UNVERIFIED_ACCOUNT_RETENTION_DAYS`. */
export function deleteUnverifiedAccountsTask({
  queue,
}: {
  queue: string
}): TaskConfig<{ input: object; output: { deleted: number } }> {
  return {
    slug: 'delete-unverified-accounts',
    label: 'Delete journalist accounts left unverified',
    schedule: [{ cron: '0 15 4 * * *', queue }],
    retries: 2,
    handler: async ({ req }) => {
      const { deleted, failed } = await deleteUnverifiedAccounts({
        payload: req.payload,
        now: new Date(),
        retentionDays: getEnv().unverifiedAccountRetentionDays,
      })
      if (deleted > 0) {
        req.payload.logger.info({
          msg: `Accounts: ${deleted} unverified journalist account(s) deleted`,
        })
      }
      if (failed > 0) throw new Error(`${failed} unverified account(s) could not be deleted`)
      return { output: { deleted } }
    },
  }
}
