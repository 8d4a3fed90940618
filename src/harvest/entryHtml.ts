import { ElementType, parseDocument } from 'htmlparser2'

import {
  lexicalDocument,
  lexicalText,
  type LexicalDocument,
  type LexicalInlineNode,
} from '../seed/lexical'
import { httpUrl } from './httpUrl'

/**
 * The HTML of a feed entry (an agency portal's description or content), reduced to what an
 * article body keeps: paragraphs of text, line breaks and http(s) links. Scripts, styles,
 * frames, forms, media and every attribute but a link's `href` are dropped, so nothing a portal
 * (or whoever broke into it) embedded can run in the admin or the library. Parsed with
 * htmlparser2, which decodes entities and forgives the broken markup portals publish.
 */
export function entryHtmlToLexical({ html }: { html: string }): LexicalDocument | null {
  const paragraphs = entryParagraphs({ html })
  return paragraphs.length > 0 ? lexicalDocument({ paragraphs }) : null
}

/** The text of an entry's HTML, one paragraph a line (for the summary and the title). */
export function entryHtmlToText({ html }: { html: string }): string {
  return entryParagraphs({ html })
    .map((inline) => inline.map(textOf).join(''))
    .join('\n')
}

/** The `src` of the first `<img>` in an entry's HTML, as written (may be relative). */
export function firstImageSource({ html }: { html: string }): string | null {
  let found: string | null = null
  const visit = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (found !== null) return
      if (!isElement(node)) continue
      const src = node.attribs.src?.trim()
      if (node.name === 'img' && src) {
        found = src
        return
      }
      visit(node.children)
    }
  }
  visit(parseDocument(html).children)
  return found
}

/** Elements whose whole content is dropped. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'img',
  'picture',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'form',
  'button',
  'input',
  'select',
  'textarea',
])

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'tr',
  'hr',
  'address',
])

type Paragraph = LexicalInlineNode[]

/** htmlparser2's nodes (domhandler's types, named through the parser this module uses). */
type ChildNode = ReturnType<typeof parseDocument>['children'][number]
type Element = Extract<ChildNode, { attribs: Record<string, string> }>

function entryParagraphs({ html }: { html: string }): Paragraph[] {
  const paragraphs: Paragraph[] = []
  let current: Paragraph = []
  const flush = (): void => {
    const trimmed = trimParagraph(current)
    if (trimmed.length > 0) paragraphs.push(trimmed)
    current = []
  }
  const visit = (nodes: ChildNode[], target: () => Paragraph): void => {
    for (const node of nodes) {
      if (node.type === ElementType.Text) {
        appendText({ paragraph: target(), text: node.data.replace(/\s+/g, ' ') })
        continue
      }
      if (!isElement(node) || DROPPED.has(node.name)) continue
      const link = node.name === 'a' ? httpUrl({ value: node.attribs.href }) : null
      if (node.name === 'br') {
        target().push({ type: 'linebreak', version: 1 })
      } else if (link && target() === current) {
        const children: Paragraph = []
        visit(node.children, () => children)
        const text = trimParagraph(children)
        if (text.length > 0) target().push(linkNode({ url: link, text }))
      } else if (BLOCKS.has(node.name)) {
        flush()
        visit(node.children, target)
        flush()
      } else {
        visit(node.children, target)
      }
    }
  }
  visit(parseDocument(html).children, () => current)
  flush()
  return paragraphs
}

function appendText({ paragraph, text }: { paragraph: Paragraph; text: string }): void {
  if (text === '') return
  const last = paragraph.at(-1)
  // Adjacent texts (split by dropped inline tags) become one node, with one space between.
  if (last?.type === 'text') {
    const joined = `${String(last.text)}${text}`.replace(/ {2,}/g, ' ')
    paragraph[paragraph.length - 1] = lexicalText({ text: joined })
    return
  }
  paragraph.push(lexicalText({ text }))
}

/** Drops leading and trailing spaces and line breaks; `[]` when nothing but spaces is left. */
function trimParagraph(paragraph: Paragraph): Paragraph {
  const nodes = [...paragraph]
  while (nodes[0]?.type === 'linebreak') nodes.shift()
  while (nodes.at(-1)?.type === 'linebreak') nodes.pop()
  const first = nodes[0]
  if (first?.type === 'text') nodes[0] = lexicalText({ text: String(first.text).trimStart() })
  const last = nodes.at(-1)
  if (last?.type === 'text') {
    nodes[nodes.length - 1] = lexicalText({ text: String(last.text).trimEnd() })
  }
  const kept = nodes.filter((node) => node.type !== 'text' || node.text !== '')
  return kept.some((node) => node.type !== 'linebreak') ? kept : []
}

function linkNode({ url, text }: { url: string; text: Paragraph }): LexicalInlineNode {
  return {
    type: 'link',
    version: 3,
    format: '',
    indent: 0,
    direction: 'ltr',
    fields: { url, newTab: false, linkType: 'custom' },
    children: text,
  }
}

function textOf(node: LexicalInlineNode): string {
  if (node.type === 'text') return String(node.text)
  if (node.type === 'linebreak') return '\n'
  const children = (node as { children?: LexicalInlineNode[] }).children ?? []
  return children.map(textOf).join('')
}

function isElement(node: ChildNode): node is Element {
  return ElementType.isTag(node)
}
