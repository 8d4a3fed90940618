import type {
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

/**
 * Before forgot-password: Payload would mail the link inside the request, so an address with an
 * account would be answered only after the mail server took the message, and one without at
 * once — the answer's time would tell which addresses have accounts. Payload is told not to mail
 * (`disableEmail`), and {@link mailResetLinkAfterAnswer} sends the same mail (the collection's
 * `auth.forgotPassword.generateEmailHTML/Subject`) after the answer, without holding it. A caller
 * that disabled the mail itself (a script asking for a token) is left alone.
 */
export const deferResetMail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const forgotArgs = args as { disableEmail?: boolean }
  if (forgotArgs.disableEmail) return args
  req.context.resetMailAfterAnswer = true
  return { ...args, disableEmail: true }
}

/**
 * After forgot-password found an account (Payload reaches its after-hooks with the new token
 * only then): starts mailing the reset link and returns without waiting for it. A failed
 * delivery is logged; the requester's answer is the same either way.
 */
export const mailResetLinkAfterAnswer: CollectionAfterOperationHook = ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'forgotPassword' || req.context.resetMailAfterAnswer !== true) return result
  delete req.context.resetMailAfterAnswer
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof result !== 'string' || typeof email !== 'string') return result
  void mailResetLink({ collection, email: email.trim().toLowerCase(), req, token: result })
  return result
}

async function mailResetLink({
  collection,
  email,
  req,
  token,
}: {
  collection: SanitizedCollectionConfig
  email: string
  req: PayloadRequest
  token: string
}): Promise<void> {
  const { payload } = req
  try {
    const user = await payload.db.findOne<
      { id: number | string; email?: unknown } & Record<string, unknown>
    >({
      collection: collection.slug,
      where: { email: { equals: email } },
    })
    if (!user || typeof user.email !== 'string') return
    const generators = collection.auth?.forgotPassword
    if (!generators?.generateEmailHTML || !generators.generateEmailSubject) {
      throw new Error(`${collection.slug} has no reset-password mail configured`)
    }
    const html = await generators.generateEmailHTML({ req, token, user })
    const subject = await generators.generateEmailSubject({ req, token, user })
    await payload.sendEmail({ to: user.email, subject, html })
  } catch (error) {
    payload.logger.error({
      msg: `Could not mail the password-reset link of a ${collection.slug} account`,
      err: error,
    })
  }
}
