/**
 * A citizen asking after their own tickets: "进度怎么样了" and a ticket number get the status, the handling
 * unit, the deadline and the unit's latest note; someone else's number is not shown; "好的" after filing is
 * not taken as a new request. Runs on PGlite and, with STORAGE_TEST_DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asksProgress } from '../../src/conversation/progressQuery.js'
import { clockAt, type LifecycleGateway, startLifecycleGateway } from '../lifecycle/lifecycleGateway.js'
import { storageKind } from '../helpers/testStorage.js'

const noPlace = { location: { district: null, street: null, community: null } } as never

describe('asksProgress', () => {
  it('recognises short progress questions and ticket numbers, not new matters that mention 进度', () => {
    expect(asksProgress('我的工单进度怎么样了？', noPlace)).toEqual({ kind: 'mine' })
    expect(asksProgress('办得怎么样了', noPlace)).toEqual({ kind: 'mine' })
    expect(asksProgress('有人处理了吗', noPlace)).toEqual({ kind: 'mine' })
    expect(asksProgress('查询 bj-20260310-000001', noPlace)).toEqual({ kind: 'number', number: 'BJ-20260310-000001' })
    expect(asksProgress('龙津河（仓山步行街段）改造进度严重滞后，施工至今已两年仍未完工，河水发臭', noPlace)).toBeNull()
    expect(asksProgress('我家楼下烧烤店油烟很大', noPlace)).toBeNull()
    const placed = { location: { district: '朝阳区', street: '望京街道', community: null } } as never
    expect(asksProgress('望京街道那个工地的进度', placed)).toBeNull()
  })
})

describe(`progress questions in conversation on ${storageKind}`, () => {
  let gw: LifecycleGateway
  beforeAll(async () => {
    gw = await startLifecycleGateway({ clock: clockAt('2026-03-10T09:00:00+08:00') })
  })
  afterAll(async () => gw?.close())

  it('answers with status, unit, deadline and the latest note of the asker’s own tickets only', async () => {
    const none = await gw.say('progress-0', '我的工单进度怎么样了')
    expect(none.json.replies[0].text).toContain('暂未查到')
    expect(none.json.ticket).toBeUndefined()

    const filed = await gw.say('progress-1', '东城区东华门街道南池子大街12号门口的井盖丢了，晚上很危险，请尽快处理')
    const ticket = filed.json.ticket
    expect(ticket.status).toBe('dispatched')

    // "好的" right after filing is acknowledged: no new draft, no question about the place.
    const ok = await gw.say('progress-1', '好的')
    expect(ok.json.ticket).toBeUndefined()
    expect(ok.json.replies[0].text).not.toMatch(/地点/)

    const before = await gw.say('progress-1', '进度怎么样了？')
    const first = before.json.replies[0].text as string
    expect(first).toContain(ticket.number)
    expect(first).toContain('已派单待签收')
    expect(first).toContain(ticket.department.name)
    expect(first).toMatch(/办理时限：\d{4}-\d{2}-\d{2} 前/)

    const dept = await gw.departmentToken(ticket.department.id)
    expect((await gw.post(`/api/v1/department/tickets/${ticket.id}/accept`, {}, dept)).status).toBe(200)
    expect(
      (await gw.post(`/api/v1/department/tickets/${ticket.id}/progress`, { note: '已联系市政养护单位补装井盖' }, dept))
        .status,
    ).toBe(200)
    const after = await gw.say('progress-1', `查询工单 ${ticket.number.toLowerCase()}`)
    const second = after.json.replies[0].text as string
    expect(second).toContain('办理中')
    expect(second).toContain('最新进展：已联系市政养护单位补装井盖')

    // Another citizen cannot read this ticket by its number; the answer does not reveal that it exists.
    const stranger = await gw.say('progress-2', `查询工单 ${ticket.number}`)
    const text = stranger.json.replies[0].text as string
    expect(text).toContain('没有查到')
    expect(text).not.toContain('办理中')
    expect(text).not.toContain(ticket.department.name)

    // The question did not touch the ticket: still one ticket, nothing added to it.
    const got = await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)
    expect(got.json.events.map((e: { type: string }) => e.type)).not.toContain('supplement')
  })
})
