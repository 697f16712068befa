/**
 * The public web chat is limited per citizen id and per client address (WEB_MESSAGES_PER_MINUTE…): a flood
 * gets 429 with Retry-After and the usual error body, other citizens are unaffected, enterprise portals (which
 * authenticate) are not limited here, and the window opens again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WindowLimiter } from '../../src/http/WindowLimiter.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

describe('WindowLimiter', () => {
  it('allows `limit` per window per key, says how long to wait, and opens again', () => {
    const l = new WindowLimiter(3, 60_000)
    expect([l.take('a', 0), l.take('a', 1), l.take('a', 2)]).toEqual([0, 0, 0])
    expect(l.take('a', 10_000)).toBe(50)
    expect(l.take('b', 10_000)).toBe(0)
    expect(l.take('a', 60_000)).toBe(0)
    expect(new WindowLimiter(0, 60_000).take('a')).toBe(0)
  })

  it('keeps at most maxKeys keys', () => {
    const l = new WindowLimiter(1, 60_000, 100)
    for (let i = 0; i < 1000; i++) l.take(`k${i}`, i)
    expect((l as unknown as { counts: Map<string, unknown> }).counts.size).toBeLessThanOrEqual(100)
  })
})

describe('web chat rate limit', () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway({
      WEB_MESSAGES_PER_MINUTE: '3',
      WEB_MESSAGES_PER_MINUTE_PER_CLIENT: '5',
      CLIENT_IP_HEADER: 'x-real-ip',
      ENTERPRISE_API_KEYS: 'portal:enterprise-key-0123456789',
    })
  })
  afterAll(async () => gw?.close())

  const send = (userId: string, ip: string) =>
    gw.app.request('/api/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-real-ip': ip },
      body: JSON.stringify({ userId, text: '你好' }),
    })

  it('answers 429 with Retry-After past the per-citizen and per-client limits', async () => {
    for (let i = 0; i < 3; i++) expect((await send('flood-1', '10.0.0.1')).status).toBe(200)
    const limited = await send('flood-1', '10.0.0.1')
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = (await limited.json()) as { error: { code: string; requestId: string } }
    expect(body.error.code).toBe('rate_limited')
    expect(body.error.requestId).toBeTruthy()
    // Another citizen from another address is not affected.
    expect((await send('calm-1', '10.0.0.2')).status).toBe(200)
    // Many citizen ids from one address meet the per-client limit (5 in all from 10.0.0.3).
    const statuses: number[] = []
    for (let i = 0; i < 7; i++) statuses.push((await send(`rotating-${i}`, '10.0.0.3')).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
  })

  it('leaves enterprise portals, which authenticate with their key, to their own limits', async () => {
    const company = { companyName: '北京某某科技有限公司', creditCode: '91110108551385082Q' }
    for (let i = 0; i < 6; i++) {
      const r = await gw.app.request('/api/v1/messages', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-real-ip': '10.0.0.9',
          authorization: 'Bearer enterprise-key-0123456789',
        },
        body: JSON.stringify({ userId: 'portal-user', channel: 'enterprise', text: '你好', ...company }),
      })
      expect(r.status).toBe(200)
    }
  })
})
