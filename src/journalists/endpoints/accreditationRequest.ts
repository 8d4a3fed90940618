import { randomUUID } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { slugs } from '../../../collections/slugs'
import { NotSignedInError } from '../../errors/AppError'
import { formWithin } from '../../http/formWithin'
import { isLocale, requestLanguage, type Locale } from '../../i18n'
import { enforceRequestLimit } from '../../rateLimits/requestLimit'
import {
  accreditationRequestProblem,
  PRESS_CARD_MAX_BYTES,
  type AccreditationRequestProblem,
} from '../pressCards'

/**
 * `POST /api/journalists/accreditation-request` (multipart: `lang`, `purpose`, `pressCardScan`):
 * the signed-in journalist's accreditation request from the library's account page — the
 * purpose of the visit and a scan of the press card, stored privately (collections/PressCards).
 * A plain form post, so it works without scripts and without Next.js's server-action body
 * limit; the answer sends the browser back to the account page (303) with `?request=sent` or
 * the problem to show. The journalist's record is updated as the journalist, with access on;
 * the hook `recordAccreditationRequest` dates the request and reopens a closed one.
 */
export const accreditationRequestEndpoint: Endpoint = {
  path: '/accreditation-request',
  method: 'post',
  handler: async (req) => {
    await enforceRequestLimit({ req, rule: 'libraryActions' })
    const user = req.user
    if (!user || user.collection !== slugs.journalists) throw new NotSignedInError()
    const form = await formWithin({ req, maxBytes: MAX_FORM_BYTES })
    if (!form)
      return backToAccount({ lang: languageOf({ req, value: null }), result: 'scanInvalid' })
    const lang = languageOf({ req, value: form.get('lang') })
    const purpose = textOf(form.get('purpose'))
    const upload = form.get('pressCardScan')
    const file = upload instanceof File && upload.size > 0 ? upload : null
    const journalist = await req.payload.findByID({
      collection: slugs.journalists,
      id: user.id,
      depth: 0,
      user,
      overrideAccess: false,
      req,
    })
    const problem = accreditationRequestProblem({
      purpose,
      file: file ? { mimetype: file.type, size: file.size } : null,
      hasScanOnFile: Boolean(journalist.pressCardScan),
    })
    if (problem) return backToAccount({ lang, result: problem })

    let scan = journalist.pressCardScan
    if (file) {
      try {
        const card = await req.payload.create({
          collection: slugs.pressCards,
          data: { journalist: user.id },
          file: {
            data: Buffer.from(await file.arrayBuffer()),
            mimetype: file.type,
            // Not the name it had on the journalist's device, which may carry their name.
            name: `press-card-${randomUUID()}${EXTENSIONS[file.type] ?? ''}`,
            size: file.size,
          },
          user,
          overrideAccess: false,
          req,
        })
        scan = card.id
      } catch (error) {
        // Payload reads the bytes: a file that is not what its type says is refused here.
        if (error instanceof Error && error.name === 'ValidationError') {
          return backToAccount({ lang, result: 'scanInvalid' })
        }
        throw error
      }
    }
    await req.payload.update({
      collection: slugs.journalists,
      id: user.id,
      data: { accreditationPurpose: purpose, pressCardScan: scan },
      depth: 0,
      user,
      overrideAccess: false,
      req,
    })
    return backToAccount({ lang, result: 'sent' })
  },
}

/** The scan, the purpose and the form's own parts. */
const MAX_FORM_BYTES = PRESS_CARD_MAX_BYTES + 64 * 1024

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'application/pdf': '.pdf',
}

function backToAccount({
  lang,
  result,
}: {
  lang: Locale
  result: AccreditationRequestProblem | 'sent'
}): Response {
  return new Response(null, {
    status: 303,
    headers: {
      Location: `/${lang}/account?request=${result}#accreditation-heading`,
      'Cache-Control': 'no-store',
    },
  })
}

function languageOf({ req, value }: { req: PayloadRequest; value: unknown }): Locale {
  return isLocale(value) ? value : requestLanguage({ headers: req.headers })
}

function textOf(value: FormDataEntryValue | null): string {
  return typeof value === 'string' ? value.trim() : ''
}
