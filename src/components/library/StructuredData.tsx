import { jsonLdScriptText, type JsonLd } from '../../library/seo/structuredData'

/**
 * A page's schema.org JSON-LD (src/library/seo/structuredData.ts) in a
 * `<script type="application/ld+json">`: a data block, never run, so the Content-Security-Policy
 * does not apply to it. Nothing when the page has none (an item the public may not read).
 */
export function StructuredData({ data }: { data: JsonLd | null }) {
  if (!data) return null
  return (
    <script
      type="application/ld+json"
      // JSON with `<` escaped (jsonLdScriptText): it cannot close the element.
      dangerouslySetInnerHTML={{ __html: jsonLdScriptText(data) }}
    />
  )
}
