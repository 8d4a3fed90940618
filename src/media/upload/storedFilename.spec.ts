import { describe, expect, it } from 'vitest'

import { storedFilename, titleForStoredName } from './storedFilename'

describe('storedFilename', () => {
  it('names a file by its title in lowercase ASCII words and a random suffix', () => {
    expect(
      storedFilename({
        title: 'Hoa sen nở trong lễ hội Đồng Tháp',
        extension: '.jpg',
        suffix: 'abc',
      }),
    ).toBe('hoa-sen-no-trong-le-hoi-dong-thap-abc.jpg')
  })

  it('keeps nothing of paths, control characters or letters outside ASCII', () => {
    expect(
      storedFilename({ title: '../../etc/passwd\u0000 蓮花 節', extension: '.png', suffix: 'x' }),
    ).toBe('etc-passwd-x.png')
    expect(storedFilename({ title: '蓮花', extension: '.jpg', suffix: 'x' })).toBe('tu-lieu-x.jpg')
  })

  it('keeps names short and unique', () => {
    const long = storedFilename({ title: 'Lễ hội '.repeat(40), extension: '.jpg' })
    expect(long.length).toBeLessThanOrEqual(60 + 1 + 10 + 4)
    expect(long).toMatch(/^[a-z0-9-]+-[a-z0-9]{10}\.jpg$/)
    const names = new Set(
      Array.from({ length: 200 }, () => storedFilename({ title: 'Ảnh', extension: '.jpg' })),
    )
    expect(names.size).toBe(200)
  })
})

describe('titleForStoredName', () => {
  it('takes the first non-empty line of the first text given', () => {
    expect(titleForStoredName({ candidates: [undefined, '', '\n  Hoa sen\nDòng hai', 'x'] })).toBe(
      'Hoa sen',
    )
    expect(titleForStoredName({ candidates: [null, 42] })).toBe('')
  })
})
