import type { Article } from '../payload-types'

/** A Lexical rich-text value as Payload stores it (the shape of `Article['body']`). */
export type LexicalDocument = NonNullable<Article['body']>

/**
 * Turns plain paragraphs into Payload's Lexical JSON: a root holding one paragraph node per
 * string, each with a single unformatted text node. Empty strings are skipped, so a stray
 * blank line in seed data does not become an empty paragraph.
 */
export function lexicalParagraphs({ paragraphs }: { paragraphs: string[] }): LexicalDocument {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs
        .map((text) => text.trim())
        .filter((text) => text !== '')
        .map((text) => ({
          type: 'paragraph',
          format: '',
          indent: 0,
          version: 1,
          direction: 'ltr',
          textFormat: 0,
          textStyle: '',
          children: [
            { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 },
          ],
        })),
    },
  }
}
