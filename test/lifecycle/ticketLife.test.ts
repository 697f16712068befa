/**
 * Done-when scenarios of issue #6, end to end through HTTP and the conversation handler:
 * one ticket's whole life (file → dispatch → accept → close with a reply → the reply on the original
 * conversation → the callback answer → the rates), and the reopened path (二次办理).
 * Runs on PGlite and, with STORAGE_TEST_DATABASE_URL, on PostgreSQL.
 */
import { and, asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { handleMessage } from '../../src/conversation/handleMessage.js'
import { conversations, messages, outbox } from '../../src/storage/schema.js'
import { storageKind } from '../helpers/testStorage.js'
import { clockAt, type LifecycleGateway, startLifecycleGateway } from './lifecycleGateway.js'

async function outbound(gw: LifecycleGateway, conversationId: string) {
  return gw.s.db
    .select({ text: messages.text, payload: messages.payload, status: messages.status })
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, 'out')))
    .orderBy(asc(messages.createdAt))
}

async function rateOf(gw: LifecycleGateway, departmentId: string) {
  const r = await gw.get('/api/v1/metrics/rates?from=2026-03-01&to=2026-03-31&groupBy=department', gw.admin)
  expect(r.status).toBe(200)
  return r.json.groups.find((g: { key: string }) => g.key === departmentId)
}

describe(`a ticket's whole life on ${storageKind}`, () => {
  let gw: LifecycleGateway
  beforeAll(async () => {
    gw = await startLifecycleGateway({ clock: clockAt('2026-03-10T09:00:00+08:00') })
  })
  afterAll(async () => gw?.close())

  it('file → dispatch → accept → close with reply → reply on the original conversation → callback → rates', async () => {
    const filed = await gw.say('life-1', '东城区东华门街道南池子大街12号门口的井盖丢了，晚上很危险，请尽快处理', {
      name: '张三',
      phone: '13812345678',
    })
    expect(filed.status).toBe(200)
    const ticket = filed.json.ticket
    expect(ticket.status).toBe('dispatched')
    expect(ticket.department.kind).toBe('street')
    const deptId: string = ticket.department.id
    const conversationId: string = filed.json.conversationId

    const admin = await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)
    expect(admin.json.dispatchRule).toBeTruthy()
    expect(admin.json.firstDepartment.id).toBe(deptId)

    const dept = await gw.departmentToken(deptId)
    const other = await gw.departmentToken('bj-street-110101002')

    // The assigned department sees the citizen's phone and name; another department does not see the ticket at all.
    const list = await gw.get('/api/v1/department/tickets', dept)
    const mine = list.json.tickets.find((t: { id: string }) => t.id === ticket.id)
    expect(mine.phone).toBe('13812345678')
    expect(mine.citizenName).toBe('张三')
    expect((await gw.get(`/api/v1/department/tickets/${ticket.id}`, other)).status).toBe(404)
    expect((await gw.post(`/api/v1/department/tickets/${ticket.id}/accept`, {}, other)).status).toBe(404)
    expect((await gw.get('/api/v1/department/tickets')).status).toBe(401)

    // Illegal transitions answer 409.
    const early = await gw.post(`/api/v1/department/tickets/${ticket.id}/close`, { reply: '已处理' }, dept)
    expect(early.status).toBe(409)
    expect(early.json.error.code).toBe('conflict')

    gw.clock.advanceHours(1)
    const accepted = await gw.post(`/api/v1/department/tickets/${ticket.number}/accept`, { note: '已安排网格员' }, dept)
    expect(accepted.status).toBe(200)
    expect(accepted.json.ticket.status).toBe('accepted')
    expect((await gw.post(`/api/v1/department/tickets/${ticket.id}/accept`, {}, dept)).status).toBe(409)

    gw.clock.advanceHours(2)
    expect(
      (await gw.post(`/api/v1/department/tickets/${ticket.id}/progress`, { note: '已联系市政养护单位' }, dept)).json
        .ticket.status,
    ).toBe('in_progress')

    const before = await rateOf(gw, deptId)
    expect(before).toMatchObject({
      dispatched: 1,
      acceptedInTime: 1,
      responseRate: 1,
      callbacksAnswered: 0,
      resolutionRate: null,
    })

    gw.clock.advanceHours(20)
    const reply = '已联系市政养护单位更换井盖，现场已恢复正常，感谢您的反映。'
    const closed = await gw.post(`/api/v1/department/tickets/${ticket.id}/close`, { reply }, dept)
    expect(closed.status).toBe(200)
    expect(closed.json.ticket.status).toBe('closed')

    // Double feedback: the reply and the callback question are outbound messages on the same conversation.
    const out = await outbound(gw, conversationId)
    const replyMsg = out.find((m) => (m.payload as { notification?: string } | null)?.notification === 'reply')
    expect(replyMsg?.text).toContain(reply)
    expect(replyMsg?.text).toContain(ticket.number)
    const ask = out.find((m) => (m.payload as { notification?: string } | null)?.notification === 'callback')
    expect(ask?.text).toMatch(/是否已解决/)
    // The citizen reads the result before the question about it, in the feed and in the outbox alike.
    const kinds = out.map((m) => (m.payload as { notification?: string } | null)?.notification).filter(Boolean)
    expect(kinds.slice(-2)).toEqual(['reply', 'callback'])
    const rows = await gw.s.db.select().from(messages).where(eq(messages.conversationId, conversationId))
    const at = (k: string) =>
      rows.find((m) => (m.payload as { notification?: string } | null)?.notification === k)?.createdAt.getTime() ?? 0
    expect(at('callback')).toBeGreaterThan(at('reply'))
    const [conv] = await gw.s.db.select().from(conversations).where(eq(conversations.id, conversationId))
    expect(conv?.state).toBe('awaiting_callback')

    // The center sees the reply in the ticket's events, each with actor and time.
    const events = (await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)).json.events
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'dispatched',
      'accepted',
      'progress',
      'closed',
      'reply_sent',
      'callback_sent',
    ])
    expect(events.find((e: { type: string }) => e.type === 'closed').data.reply).toBe(reply)
    expect(events.find((e: { type: string }) => e.type === 'accepted').actor).toMatch(/^department:bj-street-/)
    for (const e of events) expect(Date.parse(e.at)).not.toBeNaN()

    // The citizen answers in free text on the same channel.
    gw.clock.advanceHours(3)
    const answer = await gw.say('life-1', '解决了，挺满意的')
    expect(answer.json.replies[0].text).toMatch(/感谢/)
    const after = (await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)).json
    expect(after).toMatchObject({ status: 'closed', resolved: true, satisfaction: 'satisfied' })
    const [conv2] = await gw.s.db.select().from(conversations).where(eq(conversations.id, conversationId))
    expect(conv2?.state).toBe('idle')

    // The rates update.
    const rates = await rateOf(gw, deptId)
    expect(rates).toMatchObject({
      dispatched: 1,
      acceptedInTime: 1,
      callbacksAnswered: 1,
      resolved: 1,
      satisfied: 1,
      responseRate: 1,
      resolutionRate: 1,
      satisfactionRate: 1,
    })
  })

  it('unresolved or unsatisfied reopens a second round with the same department, visible to the center', async () => {
    gw.clock.set('2026-03-12T10:00:00+08:00')
    const filed = await gw.say('life-2', '东城区景山街道景山东街8号院楼道里的灯坏了一个多月了，一直没人修')
    const ticket = filed.json.ticket
    expect(ticket.department.id).toBe('bj-street-110101002')
    const dept = await gw.departmentToken(ticket.department.id)
    gw.clock.advanceHours(30) // later than the 24 h acceptance limit: not counted as responded in time
    await gw.post(`/api/v1/department/tickets/${ticket.id}/accept`, {}, dept)
    gw.clock.advanceHours(24)
    await gw.post(`/api/v1/department/tickets/${ticket.id}/close`, { reply: '已通知物业维修楼道灯。' }, dept)

    // Half an answer: the gateway asks for the other half.
    gw.clock.advanceHours(5)
    const half = await gw.say('life-2', '没解决')
    expect(half.json.replies[0].text).toMatch(/满意/)
    const rest = await gw.say('life-2', '不满意')
    expect(rest.json.replies[0].text).toMatch(/二次办理/)

    const reopened = (await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)).json
    expect(reopened).toMatchObject({ status: 'reopened', round: 2, resolved: false, satisfaction: 'unsatisfied' })
    expect(reopened.department.id).toBe(ticket.department.id)
    const reopenEvent = reopened.events.find((e: { type: string }) => e.type === 'reopened')
    expect(reopenEvent.data).toMatchObject({ round: 2, reason: 'unresolved' })
    const queue = await gw.get('/api/v1/admin/tickets?status=reopened', gw.admin)
    expect(queue.json.tickets.map((t: { id: string }) => t.id)).toContain(ticket.id)

    // Second round: accept again, close again, a second reply on the same conversation, a second callback.
    gw.clock.advanceHours(2)
    expect((await gw.post(`/api/v1/department/tickets/${ticket.id}/accept`, {}, dept)).json.ticket.status).toBe(
      'accepted',
    )
    gw.clock.advanceHours(24)
    await gw.post(`/api/v1/department/tickets/${ticket.id}/close`, { reply: '已更换楼道灯并检查线路。' }, dept)
    const replies = (await outbound(gw, filed.json.conversationId)).filter(
      (m) => (m.payload as { notification?: string })?.notification === 'reply',
    )
    expect(replies.map((m) => m.text)).toEqual([
      expect.stringContaining('已通知物业'),
      expect.stringContaining('二次办理'),
    ])
    const final = await gw.say('life-2', '这次修好了，一般吧')
    expect(final.json.replies[0].text).toMatch(/感谢/)
    expect((await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)).json).toMatchObject({
      status: 'closed',
      round: 2,
      resolved: true,
      satisfaction: 'basically_satisfied',
    })

    // Two callbacks answered: one unresolved & unsatisfied, one resolved & basically satisfied; one late acceptance.
    expect(await rateOf(gw, ticket.department.id)).toMatchObject({
      dispatched: 1,
      acceptedInTime: 0,
      responseRate: 0,
      callbacksAnswered: 2,
      resolved: 1,
      satisfied: 0,
      basicallySatisfied: 1,
      unsatisfied: 1,
      resolutionRate: 0.5,
      satisfactionRate: 0.5,
    })
  })

  it('on a push channel the reply and the callback question go through the outbox, answered on that channel', async () => {
    gw.clock.set('2026-03-20T10:00:00+08:00')
    let seq = 0
    const tg = (text: string) =>
      handleMessage(gw.s.handler, {
        channel: 'telegram',
        account: 'test-bot',
        externalUserId: 'tg-4242',
        externalId: `upd-${++seq}`,
        kind: 'text',
        text,
        receivedAt: gw.clock.now,
        raw: {},
      })
    const filed = await tg('东城区安定门街道安定门内大街50号门前的人行道砖坏了好几块，老人容易绊倒')
    const t = filed.ticket
    if (!t) throw new Error('no ticket filed')
    const dept = await gw.departmentToken(t.department?.id ?? '')
    await gw.post(`/api/v1/department/tickets/${t.id}/accept`, {}, dept)
    await gw.post(`/api/v1/department/tickets/${t.id}/close`, { reply: '已修补人行道砖。' }, dept)
    const queued = await gw.s.db.select().from(outbox).where(eq(outbox.ticketId, t.id))
    queued.sort((a, b) => a.deliveryId.localeCompare(b.deliveryId))
    expect(queued.map((o) => [o.deliveryId, o.channel, o.recipient, o.status])).toEqual([
      [`callback:${t.id}:1`, 'telegram', 'tg-4242', 'pending'],
      [`reply:${t.id}:1`, 'telegram', 'tg-4242', 'pending'],
    ])
    expect(JSON.stringify(queued[1]?.payload)).toContain('已修补人行道砖。')
    const answer = await tg('修好了，满意')
    expect(answer.replies[0]?.text).toMatch(/感谢/)
    expect((await gw.get(`/api/v1/tickets/${t.id}`, gw.admin)).json).toMatchObject({
      resolved: true,
      satisfaction: 'satisfied',
    })
  })

  it('a message that is not a callback answer falls through to the normal flow', async () => {
    gw.clock.set('2026-03-15T10:00:00+08:00')
    const filed = await gw.say('life-3', '东城区交道口街道南锣鼓巷附近有商户占道经营，行人通行困难')
    const dept = await gw.departmentToken(filed.json.ticket.department.id)
    await gw.post(`/api/v1/department/tickets/${filed.json.ticket.id}/accept`, {}, dept)
    await gw.post(`/api/v1/department/tickets/${filed.json.ticket.id}/close`, { reply: '已劝离占道商户。' }, dept)
    const q = await gw.say('life-3', '北京供暖期是从几月几号开始？')
    expect(q.json.replies[0].text).not.toMatch(/感谢您的评价/)
    const t = (await gw.get(`/api/v1/tickets/${filed.json.ticket.id}`, gw.admin)).json
    expect(t.satisfaction).toBeNull()
  })

  it('a new complaint while a callback is pending is filed, and the callback can still be answered', async () => {
    gw.clock.set('2026-03-16T10:00:00+08:00')
    const filed = await gw.say('life-5', '东城区交道口街道南锣鼓巷附近有商户占道经营，行人通行困难')
    const dept = await gw.departmentToken(filed.json.ticket.department.id)
    await gw.post(`/api/v1/department/tickets/${filed.json.ticket.id}/accept`, {}, dept)
    await gw.post(`/api/v1/department/tickets/${filed.json.ticket.id}/close`, { reply: '已劝离占道商户。' }, dept)
    const other = await gw.say('life-5', '东城区东四街道东四六条的路灯坏了好几天，晚上很黑')
    expect(other.json.ticket?.id).toBeTruthy()
    expect(other.json.ticket.id).not.toBe(filed.json.ticket.id)
    const answer = await gw.say('life-5', '已经解决了，非常满意')
    expect(answer.json.replies[0].text).toMatch(/感谢您的评价/)
    const t = (await gw.get(`/api/v1/tickets/${filed.json.ticket.id}`, gw.admin)).json
    expect(t.resolved).toBe(true)
    expect(t.satisfaction).toBe('satisfied')
    // The complaint filed in between is untouched by the answer.
    const o = (await gw.get(`/api/v1/tickets/${other.json.ticket.id}`, gw.admin)).json
    expect(o.satisfaction).toBeNull()
  })

  it('an emergency is never swallowed as a callback answer', async () => {
    const filed = await gw.say('life-4', '东城区东四街道东四六条的消防通道被车辆堵住了')
    const dept = await gw.departmentToken(filed.json.ticket.department.id)
    await gw.post(`/api/v1/department/tickets/${filed.json.ticket.id}/accept`, {}, dept)
    await gw.post(`/api/v1/department/tickets/${filed.json.ticket.id}/close`, { reply: '已联系车主挪车。' }, dept)
    const fire = await gw.say('life-4', '没解决，现在楼道里着火了，有浓烟')
    expect(fire.json.replies[0].text).toContain('119')
    expect(fire.json.ticket.id).not.toBe(filed.json.ticket.id)
    expect((await gw.get(`/api/v1/tickets/${filed.json.ticket.id}`, gw.admin)).json.resolved).toBeNull()
  })
})
