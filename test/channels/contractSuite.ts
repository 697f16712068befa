/**
 * The one contract suite every channel adapter passes. Each channel supplies a harness that builds
 * its platform's signed requests from the fixtures; the suite checks the adapter alone (verify,
 * parse, send failures) and through the gateway (401/400/413 with nothing stored, idempotent
 * storage, one turn, replies delivered to the platform).
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ChannelAdapter, ChannelRequest } from '../../src/contract/ChannelAdapter.js'
import { type ChannelGateway, type RequestSpec, startChannelGateway } from './helpers/channelGateway.js'
import { type FakePlatform, platformOk, startFakePlatform } from './helpers/fakePlatform.js'

export interface ContractHarness {
  name: string
  /** A signed request carrying text message `n` (a distinct platform message id per n) from `user`. */
  request(n: number, text: string, user: string): Promise<RequestSpec>
  /** The platform's id for `user` as the reply's recipient. */
  recipient(user: string): string
  tamper(spec: RequestSpec): RequestSpec
  strip(spec: RequestSpec): RequestSpec
  /** Correctly signed requests whose bodies are not valid payloads. */
  malformed(): Promise<RequestSpec[]>
  /** A correctly signed request with `body` as its body. */
  signed(body: string): Promise<RequestSpec>
  /** Replies the fake platform received: recipient and text. */
  replies(platform: FakePlatform): { to: string; text: string }[]
  ackStatus: number
  env?: Record<string, string>
}

export function toChannelRequest(spec: RequestSpec): ChannelRequest {
  const url = new URL(spec.path, 'http://gateway.test')
  const source = /^\/channels\/webhook\/([^/?]+)/.exec(url.pathname)?.[1]
  return {
    method: spec.method,
    url,
    headers: new Headers(spec.headers),
    body: spec.body,
    params: source ? { source } : {},
  }
}

const stub =
  (status: number): typeof fetch =>
  async () =>
    Response.json({ ok: false, error_code: status, description: 'fake failure' }, { status })
const unreachable: typeof fetch = async () => {
  throw new TypeError('fetch failed: connect ECONNREFUSED')
}

export function defineContractSuite(h: ContractHarness): void {
  describe(`channel contract: ${h.name}`, () => {
    let platform: FakePlatform
    let gw: ChannelGateway
    let adapter: ChannelAdapter
    const rows = (user?: string) =>
      gw.count(
        user
          ? sql`select count(*)::int as n from messages where channel = ${h.name} and direction = 'in' and external_user_id = ${user}`
          : sql`select count(*)::int as n from messages where channel = ${h.name}`,
      )

    beforeAll(async () => {
      platform = await startFakePlatform(platformOk)
      gw = await startChannelGateway(platform, h.env)
      const a = gw.s.channels.find((c) => c.name === h.name)
      if (!a) throw new Error(`${h.name} adapter not configured`)
      adapter = a
    })
    afterAll(async () => {
      await gw?.close()
      await platform?.close()
    })

    it('verifies a correctly signed request and parses it into a normalized message', async () => {
      const req = toChannelRequest(await h.request(1, '你好', 'contract-user-1'))
      expect(await adapter.verify(req)).toEqual({ ok: true })
      const parsed = await adapter.parse(req)
      if (parsed.kind !== 'messages') throw new Error(`expected messages, got ${parsed.kind}`)
      const [m] = parsed.messages
      expect(m?.channel).toBe(h.name)
      expect(m?.kind).toBe('text')
      expect(m?.text).toBe('你好')
      expect(m?.externalId).toBeTruthy()
      expect(m?.account).toBeTruthy()
      expect(m?.externalUserId).toBe(h.recipient('contract-user-1'))
      expect(m?.raw).toBeDefined()
      expect(m?.receivedAt).toBeInstanceOf(Date)
      // The dedupe key is a property of the message, not of the delivery.
      const again = await adapter.parse(toChannelRequest(await h.request(1, '你好', 'contract-user-1')))
      expect(again.kind === 'messages' && again.messages[0]?.externalId).toBe(m?.externalId)
      const other = await adapter.parse(toChannelRequest(await h.request(2, '你好', 'contract-user-1')))
      expect(other.kind === 'messages' && other.messages[0]?.externalId).not.toBe(m?.externalId)
    })

    it('rejects a tampered or missing signature: 401 and nothing stored', async () => {
      const good = await h.request(3, '你好', 'contract-user-2')
      expect((await adapter.verify(toChannelRequest(h.tamper(good)))).ok).toBe(false)
      expect((await adapter.verify(toChannelRequest(h.strip(good)))).ok).toBe(false)
      for (const bad of [h.tamper(good), h.strip(good)]) {
        const res = await gw.send(bad)
        expect(res.status).toBe(401)
        expect((await res.json()).error.code).toBe('unauthorized')
      }
      await gw.drain()
      expect(await rows(h.recipient('contract-user-2'))).toBe(0)
    })

    it('answers a malformed body with 400 (never 5xx) and stores nothing', async () => {
      const before = await rows()
      for (const spec of await h.malformed()) {
        const res = await gw.send(spec)
        expect(res.status, spec.body.slice(0, 60)).toBe(400)
      }
      const wrongTypes = [
        '{"update_id":1,"message":{"chat":{"id":1},"text":5,"location":{"latitude":"x"}}}',
        '{"type":"text","sender_id":{},"receiver_id":[],"created_at":1,"data":"x"}',
        '{"type":"position","sender_id":1,"receiver_id":2,"created_at":"t","data":null}',
        '{"id":1,"bot":2,"talker":"x"}',
        '{"messageId":1,"userId":2,"text":3}',
        '<xml><MsgType>location</MsgType><Location_X>north</Location_X></xml>',
      ]
      for (const body of ['', '{', '<xml>', 'null', '[]', '\u0000\u0001', '{"a":'.repeat(1000), ...wrongTypes]) {
        const res = await gw.send(await h.signed(body))
        expect(res.status, JSON.stringify(body.slice(0, 20))).toBeLessThan(500)
      }
      await gw.drain()
      expect(await rows()).toBe(before)
    })

    it('answers a body over 1 MB with 413 and stores nothing', async () => {
      const before = await rows()
      const res = await gw.send(await h.signed('x'.repeat(1_048_577)))
      expect(res.status).toBe(413)
      expect(await rows()).toBe(before)
    })

    it('stores and acknowledges, processes a redelivered message once, and delivers its reply', async () => {
      const user = 'contract-user-3'
      const spec = await h.request(4, '你好', user)
      const first = await gw.send(spec)
      expect(first.status).toBe(h.ackStatus)
      const second = await gw.send(await h.request(4, '你好', user))
      expect(second.status).toBe(h.ackStatus)
      await gw.settle()
      const to = h.recipient(user)
      expect(await rows(to)).toBe(1)
      expect(
        await gw.count(
          sql`select count(*)::int as n from messages where channel = ${h.name} and direction = 'in' and external_user_id = ${to} and status = 'done'`,
        ),
      ).toBe(1)
      const outbound = await gw.count(
        sql`select count(*)::int as n from messages where channel = ${h.name} and direction = 'out' and external_user_id = ${to}`,
      )
      expect(outbound).toBeGreaterThan(0)
      const got = h.replies(platform).filter((r) => r.to === to)
      expect(got.length).toBe(outbound)
      expect(got.every((r) => r.text.length > 0)).toBe(true)
      expect(
        await gw.count(
          sql`select count(*)::int as n from outbox where channel = ${h.name} and recipient = ${to} and status = 'sent'`,
        ),
      ).toBe(outbound)
    })

    it('reports platform failures as retryable (5xx, 429, network) or final (4xx)', async () => {
      const msg = {
        deliveryId: `contract-${h.name}`,
        channel: h.name,
        account: 'source-a',
        recipient: h.recipient('contract-user-4'),
        text: '测试',
      }
      for (const [f, retryable] of [
        [stub(500), true],
        [stub(429), true],
        [unreachable, true],
        [stub(400), false],
      ] as const) {
        const r = await adapter.send(msg, f)
        expect(r.ok).toBe(false)
        if (!r.ok) expect(r.retryable).toBe(retryable)
      }
    })
  })
}
