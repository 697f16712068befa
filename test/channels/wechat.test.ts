/** WeChat Official Account through the gateway: handshake, passive replies, message kinds, the API and the reply window. */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createWechatCipher } from '../../channels/wechat/wechatCipher.js'
import { wechatSignature } from '../../channels/wechat/wechatSignature.js'
import { extractEncrypt, parseWechatXml } from '../../channels/wechat/wechatXml.js'
import { deliverDue } from '../../src/channels/deliverOutbox.js'
import { notifyCitizen } from '../../src/delivery/notifyCitizen.js'
import {
  type ChannelGateway,
  SECRETS,
  startChannelGateway,
  startChannelTestBed,
  stopChannelTestBed,
} from './helpers/channelGateway.js'
import { fixture, wechatAes, wechatEcho, wechatPlain, wechatTextXml } from './helpers/channelRequests.js'
import { type FakePlatform, platformOk } from './helpers/fakePlatform.js'

describe('WeChat Official Account channel', () => {
  let platform: FakePlatform
  let gw: ChannelGateway

  beforeAll(async () => {
    // A generous budget: these tests are about the passive path, not about this machine's speed.
    ;({ platform, gw } = await startChannelTestBed({ WECHAT_PASSIVE_REPLY_MS: '15000' }))
  })
  afterAll(() => stopChannelTestBed({ platform, gw }))
  beforeEach(() => {
    platform.respond = platformOk
    platform.requests.length = 0
  })

  it('echoes echostr to a correctly signed GET and refuses a badly signed one', async () => {
    const ok = await gw.send(await wechatEcho('echo-123'))
    expect(ok.status).toBe(200)
    expect(await ok.text()).toBe('echo-123')
    const bad = await gw.send(await wechatEcho('echo-123', 'wrong-token'))
    expect(bad.status).toBe(401)
  })

  it('answers passively in plaintext mode when the reply is ready in time', async () => {
    const res = await gw.send(await wechatPlain(wechatTextXml({ user: 'oPassive1', msgId: 9001, text: '你好' })))
    expect(res.status).toBe(200)
    const f = parseWechatXml(await res.text())
    expect(f?.MsgType).toBe('text')
    expect(f?.ToUserName).toBe('oPassive1')
    expect(f?.FromUserName).toBe('gh_test_account')
    expect(f?.Content?.length).toBeGreaterThan(5)
    await gw.settle()
    // Answered in the response: nothing went through the customer-service API, and the outbox knows.
    expect(platform.calls('/cgi-bin/message/custom/send')).toHaveLength(0)
    expect(
      await gw.count(
        sql`select count(*)::int as n from outbox where recipient = 'oPassive1' and status = 'sent' and payload->>'passive' = 'true'`,
      ),
    ).toBeGreaterThan(0)
  })

  it('answers passively in safe mode with an encrypted, signed envelope', async () => {
    const res = await gw.send(await wechatAes(wechatTextXml({ user: 'oPassive2', msgId: 9002, text: '你好' })))
    const body = await res.text()
    const env = parseWechatXml(body)
    const encrypt = extractEncrypt(body) as string
    expect(env?.MsgSignature).toBe(
      await wechatSignature([SECRETS.wechatToken, env?.TimeStamp ?? '', env?.Nonce ?? '', encrypt]),
    )
    const plain = await (await createWechatCipher(SECRETS.wechatAesKey))?.decrypt(encrypt)
    expect(plain?.appId).toBe(SECRETS.wechatAppId)
    const reply = parseWechatXml(plain?.xml ?? '')
    expect(reply?.ToUserName).toBe('oPassive2')
    expect(reply?.Content?.length).toBeGreaterThan(5)
  })

  it('answers `success` at once and sends through the API when the turn misses the budget', async () => {
    const slow = await startChannelGateway(platform, { WECHAT_PASSIVE_REPLY_MS: '1' })
    try {
      const res = await slow.send(await wechatPlain(wechatTextXml({ user: 'oSlow', msgId: 9003, text: '你好' })))
      expect(await res.text()).toBe('success')
      await slow.settle()
      const sent = platform.calls('/cgi-bin/message/custom/send').filter((r) => r.json.touser === 'oSlow')
      expect(sent.length).toBeGreaterThan(0)
      expect(sent[0]?.query.get('access_token')).toBe('TOKEN-1')
    } finally {
      await slow.close()
    }
  })

  it('turns a location message into the message location (Location_X/Y, Label)', async () => {
    const xml = fixture('wechat/location.xml').replace('fromUser', 'oLocation').replace('1234567890123456', '9004')
    await gw.send(await wechatPlain(xml))
    await gw.settle()
    const rows = await gw.s.db.execute(
      sql`select kind, payload from messages where external_user_id = 'oLocation' and direction = 'in'`,
    )
    const row = (rows as unknown as { rows: { kind: string; payload: { location: unknown } }[] }).rows[0]
    expect(row?.kind).toBe('location')
    expect(row?.payload.location).toEqual({ lat: 23.134521, lng: 113.358803, label: '位置信息' })
  })

  it('dedupes events on FromUserName + CreateTime and greets a new follower', async () => {
    const xml = fixture('wechat/subscribe.xml')
    const first = await gw.send(await wechatPlain(xml))
    const again = await gw.send(await wechatPlain(xml))
    expect(first.status).toBe(200)
    expect(again.status).toBe(200)
    await gw.settle()
    const n = await gw.count(
      sql`select count(*)::int as n from messages where channel = 'wechat' and external_id = 'event:FromUser:123456789:subscribe'`,
    )
    expect(n).toBe(1)
  })

  it('acknowledges unsupported message types without storing them', async () => {
    const before = await gw.count(sql`select count(*)::int as n from messages`)
    const res = await gw.send(await wechatPlain(fixture('wechat/image.xml')))
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('success')
    expect(await gw.count(sql`select count(*)::int as n from messages`)).toBe(before)
  })

  it('caches the access token and refreshes it when WeChat says it expired', async () => {
    const adapter = gw.s.channels.find((a) => a.name === 'wechat')
    let expiredOnce = false
    platform.respond = (r) => {
      if (r.path === '/cgi-bin/message/custom/send' && !expiredOnce) {
        expiredOnce = true
        return { json: { errcode: 42001, errmsg: 'access_token expired' } }
      }
      return platformOk(r)
    }
    const msg = { deliveryId: 'd-token', channel: 'wechat', account: 'gh', recipient: 'oToken', text: '一' }
    expect((await adapter?.send(msg))?.ok).toBe(true)
    expect((await adapter?.send({ ...msg, text: '二' }))?.ok).toBe(true)
    const tokens = platform.calls('/cgi-bin/stable_token')
    // One fetch (or the cache from earlier tests), one forced refresh after 42001, then cached.
    expect(tokens.filter((r) => r.json.force_refresh === true)).toHaveLength(1)
    expect(platform.calls('/cgi-bin/message/custom/send')).toHaveLength(3)
  })

  describe('reply window (48 h, 5 messages)', () => {
    async function conversationWithTicket(user: string): Promise<{ conversationId: string; ticketId: string }> {
      const res = await gw.send(
        await wechatPlain(
          wechatTextXml({ user, msgId: Date.now() % 1e9, text: '朝阳区望京街道花家地西里小区楼下饭店油烟扰民' }),
        ),
      )
      expect(res.status).toBe(200)
      await gw.settle()
      const r = await gw.s.db.execute(
        sql`select id, conversation_id from tickets where conversation_id = (select conversation_id from messages where external_user_id = ${user} and direction = 'in' limit 1)`,
      )
      const row = (r as unknown as { rows: { id: string; conversation_id: string }[] }).rows[0]
      if (!row) throw new Error('no ticket filed')
      return { conversationId: row.conversation_id, ticketId: row.id }
    }

    it('sends inside the window, and marks the ticket for a callback once 48 h have passed', async () => {
      const { conversationId, ticketId } = await conversationWithTicket('oWindow1')
      platform.requests.length = 0
      await notifyCitizen(gw.s.db, { conversationId, ticketId, kind: 'status', text: '您的工单已签收。' })
      await deliverDue(gw.s)
      expect(platform.calls('/cgi-bin/message/custom/send').map((r) => r.json.text.content)).toEqual([
        '您的工单已签收。',
      ])

      await gw.s.db.execute(
        sql`update conversations set last_inbound_at = now() - interval '49 hours' where id = ${conversationId}`,
      )
      const n = await notifyCitizen(gw.s.db, { conversationId, ticketId, kind: 'reply', text: '部门答复：已处理。' })
      expect(n.kind === 'queued' && n.window).toBe('closed')
      await deliverDue(gw.s)
      expect(platform.calls('/cgi-bin/message/custom/send')).toHaveLength(1)
      expect(
        await gw.count(
          sql`select count(*)::int as n from outbox where conversation_id = ${conversationId} and status = 'diverted'`,
        ),
      ).toBe(1)
      expect(
        await gw.count(
          sql`select count(*)::int as n from ticket_events where ticket_id = ${ticketId} and type = 'callback_needed'`,
        ),
      ).toBe(1)
    })

    it('stops after 5 messages in a window', async () => {
      const { conversationId, ticketId } = await conversationWithTicket('oWindow2')
      await gw.s.db.execute(sql`update conversations set outbound_since_inbound = 0 where id = ${conversationId}`)
      platform.requests.length = 0
      for (let i = 1; i <= 6; i++)
        await notifyCitizen(gw.s.db, { conversationId, ticketId, kind: 'reminder', text: `提醒 ${i}` })
      await deliverDue(gw.s, { limit: 20 })
      await gw.settle()
      expect(platform.calls('/cgi-bin/message/custom/send').map((r) => r.json.text.content)).toEqual([
        '提醒 1',
        '提醒 2',
        '提醒 3',
        '提醒 4',
        '提醒 5',
      ])
      expect(
        await gw.count(
          sql`select count(*)::int as n from outbox where conversation_id = ${conversationId} and status = 'diverted'`,
        ),
      ).toBe(1)
    })

    it('uses the configured template message outside the window, also when WeChat itself answers 45015', async () => {
      const tpl = await startChannelGateway(platform, { WECHAT_TEMPLATE_ID: 'TPL-1', WECHAT_PASSIVE_REPLY_MS: '0' })
      try {
        const adapter = tpl.s.channels.find((a) => a.name === 'wechat')
        const msg = {
          deliveryId: 'd-tpl',
          channel: 'wechat',
          account: 'gh',
          recipient: 'oTpl',
          text: '部门答复：已处理。',
          ticket: { id: 't', number: 'BJ-20261122-000001', status: 'closed' },
        }
        expect((await adapter?.send({ ...msg, outsideWindow: true }))?.ok).toBe(true)
        platform.respond = (r) =>
          r.path === '/cgi-bin/message/custom/send'
            ? { json: { errcode: 45015, errmsg: 'response out of time limit' } }
            : platformOk(r)
        expect((await adapter?.send(msg))?.ok).toBe(true)
        const sent = platform.calls('/cgi-bin/message/template/send')
        expect(sent).toHaveLength(2)
        expect(sent[0]?.json).toMatchObject({
          touser: 'oTpl',
          template_id: 'TPL-1',
          data: { keyword1: { value: 'BJ-20261122-000001' } },
        })
      } finally {
        await tpl.close()
      }
    })
  })
})
