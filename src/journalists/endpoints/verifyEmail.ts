import escapeHtml from 'escape-html'
import type { Endpoint } from 'payload'

import { requestLanguage, translate } from '../../i18n'
import { verifyJournalistEmail } from '../verifyJournalistEmail'
import { parseVerifyEmailParams } from './verifyEmailParams'

/**
 * `GET /api/journalists/verify-email?token=…&locale=…`: the link in the verification e-mail.
 * Confirms the address and answers with a short page in the journalist's language.
 */
export const verifyEmailEndpoint: Endpoint = {
  path: '/verify-email',
  method: 'get',
  handler: async (req) => {
    const locale = requestLanguage({ searchParams: req.searchParams, headers: req.headers })
    const { token } = parseVerifyEmailParams({ searchParams: req.searchParams })
    const isVerified =
      token !== null && (await verifyJournalistEmail({ payload: req.payload, token }))
    const message = translate({
      locale,
      key: isVerified ? 'email.verifiedPage' : 'email.verifyFailedPage',
    })
    const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(message)}</title></head><body style="font-family:sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5"><p>${escapeHtml(message)}</p></body></html>`
    return new Response(html, {
      status: isVerified ? 200 : 400,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  },
}
