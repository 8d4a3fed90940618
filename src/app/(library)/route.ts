import { requestLanguage } from '../../i18n'

/** `/` sends the reader to the library in the best language their browser asks for. */
export function GET(request: Request): Response {
  const language = requestLanguage({ headers: request.headers })
  return new Response(null, {
    status: 307,
    headers: { Location: `/${language}`, Vary: 'Accept-Language', 'Cache-Control': 'no-store' },
  })
}
