import { describe, expect, it } from 'vitest'

import { settingsRecord } from './settingsRecord'

describe('settingsRecord', () => {
  it('keeps plain settings, marks secrets and hides credentials inside URLs', () => {
    expect(
      settingsRecord({
        variables: {
          PUBLIC_URL: 'https://ttdn.example.gov.vn',
          PAYLOAD_SECRET: 'x'.repeat(40),
          DATABASE_URL: 'mongodb://app:pass@mongo:27017/ttdn?replicaSet=rs0',
          SMTP_URL: 'smtp://mailer:pw@mail.example.gov.vn:587',
          BACKUP_ENCRYPTION_KEY: 'y'.repeat(40),
        },
      }),
    ).toEqual({
      BACKUP_ENCRYPTION_KEY: { secret: true, value: null },
      DATABASE_URL: { value: 'mongodb://***@mongo:27017/ttdn?replicaSet=rs0' },
      PAYLOAD_SECRET: { secret: true, value: null },
      PUBLIC_URL: { value: 'https://ttdn.example.gov.vn' },
      SMTP_URL: { value: 'smtp://***@mail.example.gov.vn:587' },
    })
  })
})
