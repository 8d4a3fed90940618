import type { Article } from '../payload-types'

/** A Lexical rich-text value as Payload stores it (the shape of `Article['body']`). */
export type LexicalDocument = NonNullable<Article['body']>

/** One node inside a paragraph: a text, a link around texts, a line break. */
export type LexicalInlineNode = LexicalDocument['root']['children'][number]

/**
 * Turns plain paragraphs into Payload's Lexical JSON: a root holding one paragraph node per
 * string, each with a single unformatted text node. Empty strings are skipped, so a stray
 * blank line in seed data does not become an empty paragraph.
 */
export function lexicalParagraphs({ paragraphs }: { paragraphs: string[] }): LexicalDocument {
  return lexicalDocument({
    paragraphs: paragraphs
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => [lexicalText({ text })]),
  })
}

/** A Lexical root holding one paragraph per list of inline nodes (src/harvest builds links). */
export function lexicalDocument({
  paragraphs,
}: {
  paragraphs: LexicalInlineNode[][]
}): LexicalDocument {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((children) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children,
      })),
    },
  }
}

/** An unformatted Lexical text node. */
export function lexicalText({ text }: { text: string }): LexicalInlineNode {
  return { type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }
}
