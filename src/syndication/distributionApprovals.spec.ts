import { describe, expect, it } from 'vitest'

import { approvalFingerprint } from './distributionApprovals'

const version = {
  uri: 'urn:ttdn:example:articles:1:vi',
  version: '2',
  versionCreated: '2026-05-02T08:00:00.000Z',
  headlines: [{ role: 'main', value: 'Đồng Nai đón đoàn Hàn Quốc' }],
  associations: [
    { name: 'picture-1', uri: 'urn:ttdn:example:media:4:vi', rel: 'picture' },
    { name: 'translation-en', uri: 'urn:ttdn:example:articles:1:en', rel: 'translation' },
  ],
}

describe('what a distribution decision is about', () => {
  it('stays the same when only the version, its time or the other languages change', () => {
    const next = {
      ...version,
      version: '3',
      versionCreated: '2026-05-03T08:00:00.000Z',
      associations: [version.associations[0]],
    }
    expect(approvalFingerprint({ ninjs: next })).toBe(approvalFingerprint({ ninjs: version }))
  })

  it('changes with the text and with the media shown', () => {
    const base = approvalFingerprint({ ninjs: version })
    const retitled = { ...version, headlines: [{ role: 'main', value: 'Tiêu đề khác' }] }
    const unillustrated = { ...version, associations: [version.associations[1]] }
    expect(approvalFingerprint({ ninjs: retitled })).not.toBe(base)
    expect(approvalFingerprint({ ninjs: unillustrated })).not.toBe(base)
  })
})
