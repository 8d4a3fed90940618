import { describe, expect, it } from 'vitest'

import { findClassificationStamps } from '../security/findClassificationStamps'
import { richTextToPlainText } from './richTextToPlainText'

describe('richTextToPlainText', () => {
  it('puts every paragraph, heading and list item on its own line', () => {
    const value = lexical(
      heading('Kế hoạch năm 2025'),
      paragraph(text('UBND tỉnh ban hành kế hoạch.')),
      paragraph(text('MẬT')),
      list(listItem(text('Mục một')), listItem(text('Mục hai'))),
    )
    expect(richTextToPlainText({ value }).split('\n')).toEqual([
      'Kế hoạch năm 2025',
      'UBND tỉnh ban hành kế hoạch.',
      'MẬT',
      'Mục một',
      'Mục hai',
    ])
  })

  it('keeps inline nodes in their line and turns line breaks into newlines', () => {
    const value = lexical(
      paragraph(
        text('Xem '),
        { type: 'link', children: [text('phụ lục')], fields: { url: 'https://x.vn' } },
        text(' đính kèm'),
        { type: 'linebreak' },
        text('TỐI MẬT'),
      ),
    )
    expect(richTextToPlainText({ value })).toBe('Xem phụ lục đính kèm\nTỐI MẬT')
  })

  it('reads the text inside blocks', () => {
    const value = lexical({
      type: 'block',
      fields: { id: 'abc', blockType: 'quote', quote: 'Độ mật: Mật', author: 'Sở Nội vụ' },
    })
    expect(richTextToPlainText({ value }).split('\n')).toEqual(['Độ mật: Mật', 'Sở Nội vụ'])
  })

  it('lets line-based stamp rules see a stamp paragraph and not a capitalised headline', () => {
    const stamped = lexical(paragraph(text('Tài liệu gửi kèm')), paragraph(text('[MẬT]')))
    const headline = lexical(heading('MẬT ONG RỪNG NAM CÁT TIÊN'), paragraph(text('Mật ong')))
    expect(
      findClassificationStamps({ text: richTextToPlainText({ value: stamped }) }),
    ).toHaveLength(1)
    expect(findClassificationStamps({ text: richTextToPlainText({ value: headline }) })).toEqual([])
  })

  it('accepts the JSON as a string, returns other strings as they are, and nothing for the rest', () => {
    const value = lexical(paragraph(text('Xin chào')))
    expect(richTextToPlainText({ value: JSON.stringify(value) })).toBe('Xin chào')
    expect(richTextToPlainText({ value: 'chữ thường' })).toBe('chữ thường')
    expect(richTextToPlainText({ value: null })).toBe('')
    expect(richTextToPlainText({ value: undefined })).toBe('')
    expect(richTextToPlainText({ value: { root: null } })).toBe('')
  })
})

type LexicalNode = Record<string, unknown>

function lexical(...children: LexicalNode[]): { root: LexicalNode } {
  return { root: { type: 'root', children } }
}

function text(value: string): LexicalNode {
  return { type: 'text', text: value }
}

function paragraph(...children: LexicalNode[]): LexicalNode {
  return { type: 'paragraph', children }
}

function heading(value: string): LexicalNode {
  return { type: 'heading', tag: 'h2', children: [text(value)] }
}

function list(...children: LexicalNode[]): LexicalNode {
  return { type: 'list', listType: 'bullet', children }
}

function listItem(...children: LexicalNode[]): LexicalNode {
  return { type: 'listitem', children }
}
