/**
 * The parameters every account e-mail fills in (`email.verifyBody`, `email.resetBody`): the
 * account holder's name, the link, and — for a link that expires after `linkMs` — how many
 * hours it works.
 */
export function accountMailParams({
  user,
  url,
  linkMs,
}: {
  user: unknown
  url: string
  linkMs?: number
}): Record<string, string> {
  const name = (user as { name?: unknown } | null | undefined)?.name
  return {
    name: typeof name === 'string' ? name : '',
    url,
    ...(linkMs === undefined ? {} : { hours: String(linkMs / HOUR_MS) }),
  }
}

const HOUR_MS = 60 * 60 * 1000
