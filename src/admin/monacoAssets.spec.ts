import { describe, expect, it } from 'vitest'

import { readMonacoAsset } from './monacoAssets'

describe('readMonacoAsset', () => {
  it('serves the editor loader and the editor with script and style types', async () => {
    const loader = await readMonacoAsset({ segments: ['loader.js'] })
    expect(loader?.contentType).toBe('text/javascript; charset=utf-8')
    expect(loader?.body.length).toBeGreaterThan(1000)
    const css = await readMonacoAsset({ segments: ['editor', 'editor.main.css'] })
    expect(css?.contentType).toBe('text/css; charset=utf-8')
  })

  it('serves nothing outside the editor folder, of another type, or missing', async () => {
    expect(await readMonacoAsset({ segments: ['..', '..', 'package.json'] })).toBeNull()
    expect(await readMonacoAsset({ segments: ['..', '..', '..', '..', 'package.json'] })).toBeNull()
    expect(await readMonacoAsset({ segments: ['editor.api.d.ts'] })).toBeNull()
    expect(await readMonacoAsset({ segments: ['no-such-file.js'] })).toBeNull()
  })
})
