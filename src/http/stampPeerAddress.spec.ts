import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PEER_ADDRESS_HEADER } from './clientAddress'
import { stampPeerAddresses } from './stampPeerAddress'

describe('stampPeerAddresses', () => {
  let server: http.Server
  let baseUrl: string

  beforeAll(async () => {
    stampPeerAddresses({ strictTransportSecurity: 'max-age=60' })
    server = http.createServer((request, response) => {
      response.end(String(request.headers[PEER_ADDRESS_HEADER] ?? 'none'))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('replaces a peer address the client sent with the connection’s own', async () => {
    const response = await fetch(baseUrl, { headers: { [PEER_ADDRESS_HEADER]: '203.0.113.9' } })
    expect(await response.text()).toBe('127.0.0.1')
  })

  it('sends HSTS on every answer when asked to (PUBLIC_URL is https)', async () => {
    const response = await fetch(baseUrl)
    expect(response.headers.get('strict-transport-security')).toBe('max-age=60')
  })
})
