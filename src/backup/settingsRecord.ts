/** What a backup records of one setting: its value, or only that a secret was set. */
export type RecordedSetting = { value: string } | { secret: true; value: null }

/**
 * Variables whose values never go into an archive. A restore needs them from the province's
 * own secret store: PAYLOAD_SECRET signs sessions and encrypts the API clients' keys (passwords
 * are salted hashes and do not depend on it), and the others open outside services.
 */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'PAYLOAD_SECRET',
  'S3_SECRET_ACCESS_KEY',
  'MEILI_MASTER_KEY',
  'SEED_ADMIN_PASSWORD',
  'BACKUP_ENCRYPTION_KEY',
])

/**
 * The settings of this deployment as an archive records them: every set variable, secrets
 * replaced by a mark, and the credentials inside connection URLs (DATABASE_URL, SMTP_URL)
 * replaced by `***`, so that an operator can rebuild `.env` from it and knows which secrets to
 * fetch.
 */
export function settingsRecord({
  variables,
}: {
  variables: Record<string, string>
}): Record<string, RecordedSetting> {
  return Object.fromEntries(
    Object.entries(variables)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => [
        name,
        SECRET_VARIABLES.has(name)
          ? { secret: true, value: null }
          : { value: value.replace(/\/\/([^@/]+)@/, '//***@') },
      ]),
  )
}
