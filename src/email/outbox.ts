/** An e-mail the app would have sent, kept in memory when no SMTP server is configured. */
export type CapturedEmail = {
  to: string[]
  from: string
  subject: string
  text: string
  html: string
  /** Extra header lines the message carries (`List-Unsubscribe`, …). */
  headers: Record<string, string>
  sentAt: Date
}

const captured: CapturedEmail[] = []

/** The most recent captured messages are kept; older ones are dropped. */
const CAPACITY = 500

export function recordCapturedEmail({ email }: { email: CapturedEmail }): void {
  captured.push(email)
  if (captured.length > CAPACITY) captured.splice(0, captured.length - CAPACITY)
}

/** Captured messages, oldest first, optionally only those sent to `to`. */
export function capturedEmails({ to }: { to?: string } = {}): readonly CapturedEmail[] {
  if (!to) return [...captured]
  const address = to.toLowerCase()
  return captured.filter((email) =>
    email.to.some((recipient) => recipient.toLowerCase() === address),
  )
}
