/** The HMAC scheme of the Wechaty bridge and the "N" webhooks, cross-checked with node:crypto. */
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signBody, signedHeaders, verifySignedBody } from '../../src/contract/signedRequest.js'

const secret = 'webhook-secret'
const body = '{"messageId":"m1","userId":"u1","text":"你好"}'
const now = 1_800_000_000_000

describe('signed requests: sha256=HMAC(secret, timestamp + "." + body)', () => {
  it('matches an independent HMAC-SHA256', async () => {
    const expected = createHmac('sha256', secret).update(`1800000000.${body}`).digest('hex')
    expect(await signBody(secret, '1800000000', body)).toBe(`sha256=${expected}`)
  })

  it('accepts its own headers and refuses a changed body, another secret or a missing header', async () => {
    const h = new Headers(await signedHeaders(secret, body, 'd1', now))
    expect(h.get('X-Delivery-Id')).toBe('d1')
    expect(await verifySignedBody(secret, h, body, now)).toEqual({ ok: true })
    expect((await verifySignedBody(secret, h, body.replace('你好', '您好'), now)).ok).toBe(false)
    expect((await verifySignedBody('other', h, body, now)).ok).toBe(false)
    expect((await verifySignedBody(undefined, h, body, now)).ok).toBe(false)
    const noTs = new Headers(h)
    noTs.delete('X-Timestamp')
    expect((await verifySignedBody(secret, noTs, body, now)).ok).toBe(false)
  })

  it('rejects timestamps more than 5 minutes old or ahead', async () => {
    for (const [skewSec, ok] of [
      [-299, true],
      [299, true],
      [-301, false],
      [301, false],
    ] as const) {
      const h = new Headers(await signedHeaders(secret, body, undefined, now + skewSec * 1000))
      expect((await verifySignedBody(secret, h, body, now)).ok, `skew ${skewSec}s`).toBe(ok)
    }
    const h = new Headers({ 'X-Timestamp': 'abc', 'X-Signature': 'sha256=00' })
    expect(await verifySignedBody(secret, h, body, now)).toEqual({ ok: false, reason: 'malformed X-Timestamp' })
  })
})
