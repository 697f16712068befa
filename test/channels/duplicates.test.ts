/**
 * Fault tests for inbound idempotency: a delivery repeated (even concurrently) is processed once;
 * a turn whose lease was taken over by another worker commits nothing; a crashed turn is retried
 * and answered once; a citizen's messages are taken in arrival order.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { claimInbound } from '../../src/channels/claimInbound.js'
import { processInbound } from '../../src/channels/processInbound.js'
import { sweepChannels } from '../../src/channels/startChannelWorkers.js'
import { recordInbound } from '../../src/conversation/messageLog.js'
import { type ChannelGateway, startChannelTestBed, stopChannelTestBed } from './helpers/channelGateway.js'
import { telegramPost, telegramText } from './helpers/channelRequests.js'
import type { FakePlatform } from './helpers/fakePlatform.js'

const msg = (user: string, id: string, text: string, at = new Date()) => ({
  channel: 'telegram',
  account: '123456789',
  externalUserId: user,
  externalId: id,
  kind: 'text' as const,
  text,
  receivedAt: at,
  raw: {},
})

describe('inbound idempotency', () => {
  let platform: FakePlatform
  let gw: ChannelGateway
  const sends = (chat: string) => platform.calls(/sendMessage$/).filter((c) => c.json.chat_id === chat)
  const count = (q: ReturnType<typeof sql>) => gw.count(q)

  beforeAll(async () => {
    ;({ platform, gw } = await startChannelTestBed())
  })
  afterAll(() => stopChannelTestBed({ platform, gw }))

  it('processes a delivery repeated 10 times, concurrently, exactly once', async () => {
    const body = telegramText({
      updateId: 777001,
      chatId: 3330001,
      text: '朝阳区望京街道花家地西里小区门口垃圾无人清运',
    })
    const res = await Promise.all(Array.from({ length: 10 }, () => gw.send(telegramPost(body))))
    expect(res.map((r) => r.status)).toEqual(Array(10).fill(200))
    await gw.settle()
    expect(
      await count(sql`select count(*)::int as n from messages where external_id = '777001' and direction = 'in'`),
    ).toBe(1)
    expect(
      await count(
        sql`select count(*)::int as n from tickets where conversation_id in (select conversation_id from messages where external_id = '777001')`,
      ),
    ).toBe(1)
    const outbound = await count(
      sql`select count(*)::int as n from messages where external_user_id = '3330001' and direction = 'out'`,
    )
    expect(outbound).toBeGreaterThan(0)
    expect(sends('3330001')).toHaveLength(outbound)
  })

  it('rolls back a turn whose claim another worker took over: one answer only', async () => {
    const rec = await recordInbound(gw.s.db, msg('3330002', 'stale-1', '你好'), 'pending')
    const [a] = await claimInbound(gw.s.db, { ids: [rec.id], now: new Date(), leaseMs: 60_000, limit: 1 })
    expect(a?.attempts).toBe(1)
    // Worker A stalls past its lease; worker B claims the row again.
    await gw.s.db.execute(sql`update messages set locked_until = now() - interval '1 second' where id = ${rec.id}`)
    const [b] = await claimInbound(gw.s.db, { ids: [rec.id], now: new Date(), leaseMs: 60_000, limit: 1 })
    expect(b?.attempts).toBe(2)
    if (!a || !b) throw new Error('claims failed')
    expect((await processInbound(gw.s, a)).kind).toBe('stale')
    const done = await processInbound(gw.s, b)
    expect(done.kind).toBe('done')
    expect(await count(sql`select count(*)::int as n from outbox where delivery_id like ${`${rec.id}:%`}`)).toBe(
      done.kind === 'done' ? done.outboxIds.length : -1,
    )
    expect(
      await count(
        sql`select count(*)::int as n from messages where direction = 'out' and payload->>'inReplyTo' = ${rec.id}`,
      ),
    ).toBe(done.kind === 'done' ? done.replies.length : -1)
  })

  it('retries a turn whose process died, and answers it once', async () => {
    const rec = await recordInbound(gw.s.db, msg('3330003', 'crash-1', '你好'), 'pending')
    await claimInbound(gw.s.db, { ids: [rec.id], now: new Date(), leaseMs: 60_000, limit: 1 })
    await gw.s.db.execute(sql`update messages set locked_until = now() - interval '1 second' where id = ${rec.id}`)
    await sweepChannels(gw.s)
    await gw.settle()
    expect(
      await count(
        sql`select count(*)::int as n from messages where id = ${rec.id} and status = 'done' and attempts = 2`,
      ),
    ).toBe(1)
    const outbound = await count(
      sql`select count(*)::int as n from messages where direction = 'out' and payload->>'inReplyTo' = ${rec.id}`,
    )
    expect(outbound).toBeGreaterThan(0)
    expect(sends('3330003')).toHaveLength(outbound)
  })

  it("takes a citizen's messages in arrival order, other citizens' in parallel", async () => {
    const t = Date.now()
    const first = await recordInbound(gw.s.db, msg('3330004', 'order-1', '第一条', new Date(t)), 'pending')
    const second = await recordInbound(gw.s.db, msg('3330004', 'order-2', '第二条', new Date(t + 1)), 'pending')
    const other = await recordInbound(gw.s.db, msg('3330005', 'order-3', '别人的', new Date(t + 2)), 'pending')
    const claimed = await claimInbound(gw.s.db, { now: new Date(t + 10), leaseMs: 60_000, limit: 10 })
    const ids = claimed.map((r) => r.id)
    expect(ids).toContain(first.id)
    expect(ids).toContain(other.id)
    expect(ids).not.toContain(second.id)
    for (const row of claimed) await processInbound(gw.s, row)
    // Now that the first is answered, the second becomes claimable.
    const next = await claimInbound(gw.s.db, { now: new Date(), leaseMs: 60_000, limit: 10 })
    expect(next.map((r) => r.id)).toEqual([second.id])
    for (const row of next) await processInbound(gw.s, row)
    await gw.settle()
    expect(
      await count(
        sql`select count(*)::int as n from messages where id in (${first.id}, ${second.id}, ${other.id}) and status = 'done'`,
      ),
    ).toBe(3)
  })
})
