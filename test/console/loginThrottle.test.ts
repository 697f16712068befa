/** Console login throttling: failures are counted per client address, across the audit log. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, startTestGateway, type TestGateway } from '../helpers/testApp.js'

let gw: TestGateway
beforeAll(async () => {
  gw = await startTestGateway({ CONSOLE_LOGIN_MAX_FAILURES: '3', CLIENT_IP_HEADER: 'x-real-ip' })
})
afterAll(() => gw?.close())

function login(token: string, ip: string) {
  return gw.app.request('/console/login', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://localhost',
      'x-real-ip': ip,
    },
    body: new URLSearchParams({ token, next: '/console/entries' }).toString(),
  })
}

describe('console login throttling', () => {
  it('makes a client that keeps failing wait, without locking out anyone else', async () => {
    for (let i = 0; i < 3; i++) expect((await login(`wrong-${i}`, '203.0.113.7')).status).toBe(401)
    const blocked = await login(ADMIN, '203.0.113.7')
    expect(blocked.status).toBe(429)
    expect(blocked.headers.get('retry-after')).toBe('900')
    expect(await blocked.text()).toContain('登录失败次数过多')
    // Another address, with the right token, logs in.
    const other = await login(ADMIN, '198.51.100.2')
    expect(other.status).toBe(303)
    expect(other.headers.get('set-cookie')).toMatch(/HttpOnly/i)
  })
})
