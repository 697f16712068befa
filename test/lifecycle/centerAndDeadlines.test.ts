/**
 * The hotline center's side: the manual queue, dispatch, 退单 back to the center, re-dispatch with a
 * reason (首接负责 stays recorded), extensions; deadline reminders and escalation; callback timeouts.
 */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runLifecycleScan } from '../../src/lifecycle/lifecycleScanner.js'
import { silentLogger } from '../../src/logger.js'
import { conversations, departmentTokens, tickets } from '../../src/storage/schema.js'
import { storageKind } from '../helpers/testStorage.js'
import { clockAt, type LifecycleGateway, startLifecycleGateway } from './lifecycleGateway.js'

const types = (events: { type: string }[]) => events.map((e) => e.type)

describe(`center dispatch and deadlines on ${storageKind}`, () => {
  let gw: LifecycleGateway
  beforeAll(async () => {
    gw = await startLifecycleGateway({ clock: clockAt('2026-04-07T09:00:00+08:00') })
  })
  afterAll(async () => gw?.close())
  const ticket = async (id: string) => (await gw.get(`/api/v1/tickets/${id}`, gw.admin)).json
  const callbackStatus = async (id: string) =>
    (await gw.s.db.select({ s: tickets.callbackStatus }).from(tickets).where(eq(tickets.id, id)))[0]?.s
  const scan = () => runLifecycleScan(gw.s.db, gw.s.lifecycle, silentLogger, gw.clock.now)

  it('unknown place → manual queue → dispatch → 退单 → dispatch → re-dispatch; first receiver stays recorded', async () => {
    const asked = await gw.say('center-1', '我要投诉有人在小区里乱扔垃圾，一直没人管')
    expect(asked.json.ticket).toBeUndefined()
    const filed = await gw.say('center-1', '跳过')
    const t = filed.json.ticket
    expect(t.status).toBe('manual')
    const queue = await gw.get('/api/v1/admin/tickets?status=manual', gw.admin)
    expect(queue.json.tickets.map((x: { id: string }) => x.id)).toContain(t.id)

    expect(
      (await gw.post(`/api/v1/admin/tickets/${t.id}/dispatch`, { departmentId: 'bj-street-110101003' })).status,
    ).toBe(401)
    expect(
      (
        await gw.post(
          `/api/v1/admin/tickets/${t.id}/redispatch`,
          { departmentId: 'bj-street-110101003', reason: '改派' },
          gw.admin,
        )
      ).status,
    ).toBe(409)
    expect(
      (await gw.post(`/api/v1/admin/tickets/${t.id}/dispatch`, { departmentId: 'bj-nowhere' }, gw.admin)).status,
    ).toBe(400)
    const d1 = await gw.post(
      `/api/v1/admin/tickets/${t.id}/dispatch`,
      { departmentId: 'bj-street-110101003', note: '核实地址在交道口' },
      gw.admin,
    )
    expect(d1.status).toBe(200)
    expect(d1.json.ticket).toMatchObject({
      status: 'dispatched',
      department: { id: 'bj-street-110101003' },
      firstDepartment: { id: 'bj-street-110101003' },
    })
    expect(
      (await gw.post(`/api/v1/admin/tickets/${t.id}/dispatch`, { departmentId: 'bj-street-110101004' }, gw.admin))
        .status,
    ).toBe(409)

    const first = await gw.departmentToken('bj-street-110101003')
    const back = await gw.post(`/api/v1/department/tickets/${t.id}/return`, { reason: '该小区属安定门街道管辖' }, first)
    expect(back.status).toBe(200)
    expect(back.json.ticket.status).toBe('manual')
    expect((await gw.get(`/api/v1/department/tickets/${t.id}`, first)).status).toBe(404)
    expect((await gw.post(`/api/v1/department/tickets/${t.id}/return`, { reason: 'x' }, first)).status).toBe(404)

    await gw.post(`/api/v1/admin/tickets/${t.id}/dispatch`, { departmentId: 'bj-street-110101004' }, gw.admin)
    expect(
      (
        await gw.post(
          `/api/v1/admin/tickets/${t.id}/redispatch`,
          { departmentId: 'bj-street-110101004', reason: '同一单位' },
          gw.admin,
        )
      ).status,
    ).toBe(409)
    const re = await gw.post(
      `/api/v1/admin/tickets/${t.id}/redispatch`,
      { departmentId: 'bj-street-110101005', reason: '现场核实属北新桥街道' },
      gw.admin,
    )
    expect(re.status).toBe(200)

    const full = await ticket(t.id)
    expect(full.department.id).toBe('bj-street-110101005')
    expect(full.firstDepartment.id).toBe('bj-street-110101003')
    expect(types(full.events)).toEqual([
      'created',
      'queued_manual',
      'dispatched',
      'returned',
      'dispatched',
      'dispatched',
    ])
    const [, , d, ret, , redispatch] = full.events
    expect(d.data).toMatchObject({ rule: 'center:manual', reason: '核实地址在交道口' })
    expect(ret).toMatchObject({
      actor: expect.stringMatching(/^department:bj-street-110101003:/),
      data: { reason: '该小区属安定门街道管辖' },
    })
    expect(redispatch).toMatchObject({
      actor: 'center:admin',
      departmentId: 'bj-street-110101005',
      data: { rule: 'center:redispatch', reason: '现场核实属北新桥街道', from: 'bj-street-110101004' },
    })
  })

  it('department tokens: shown once, stored as SHA-256 only, revocable, never admin', async () => {
    const issued = await gw.post(
      '/api/v1/admin/departments/bj-street-110101007/tokens',
      { label: '朝阳门 专班' },
      gw.admin,
    )
    expect(issued.status).toBe(201)
    const token: string = issued.json.token
    expect((await gw.post('/api/v1/admin/departments/bj-nowhere/tokens', {}, gw.admin)).status).toBe(404)
    expect((await gw.post('/api/v1/admin/departments/bj-street-110101007/tokens', {})).status).toBe(401)
    const [row] = await gw.s.db.select().from(departmentTokens).where(eq(departmentTokens.id, issued.json.id))
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(row)).not.toContain(token)
    const auth = { authorization: `Bearer ${token}` }
    expect((await gw.get('/api/v1/department/tickets', auth)).status).toBe(200)
    expect((await gw.get('/api/v1/admin/tickets', auth)).status).toBe(401)
    expect((await gw.get('/api/v1/metrics/rates', auth)).status).toBe(401)
    const revoked = await gw.post(
      `/api/v1/admin/departments/bj-street-110101007/tokens/${issued.json.id}/revoke`,
      {},
      gw.admin,
    )
    expect(revoked.json).toEqual({ revoked: true })
    expect((await gw.get('/api/v1/department/tickets', auth)).status).toBe(401)
  })

  it('extends once per round, within the configured maximum', async () => {
    const filed = await gw.say('center-2', '东城区东四街道东四十条路口的红绿灯坏了，车辆通行很乱')
    const t = filed.json.ticket
    const dept = await gw.departmentToken(t.department.id)
    expect(
      (await gw.post(`/api/v1/department/tickets/${t.id}/extend`, { reason: '需协调', workingDays: 3 }, dept)).status,
    ).toBe(409) // not accepted yet
    await gw.post(`/api/v1/department/tickets/${t.id}/accept`, {}, dept)
    expect(
      (await gw.post(`/api/v1/department/tickets/${t.id}/extend`, { reason: '需协调', workingDays: 20 }, dept)).status,
    ).toBe(400)
    const before = (await ticket(t.id)).dueAt
    const ext = await gw.post(
      `/api/v1/department/tickets/${t.id}/extend`,
      { reason: '需协调交管部门', workingDays: 3 },
      dept,
    )
    expect(ext.status).toBe(200)
    expect(Date.parse(ext.json.ticket.dueAt)).toBeGreaterThan(Date.parse(before))
    expect(
      (await gw.post(`/api/v1/department/tickets/${t.id}/extend`, { reason: '再延', workingDays: 2 }, dept)).status,
    ).toBe(409)
  })

  it('reminds before the deadline, escalates to the district when overdue, then to the center', async () => {
    gw.clock.set('2026-04-08T09:00:00+08:00')
    const filed = await gw.say('center-3', '东城区朝阳门街道南小街有一处下水道井盖松动，车辆经过声音很大')
    const t = filed.json.ticket
    const due = Date.parse((await ticket(t.id)).dueAt)
    await scan()
    expect(types((await ticket(t.id)).events)).not.toContain('reminder')

    gw.clock.set(new Date(due - 12 * 3_600_000).toISOString())
    await scan()
    await scan() // a second scan must not remind twice
    expect(types((await ticket(t.id)).events).filter((x) => x === 'reminder')).toHaveLength(1)

    gw.clock.set(new Date(due + 3_600_000).toISOString())
    await scan()
    const over = await ticket(t.id)
    expect(types(over.events)).toContain('overdue')
    const toDistrict = over.events.find(
      (e: { type: string; data: { level?: string } }) => e.type === 'escalated' && e.data.level === 'district',
    )
    expect(toDistrict.data.to).toBe('bj-district-110101')
    const listed = await gw.get('/api/v1/admin/tickets?overdue=true', gw.admin)
    expect(listed.json.tickets.map((x: { id: string }) => x.id)).toContain(t.id)

    gw.clock.set(new Date(due + 25 * 3_600_000).toISOString())
    await scan()
    await scan()
    const late = await ticket(t.id)
    const toCenter = late.events.filter(
      (e: { type: string; data: { level?: string } }) => e.type === 'escalated' && e.data.level === 'center',
    )
    expect(toCenter).toHaveLength(1)
    expect(toCenter[0].data.to).toBe('bj-center')
  })

  it("feeds each department its tickets' events and the escalations addressed to it, from a cursor", async () => {
    gw.clock.set('2026-04-20T09:00:00+08:00')
    const filed = await gw.say('center-feed', '东城区朝阳门街道南小街路灯不亮，晚上很黑')
    const t = filed.json.ticket
    const street = await gw.departmentToken(t.department.id)
    const district = await gw.departmentToken('bj-district-110101')
    const other = await gw.departmentToken('bj-street-110101003')
    const feed = async (token: Record<string, string>, after?: string) => {
      const r = await gw.get(`/api/v1/department/events${after ? `?after=${after}` : ''}`, token)
      expect(r.status).toBe(200)
      return r.json as { events: { id: string; ticketId: string; ticketNumber: string; type: string }[]; next: string }
    }
    const mine = (f: Awaited<ReturnType<typeof feed>>) => f.events.filter((e) => e.ticketId === t.id).map((e) => e.type)
    const start = await feed(street)
    expect(mine(start)).toContain('dispatched')
    expect(start.events.find((e) => e.ticketId === t.id)?.ticketNumber).toBe(t.number)

    const due = Date.parse((await ticket(t.id)).dueAt)
    gw.clock.set(new Date(due - 12 * 3_600_000).toISOString())
    await scan()
    // From the cursor: only what is new, the reminder.
    const reminded = await feed(street, start.next)
    expect(mine(reminded)).toEqual(['reminder'])
    expect((await feed(street, reminded.next)).events).toEqual([])

    gw.clock.set(new Date(due + 3_600_000).toISOString())
    await scan()
    expect(mine(await feed(street, reminded.next))).toEqual(['overdue', 'escalated'])
    // The district sees the escalation addressed to it; an unrelated street sees nothing of this ticket.
    expect(mine(await feed(district))).toContain('escalated')
    expect(mine(await feed(other))).toEqual([])
    expect((await gw.get('/api/v1/department/events?after=abc', street)).status).toBe(400)
    expect((await gw.get('/api/v1/department/events')).status).toBe(401)
  })

  it('an unanswered callback is recorded as no_answer after the timeout and never counted as satisfied', async () => {
    gw.clock.set('2026-05-06T09:00:00+08:00')
    const filed = await gw.say('center-4', '东城区建国门街道北京站东街有共享单车乱停乱放，堵住了人行道')
    const t = filed.json.ticket
    const dept = await gw.departmentToken(t.department.id)
    await gw.post(`/api/v1/department/tickets/${t.id}/accept`, {}, dept)
    await gw.post(`/api/v1/department/tickets/${t.id}/close`, { reply: '已联系运营企业清理。' }, dept)
    gw.clock.advanceHours(71)
    await scan()
    expect(await callbackStatus(t.id)).toBe('pending')
    gw.clock.advanceHours(2)
    const r = await scan()
    expect(r.callbacksNoAnswer).toBeGreaterThanOrEqual(1)
    const after = await ticket(t.id)
    expect(types(after.events)).toContain('callback_no_answer')
    expect(await callbackStatus(t.id)).toBe('no_answer')
    expect(after.satisfaction).toBeNull()
    const [conv] = await gw.s.db.select().from(conversations).where(eq(conversations.id, filed.json.conversationId))
    expect(conv?.state).toBe('idle')
    const rates = await gw.get('/api/v1/metrics/rates?from=2026-05-01&to=2026-05-31&groupBy=department', gw.admin)
    const row = rates.json.groups.find((g: { key: string }) => g.key === t.department.id)
    expect(row).toMatchObject({ noAnswer: 1, callbacksAnswered: 0, satisfactionRate: null, resolutionRate: null })
  })
})
