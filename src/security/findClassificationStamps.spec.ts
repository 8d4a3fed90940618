import { describe, expect, it } from 'vitest'

import { findClassificationStamps } from './findClassificationStamps'

function markingsIn(text: string): string[] {
  return findClassificationStamps({ text }).map((stamp) => stamp.marking)
}

describe('findClassificationStamps', () => {
  it.each([
    ['MẬT', 'MẬT'],
    ['TỐI MẬT', 'TỐI MẬT'],
    ['TUYỆT MẬT', 'TUYỆT MẬT'],
    ['[MẬT]', 'MẬT'],
    ['(TỐI MẬT)', 'TỐI MẬT'],
    ['*** TUYỆT MẬT ***', 'TUYỆT MẬT'],
    ['— MẬT —', 'MẬT'],
    ['« MẬT »', 'MẬT'],
    ['“TỐI MẬT”', 'TỐI MẬT'],
    ['"MẬT"', 'MẬT'],
    ['   MẬT   ', 'MẬT'],
    ['T Ố I   M Ậ T', 'TỐI MẬT'],
    ['ĐỘ MẬT: TỐI MẬT', 'TỐI MẬT'],
    ['ĐỘ MẬT : TỐI MẬT', 'TỐI MẬT'],
    ['Độ mật: Mật', 'Độ mật'],
    ['độ mật :tuyệt mật', 'Độ mật'],
    ['ĐỘ MẬT:', 'Độ mật'],
    ['- Độ mật: Tối mật', 'Độ mật'],
    ['Số: 12/BC-UBND      Độ mật: Tối mật', 'Độ mật'],
    ['Gửi kèm tài liệu TỐI MẬT số 12', 'TỐI MẬT'],
    ['Kế hoạch TUYỆT MẬT, không phổ biến', 'TUYỆT MẬT'],
  ])('finds the stamp in %j', (text, marking) => {
    expect(markingsIn(text)).toEqual([marking])
  })

  it('finds a stamp on its own line inside a longer text, with any line ending', () => {
    const text = 'UBND TỈNH ĐỒNG NAI\r\nSố: 45/KH-UBND\r\nMẬT\r\nKế hoạch triển khai…'
    expect(findClassificationStamps({ text })).toEqual([{ marking: 'MẬT', excerpt: 'MẬT' }])
  })

  it('finds every stamp of a text', () => {
    const text = 'TUYỆT MẬT\nNội dung\nĐộ mật: Tuyệt mật\nTrích tài liệu TỐI MẬT'
    expect(markingsIn(text)).toEqual(['TUYỆT MẬT', 'Độ mật', 'TỐI MẬT'])
  })

  it('finds stamps in decomposed (NFD) text', () => {
    expect(markingsIn('TỐI MẬT'.normalize('NFD'))).toEqual(['TỐI MẬT'])
    expect(markingsIn('Độ mật: Mật'.normalize('NFD'))).toEqual(['Độ mật'])
    expect(markingsIn('tài liệu TUYỆT MẬT'.normalize('NFD'))).toEqual(['TUYỆT MẬT'])
  })

  it.each([
    ['A + dot below + circumflex', 'M\u0041\u0323\u0302T'],
    ['A + circumflex + dot below', 'M\u0041\u0302\u0323T'],
    ['Â + dot below', 'M\u00C2\u0323T'],
    ['Ạ + circumflex', 'M\u1EA0\u0302T'],
  ])('finds MẬT whose Ậ is typed as %s', (_, text) => {
    expect(markingsIn(text)).toEqual(['MẬT'])
  })

  it.each([
    ['E + dot below + circumflex', 'TUY\u0045\u0323\u0302T MẬT'],
    ['Ê + dot below', 'TUY\u00CA\u0323T MẬT'],
    ['Ẹ + circumflex', 'TUY\u1EB8\u0302T MẬT'],
  ])('finds TUYỆT MẬT whose Ệ is typed as %s', (_, text) => {
    expect(markingsIn(text)).toEqual(['TUYỆT MẬT'])
  })

  it('ignores invisible characters and a look-alike Đ inside a stamp', () => {
    expect(markingsIn('MẬ\u200BT')).toEqual(['MẬT'])
    expect(markingsIn('\u00D0ộ mật: Mật')).toEqual(['Độ mật'])
  })

  it('gives the excerpt around an inline stamp, not the whole line', () => {
    const text = `${'Mở đầu. '.repeat(20)}tài liệu TỐI MẬT số 12${' Kết thúc.'.repeat(20)}`
    const [stamp] = findClassificationStamps({ text })
    expect(stamp?.marking).toBe('TỐI MẬT')
    expect(stamp?.excerpt).toContain('tài liệu TỐI MẬT số 12')
    expect(stamp?.excerpt.startsWith('…')).toBe(true)
    expect(stamp?.excerpt.endsWith('…')).toBe(true)
    expect(stamp?.excerpt.length).toBeLessThan(text.length)
  })

  it.each([
    'mật ong',
    'Mật ong rừng U Minh được mùa',
    'bí mật kinh doanh',
    'mật khẩu',
    'mật độ dân số',
    'Mật độ dân số của tỉnh',
    'Mật độ: 520 người/km²',
    'MẬT ONG RỪNG',
    'MẬT ONG RỪNG NAM CÁT TIÊN',
    'BÍ MẬT KINH DOANH',
    'BÍ MẬT',
    'BẢO MẬT',
    'MẬT KHẨU',
    'MẬT ĐỘ DÂN SỐ',
    'bảo mật thông tin',
    'Ông Mật là nông dân sản xuất giỏi',
    'Mật',
    'Phường Mật Sơn',
    'Độ mật của tài liệu do cơ quan ban hành xác định',
    'Bộ phim kể về một nhiệm vụ tối mật',
    'MẬTONG',
    '',
  ])('does not take %j for a stamp', (text) => {
    expect(findClassificationStamps({ text })).toEqual([])
  })

  it('does not take decomposed everyday words for stamps', () => {
    const text = ['mật ong', 'MẬT ONG RỪNG', 'Mật độ dân số của tỉnh'].join('\n').normalize('NFD')
    expect(findClassificationStamps({ text })).toEqual([])
  })
})
