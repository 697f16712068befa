/** Weibo fan-service DMs: the documented signature example, pushes, int64 ids, and replies split under 300 characters. */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWeiboAdapter, weiboSignature } from '../../channels/weibo/weiboAdapter.js'
import { type ChannelGateway, startChannelTestBed, stopChannelTestBed } from './helpers/channelGateway.js'
import { fixture, fixtureJson, weiboPost } from './helpers/channelRequests.js'
import type { FakePlatform } from './helpers/fakePlatform.js'
import { toChannelRequest } from './contractSuite.js'

const doc = fixtureJson('weibo/signature.json')

describe('Weibo channel', () => {
  let platform: FakePlatform
  let gw: ChannelGateway
  beforeAll(async () => {
    ;({ platform, gw } = await startChannelTestBed())
  })
  afterAll(() => stopChannelTestBed({ platform, gw }))

  it('computes the signature of the documented example (appsecret xyz123xyz)', async () => {
    expect([doc.appSecret, doc.timestamp, doc.nonce].sort().join('')).toBe(doc.joined)
    expect(await weiboSignature(doc.appSecret, doc.timestamp, doc.nonce)).toBe(doc.signature)
  })

  it('answers the documented URL-verification request with its echostr', async () => {
    const adapter = createWeiboAdapter({ appSecret: doc.appSecret, apiBase: platform.url })
    const req = toChannelRequest({
      method: 'GET',
      path: `/channels/weibo/webhook?nonce=${doc.nonce}&timestamp=${doc.timestamp}&echostr=${doc.echostr}&signature=${doc.signature}`,
      headers: {},
      body: '',
    })
    expect(await adapter.verify(req)).toEqual({ ok: true })
    expect(await (await adapter.handshake(req))?.text()).toBe(doc.echostr)
  })

  it('parses position messages into a location and keeps int64 ids exact', async () => {
    const body = fixture('weibo/position.json').replace('2489518277', '9007199254740993')
    await gw.send(await weiboPost(body))
    await gw.settle()
    const r = await gw.s.db.execute(
      sql`select kind, payload, external_user_id from messages where channel = 'weibo' and direction = 'in' and external_user_id = '9007199254740993'`,
    )
    const row = (r as unknown as { rows: { kind: string; payload: { location: unknown } }[] }).rows[0]
    expect(row?.kind).toBe('location')
    expect(row?.payload.location).toEqual({ lat: 39.982525, lng: 116.308586 })
    const replies = platform.calls('/2/messages/reply.json').map((c) => new URLSearchParams(c.body))
    expect(replies.some((f) => f.get('receiver_id') === '9007199254740993')).toBe(true)
  })

  it('accepts a follow event and ignores unknown types without storing them', async () => {
    const res = await gw.send(await weiboPost(fixture('weibo/event-follow.json').replace('2489518277', '1000000001')))
    expect(res.status).toBe(200)
    await gw.settle()
    const before = await gw.count(sql`select count(*)::int as n from messages where direction = 'in'`)
    const voice = JSON.stringify({ ...fixtureJson('weibo/text.json'), type: 'voice' })
    expect((await gw.send(await weiboPost(voice))).status).toBe(200)
    await gw.settle()
    expect(
      await gw.count(
        sql`select count(*)::int as n from messages where channel = 'weibo' and external_user_id = '1000000001' and kind = 'event'`,
      ),
    ).toBe(1)
    expect(await gw.count(sql`select count(*)::int as n from messages where direction = 'in'`)).toBe(before)
  })

  it('splits a long reply into parts under 300 characters, in order, through messages/reply', async () => {
    platform.requests.length = 0
    const adapter = gw.s.channels.find((a) => a.name === 'weibo')
    const text = Array.from({ length: 12 }, (_, i) => `第${i + 1}条：${'办理进度说明'.repeat(8)}。`).join('')
    const r = await adapter?.send({
      deliveryId: 'd-long',
      channel: 'weibo',
      account: '1902538057',
      recipient: '2489518277',
      text,
    })
    expect(r?.ok).toBe(true)
    const parts = platform.calls('/2/messages/reply.json').map((c) => new URLSearchParams(c.body))
    expect(parts.length).toBeGreaterThan(1)
    for (const f of parts) {
      expect(f.get('type')).toBe('text')
      expect(f.get('access_token')).toBe('weibo-access-token')
      expect(Array.from(JSON.parse(f.get('data') ?? '{}').text as string).length).toBeLessThan(300)
    }
    expect(parts.map((f) => JSON.parse(f.get('data') ?? '{}').text).join('')).toBe(text)
  })

  it('has a 48-hour window and falls back to a callback outside it', async () => {
    const adapter = gw.s.channels.find((a) => a.name === 'weibo')
    expect(adapter?.replyWindow).toEqual({ hours: 48 })
    const r = await adapter?.send({
      deliveryId: 'd-w',
      channel: 'weibo',
      account: 'a',
      recipient: 'b',
      text: 'x',
      outsideWindow: true,
    })
    expect(r).toMatchObject({ ok: false, retryable: false, fallback: 'callback' })
  })
})
