import { describe, expect, it } from 'vitest'

import { storageKey } from './storedFiles'

describe('storageKey', () => {
  it('puts a file in its collection folder when the item has no prefix', () => {
    expect(storageKey({ owner: { collection: 'media' }, filename: 'a-thumb.webp' })).toBe(
      'media/a-thumb.webp',
    )
  })

  it('follows the prefix and object key the storage plugin recorded', () => {
    expect(
      storageKey({
        owner: { collection: 'media', prefix: 'media', _objectKey: 'k1' },
        filename: 'a-web.jpg',
      }),
    ).toBe('media/k1/a-web.jpg')
  })

  it('never lets a prefix or file name climb out of the folder', () => {
    expect(
      storageKey({
        owner: { collection: 'media', prefix: '../../etc' },
        filename: '../passwd',
      }),
    ).toBe('etc/passwd')
  })
})
