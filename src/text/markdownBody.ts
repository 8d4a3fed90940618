import {
  convertLexicalToMarkdown,
  convertMarkdownToLexical,
  editorConfigFactory,
  type SanitizedServerEditorConfig,
} from '@payloadcms/richtext-lexical'
import type { Payload, RichTextField } from 'payload'

import { slugs } from '../../collections/slugs'
import { lexicalParagraphs, type LexicalDocument } from '../seed/lexical'

/**
 * An article body as the text of a sheet cell, both ways: Markdown (headings, bold, italic,
 * strike-through, inline code, links, bulleted and numbered lists, quotes), through the
 * converters of Payload's Lexical editor and the article body's own editor configuration, so
 * what an editor formats in the admin survives an export and its import. What Markdown cannot
 * say (uploads or relationships inside the text, underline, alignment) is left out of the cell.
 *
 * A line break in a cell starts a new paragraph, as a person typing in a spreadsheet means it;
 * the lines of a list or a quote stay together. Links keep only http(s) and mailto addresses: a
 * `javascript:` link in a cell becomes its text.
 */
export type BodyFormat = {
  toLexical: (markdown: string) => LexicalDocument
  toMarkdown: (body: unknown) => string
}

const formats = new WeakMap<Payload, BodyFormat>()

/** The Markdown format of the article body of this Payload instance (built once). */
export function articleBodyFormat({ payload }: { payload: Payload }): BodyFormat {
  const known = formats.get(payload)
  if (known) return known
  const field = payload.collections[slugs.articles].config.flattenedFields.find(
    (candidate) => candidate.name === 'body',
  )
  if (field?.type !== 'richText') throw new Error('Articles have no rich-text body field')
  const format = markdownBodyFormat({
    editorConfig: editorConfigFactory.fromField({ field: field as RichTextField }),
  })
  formats.set(payload, format)
  return format
}

export function markdownBodyFormat({
  editorConfig,
}: {
  editorConfig: SanitizedServerEditorConfig
}): BodyFormat {
  return {
    toLexical: (markdown) => {
      const text = paragraphPerLine({ markdown })
      // Text without any Markdown is paragraphs, built directly: the converter costs about
      // 1.5 ms a cell, a tenth of the import of a row in eight languages.
      if (!MARKDOWN_SYNTAX.test(text))
        return lexicalParagraphs({ paragraphs: text.split(/\n{2,}/) })
      const document = convertMarkdownToLexical({ editorConfig, markdown: text })
      return { root: withSafeLinks({ node: document.root }) } as LexicalDocument
    },
    toMarkdown: (body) => {
      if (!isRecord(body) || !isRecord(body.root)) return ''
      const plain = plainParagraphs({ root: body.root })
      if (plain !== null) return plain.join('\n\n')
      return convertLexicalToMarkdown({ data: body as never, editorConfig }).trim()
    },
  }
}

/**
 * Characters and line starts that mean something in Markdown; text without them converts to
 * the same paragraphs either way.
 */
const MARKDOWN_SYNTAX = /[\\`*_~[\]#>|<&!]|^\s*(?:[-+=]|\d+[.)])/m

const LIST_OR_QUOTE = /^\s*(?:[-+*]\s|\d+[.)]\s|>)/
const FENCE = /^\s*```/

/** Separates consecutive lines with a blank line, except inside lists, quotes and code. */
function paragraphPerLine({ markdown }: { markdown: string }): string {
  const lines = markdown
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : line.trimEnd()))
  const out: string[] = []
  let isInFence = false
  for (const [index, line] of lines.entries()) {
    if (FENCE.test(line)) isInFence = !isInFence
    out.push(line)
    const next = lines[index + 1]
    if (next === undefined || isInFence || line === '' || next === '') continue
    const keepsTogether =
      (LIST_OR_QUOTE.test(line) || /^\s+\S/.test(line)) &&
      (LIST_OR_QUOTE.test(next) || /^\s+\S/.test(next))
    if (!keepsTogether && !FENCE.test(next)) out.push('')
  }
  return out.join('\n').trim()
}

/** The texts of a body made only of paragraphs of unformatted text without Markdown; else null. */
function plainParagraphs({ root }: { root: Record<string, unknown> }): string[] | null {
  const children = Array.isArray(root.children) ? root.children : []
  const texts: string[] = []
  for (const paragraph of children) {
    if (!isRecord(paragraph) || paragraph.type !== 'paragraph') return null
    const inline = Array.isArray(paragraph.children) ? paragraph.children : []
    let text = ''
    for (const node of inline) {
      if (!isRecord(node) || node.type !== 'text' || node.format !== 0) return null
      if (typeof node.text !== 'string') return null
      text += node.text
    }
    if (text.trim() === '' || text !== text.trim() || /\n/.test(text)) return null
    if (MARKDOWN_SYNTAX.test(text)) return null
    texts.push(text)
  }
  return texts
}

function withSafeLinks({ node }: { node: Record<string, unknown> }): Record<string, unknown> {
  if (!Array.isArray(node.children)) return node
  const children: unknown[] = []
  for (const child of node.children as unknown[]) {
    if (!isRecord(child)) continue
    const safe = withSafeLinks({ node: child })
    if (
      (child.type === 'link' || child.type === 'autolink') &&
      !isSafeUrl({ fields: child.fields })
    )
      children.push(...(Array.isArray(safe.children) ? (safe.children as unknown[]) : []))
    else children.push(safe)
  }
  return { ...node, children }
}

function isSafeUrl({ fields }: { fields: unknown }): boolean {
  const url = isRecord(fields) && typeof fields.url === 'string' ? fields.url.trim() : ''
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol)
  } catch {
    // A relative or unparsable address: nothing a reader could follow safely from elsewhere.
    return false
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
