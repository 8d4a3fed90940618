import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { findActiveContentInFile, findActiveContentMarker } from './activeContent'

const JPEG_START = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10])

describe('findActiveContentMarker', () => {
  it('finds a script hidden after the JPEG header, in any letter case', () => {
    const polyglot = Buffer.concat([JPEG_START, Buffer.from('<SCRIPT>alert(1)</SCRIPT>')])
    expect(findActiveContentMarker({ bytes: polyglot })).toBe('<script>')
  })

  it('finds an HTML page and PHP', () => {
    expect(findActiveContentMarker({ bytes: Buffer.from('<!DOCTYPE html><p>x') })).toBe(
      '<!doctype html',
    )
    expect(findActiveContentMarker({ bytes: Buffer.from('GIF89a<?php echo 1;') })).toBe('<?php ')
    expect(findActiveContentMarker({ bytes: Buffer.from('<a href="JavaScript:x">') })).toBe(
      'javascript:',
    )
  })

  it('lets ordinary binary data and Vietnamese captions through', () => {
    const caption = Buffer.from('Cầu Đồng Nai <3 bình minh, <bodyguard>', 'utf8')
    expect(findActiveContentMarker({ bytes: Buffer.concat([JPEG_START, caption]) })).toBeNull()
  })
})

describe('findActiveContentInFile', () => {
  it('finds a marker that straddles two read chunks', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ttdn-active-'))
    const filePath = path.join(dir, 'big.jpg')
    const padding = Buffer.alloc(1024 * 1024 - 3, 0x20)
    await fs.writeFile(
      filePath,
      Buffer.concat([JPEG_START, padding, Buffer.from('<iframe src=x>')]),
    )
    try {
      expect(await findActiveContentInFile({ filePath })).toBe('<iframe ')
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
  })
})
