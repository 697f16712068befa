/**
 * Fault tests for outbound delivery: a platform that fails and recovers, one that never does, a
 * sender that died mid-send, ordering, and signed status webhooks with stable delivery ids.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { deliverDue } from '../../src/channels/deliverOutbox.js'
import { verifySignedBody } from '../../src/contract/signedRequest.js'
import { notifyCitizen } from '../../src/delivery/notifyCitizen.js'
import { rowsOf } from '../../src/storage/db.js'
import { type ChannelGateway, SECRETS, startChannelTestBed, stopChannelTestBed } from './helpers/channelGateway.js'
import { signedPost, webhookText } from './helpers/channelRequests.js'
import { type FakePlatform, platformOk, type Recorded } from './helpers/fakePlatform.js'

const hook = (p: FakePlatform) => p.calls('/hook')
const headersOf = (r: Recorded) =>
  new Headers(Object.entries(r.headers).map(([k, v]) => [k, String(v)] as [string, string]))

describe('outbox: retries, dead letters, leases, order', () => {
  let platform: FakePlatform
  let gw: ChannelGateway

  beforeAll(async () => {
    ;({ platform, gw } = await startChannelTestBed({ OUTBOX_MAX_ATTEMPTS: '5' }))
  })
  afterAll(() => stopChannelTestBed({ platform, gw }))
  beforeEach(() => {
    platform.respond = platformOk
    platform.requests.length = 0
  })

  async function conversationOf(user: string): Promise<string> {
    const res = await gw.send(
      await signedPost(
        '/channels/webhook/source-a',
        webhookText({ messageId: `m-${user}`, userId: user, text: '你好' }),
        SECRETS.webhookSecret,
      ),
    )
    expect(res.status).toBe(202)
    await gw.settle()
    const [row] = rowsOf<{ id: string }>(
      await gw.s.db.execute(
        sql`select conversation_id as id from messages where external_user_id = ${user} and direction = 'in'`,
      ),
    )
    if (!row) throw new Error('no conversation')
    platform.requests.length = 0
    return row.id
  }

  it('delivers on the 4th attempt when the receiving API fails 3 times, with one delivery id, signed every time', async () => {
    const conversationId = await conversationOf('retry-user')
    let failures = 0
    platform.respond = (r) => (r.path === '/hook' && failures++ < 3 ? { status: 503, text: 'down' } : platformOk(r))
    const n = await notifyCitizen(gw.s.db, {
      conversationId,
      kind: 'reply',
      text: '部门答复：已安排维修。',
      deliveryId: 'reply-retry-1',
    })
    expect(n.kind).toBe('queued')
    await deliverDue(gw.s)
    await gw.settle()
    const calls = hook(platform)
    expect(calls).toHaveLength(4)
    expect(new Set(calls.map((c) => c.headers['x-delivery-id']))).toEqual(new Set(['reply-retry-1']))
    expect(new Set(calls.map((c) => c.json.deliveryId))).toEqual(new Set(['reply-retry-1']))
    for (const c of calls)
      expect(await verifySignedBody(SECRETS.webhookSecret, headersOf(c), c.body)).toEqual({ ok: true })
    const [row] = rowsOf<{ status: string; attempts: number }>(
      await gw.s.db.execute(sql`select status, attempts from outbox where delivery_id = 'reply-retry-1'`),
    )
    expect(row).toEqual({ status: 'sent', attempts: 4 })
  })

  it('dead-letters after OUTBOX_MAX_ATTEMPTS retryable failures, and at once on a 4xx', async () => {
    const conversationId = await conversationOf('dead-user')
    platform.respond = (r) => (r.path === '/hook' ? { status: 500 } : platformOk(r))
    await notifyCitizen(gw.s.db, { conversationId, kind: 'reply', text: '一', deliveryId: 'dead-500' })
    await gw.settle()
    expect(hook(platform)).toHaveLength(5)
    platform.respond = (r) => (r.path === '/hook' ? { status: 410 } : platformOk(r))
    await notifyCitizen(gw.s.db, { conversationId, kind: 'reply', text: '二', deliveryId: 'dead-410' })
    await gw.settle()
    expect(hook(platform)).toHaveLength(6)
    const rows = rowsOf<{ delivery_id: string; status: string; attempts: number; msg: string }>(
      await gw.s.db.execute(
        sql`select o.delivery_id, o.status, o.attempts, m.status as msg from outbox o join messages m on m.id = o.message_id where o.delivery_id like 'dead-%' order by o.delivery_id`,
      ),
    )
    expect(rows).toEqual([
      { delivery_id: 'dead-410', status: 'dead', attempts: 1, msg: 'dead' },
      { delivery_id: 'dead-500', status: 'dead', attempts: 5, msg: 'dead' },
    ])
  })

  it('sends again a delivery whose sender died mid-send, once its lease has run out', async () => {
    const conversationId = await conversationOf('lease-user')
    await notifyCitizen(gw.s.db, { conversationId, kind: 'reply', text: '租约', deliveryId: 'lease-1' })
    // What a crashed instance leaves behind: claimed (`sending`), lease already over.
    await gw.s.db.execute(
      sql`update outbox set status = 'sending', attempts = 1, next_attempt_at = now() - interval '1 second' where delivery_id = 'lease-1'`,
    )
    expect(await deliverDue(gw.s)).toBe(1)
    expect(hook(platform).map((c) => c.json.text)).toEqual(['租约'])
    const [row] = rowsOf<{ status: string; attempts: number }>(
      await gw.s.db.execute(sql`select status, attempts from outbox where delivery_id = 'lease-1'`),
    )
    expect(row).toEqual({ status: 'sent', attempts: 2 })
  })

  it('never overtakes: a second message waits while the first is being retried', async () => {
    const conversationId = await conversationOf('order-user')
    let failures = 0
    platform.respond = (r) =>
      r.path === '/hook' && r.json.text === '第一条' && failures++ < 2 ? { status: 502 } : platformOk(r)
    await notifyCitizen(
      gw.s.db,
      { conversationId, kind: 'reply', text: '第一条', deliveryId: 'order-1' },
      new Date(Date.now() - 1000),
    )
    await notifyCitizen(gw.s.db, { conversationId, kind: 'reply', text: '第二条', deliveryId: 'order-2' })
    await deliverDue(gw.s, { limit: 10 })
    await gw.settle()
    const delivered = hook(platform)
      .filter((c) => c.headers['x-delivery-id'] && c.json)
      .map((c) => c.json.text)
    expect(delivered).toEqual(['第一条', '第一条', '第一条', '第二条'])
  })

  it("a turn's reply waits behind an earlier reply to the same citizen that is still queued", async () => {
    const conversationId = await conversationOf('turn-order-user')
    // An earlier reply waits for its retry (as after a failed attempt with backoff).
    await notifyCitizen(gw.s.db, { conversationId, kind: 'reply', text: '先前的答复', deliveryId: 'turn-order-1' })
    await gw.s.db.execute(
      sql`update outbox set attempts = 1, next_attempt_at = now() + interval '1 hour' where delivery_id = 'turn-order-1'`,
    )
    const res = await gw.send(
      await signedPost(
        '/channels/webhook/source-a',
        webhookText({ messageId: 'm-turn-order-2', userId: 'turn-order-user', text: '居住证怎么办理' }),
        SECRETS.webhookSecret,
      ),
    )
    expect(res.status).toBe(202)
    // Short: the earlier reply stays queued for an hour, so the queues never empty here.
    await gw.settle(300)
    // The turn ran, but its reply did not overtake the queued one.
    expect(hook(platform)).toEqual([])
    const statuses = rowsOf<{ delivery_id: string; status: string }>(
      await gw.s.db.execute(
        sql`select delivery_id, status from outbox where recipient = 'turn-order-user' and status <> 'sent' order by created_at`,
      ),
    )
    expect(statuses.map((r) => r.status)).toEqual(['pending', 'pending'])
    expect(statuses[0]?.delivery_id).toBe('turn-order-1')
    await gw.s.db.execute(sql`update outbox set next_attempt_at = now() where recipient = 'turn-order-user'`)
    for (let i = 0; i < 3; i++) {
      await deliverDue(gw.s, { limit: 10 })
      await gw.settle()
    }
    expect(hook(platform).map((c) => c.json.deliveryId)).toEqual(['turn-order-1', statuses[1]?.delivery_id])
  })

  it('sends ticket status changes as signed webhooks carrying the ticket', async () => {
    const conversationId = await conversationOf('status-user')
    const [t] = rowsOf<{ id: string }>(
      await gw.s.db.execute(sql`
        insert into tickets (id, number, status, intent, urgency, title, description, channel, account, conversation_id)
        values ('t-status-1', 'BJ-20261122-009999', 'accepted', 'complaint', 'normal', '噪音', '噪音扰民', 'webhook', 'source-a', ${conversationId})
        returning id`),
    )
    await notifyCitizen(gw.s.db, {
      conversationId,
      ticketId: t?.id,
      kind: 'status',
      text: '您的工单已签收。',
      deliveryId: 'status-1',
    })
    await deliverDue(gw.s)
    const [c] = hook(platform)
    expect(c?.json).toMatchObject({
      deliveryId: 'status-1',
      type: 'status',
      source: 'source-a',
      userId: 'status-user',
      conversationId,
      text: '您的工单已签收。',
      ticket: { id: 't-status-1', number: 'BJ-20261122-009999', status: 'accepted' },
    })
  })
})
