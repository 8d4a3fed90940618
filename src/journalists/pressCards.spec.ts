import { describe, expect, it } from 'vitest'

import { accreditationRequestProblem, PRESS_CARD_MAX_BYTES, PURPOSE_MAX_LENGTH } from './pressCards'

const scan = { mimetype: 'image/jpeg', size: 200_000 }

describe('accreditationRequestProblem', () => {
  it('takes a purpose with a JPEG, PNG or PDF scan', () => {
    for (const mimetype of ['image/jpeg', 'image/png', 'application/pdf']) {
      expect(
        accreditationRequestProblem({
          purpose: 'Reporting on the Biên Hòa festival',
          file: { mimetype, size: 1000 },
          hasScanOnFile: false,
        }),
      ).toBeNull()
    }
  })

  it('asks for the purpose of the visit, within its length', () => {
    expect(accreditationRequestProblem({ purpose: '  ', file: scan, hasScanOnFile: false })).toBe(
      'purposeRequired',
    )
    expect(
      accreditationRequestProblem({
        purpose: 'x'.repeat(PURPOSE_MAX_LENGTH + 1),
        file: scan,
        hasScanOnFile: false,
      }),
    ).toBe('purposeTooLong')
  })

  it('asks for a scan unless one was sent before', () => {
    expect(
      accreditationRequestProblem({ purpose: 'Visit', file: null, hasScanOnFile: false }),
    ).toBe('scanRequired')
    expect(
      accreditationRequestProblem({ purpose: 'Visit', file: null, hasScanOnFile: true }),
    ).toBeNull()
  })

  it('refuses other file types, empty files and files above the limit', () => {
    const problem = (file: { mimetype: string; size: number }) =>
      accreditationRequestProblem({ purpose: 'Visit', file, hasScanOnFile: true })
    expect(problem({ mimetype: 'image/svg+xml', size: 1000 })).toBe('scanInvalid')
    expect(problem({ mimetype: 'text/html', size: 1000 })).toBe('scanInvalid')
    expect(problem({ mimetype: 'image/png', size: 0 })).toBe('scanInvalid')
    expect(problem({ mimetype: 'image/png', size: PRESS_CARD_MAX_BYTES + 1 })).toBe('scanInvalid')
  })
})
