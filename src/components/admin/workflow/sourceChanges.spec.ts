import { describe, expect, it } from 'vitest'

import { sourceChanges } from './sourceChanges'

describe('sourceChanges', () => {
  it('marks the words added to and removed from a changed field', () => {
    const [change] = sourceChanges({
      fields: [
        {
          name: 'title',
          label: 'Tiêu đề',
          before: 'Lễ hội hoa Đà Lạt năm 2025',
          after: 'Lễ hội hoa Đà Lạt năm 2026 khai mạc',
        },
      ],
    })
    expect(change?.name).toBe('title')
    expect(
      change?.parts.filter((part) => part.kind === 'removed').map((part) => part.text),
    ).toEqual(['2025'])
    expect(
      change?.parts
        .filter((part) => part.kind === 'added')
        .map((part) => part.text)
        .join(''),
    ).toContain('2026')
    expect(
      change?.parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe('Lễ hội hoa Đà Lạt năm 2026 khai mạc')
  })

  it('leaves out fields whose text did not change (whitespace aside)', () => {
    expect(
      sourceChanges({
        fields: [
          { name: 'summary', label: 'Sapo', before: 'Một  câu.\n', after: 'Một câu.' },
          { name: 'body', label: 'Nội dung', before: '', after: '' },
        ],
      }),
    ).toEqual([])
  })
})
