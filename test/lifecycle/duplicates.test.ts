/**
 * Duplicates and hot topics: a second report of the same open problem is linked to the first, the
 * citizen is told it is already being handled, the follower count grows, both citizens hear the
 * reply, and the cluster surfaces in hot topics, masked.
 */
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { messages } from '../../src/storage/schema.js'
import { storageKind } from '../helpers/testStorage.js'
import { clockAt, type LifecycleGateway, startLifecycleGateway } from './lifecycleGateway.js'

describe(`duplicates and hot topics on ${storageKind}`, () => {
  let gw: LifecycleGateway
  beforeAll(async () => {
    gw = await startLifecycleGateway({ clock: clockAt('2026-03-03T09:00:00+08:00') })
  })
  afterAll(async () => gw?.close())

  it('links a report of the same open problem, tells the citizen, and replies to every follower', async () => {
    const a = await gw.say('dup-a', '东城区东四街道东四北大街100号附近的路灯不亮了，联系电话13912345678，晚上特别黑')
    const parent = a.json.ticket
    expect(parent.status).toBe('dispatched')

    gw.clock.advanceHours(26)
    const b = await gw.say('dup-b', '东城区东四街道东四北大街100号那边路灯坏了不亮，晚上太黑了不安全')
    const child = b.json.ticket
    expect(child.id).not.toBe(parent.id)
    expect(child.status).toBe('linked')
    expect(b.json.replies[0].text).toContain(parent.number)
    expect(b.json.replies[0].text).toMatch(/同一问题|已在办理/)

    gw.clock.advanceHours(1)
    const c = await gw.say('dup-c', '东城区东四街道东四北大街有饭店油烟直排，熏得家里窗户都不敢开')
    expect(c.json.ticket.status).toBe('dispatched')
    expect(c.json.ticket.id).not.toBe(parent.id)

    const p = (await gw.get(`/api/v1/tickets/${parent.id}`, gw.admin)).json
    expect(p.followers).toBe(2)
    expect(p.events.map((e: { type: string }) => e.type)).toContain('follower_added')
    const ch = (await gw.get(`/api/v1/tickets/${child.id}`, gw.admin)).json
    expect(ch.duplicateOf).toBe(parent.id)
    expect(ch.events.map((e: { type: string }) => e.type)).toEqual(['created', 'linked'])

    // A linked follower is not the department's to move on its own.
    const dept = await gw.departmentToken(parent.department.id)
    expect((await gw.post(`/api/v1/department/tickets/${child.id}/accept`, {}, dept)).status).toBe(409)

    await gw.post(`/api/v1/department/tickets/${parent.id}/accept`, {}, dept)
    await gw.post(`/api/v1/department/tickets/${parent.id}/close`, { reply: '已维修东四北大街路灯，恢复照明。' }, dept)
    for (const conv of [a.json.conversationId, b.json.conversationId]) {
      const out = await gw.s.db
        .select({ text: messages.text })
        .from(messages)
        .where(and(eq(messages.conversationId, conv), eq(messages.direction, 'out')))
      expect(out.some((m) => m.text?.includes('已维修东四北大街路灯'))).toBe(true)
    }
    const closedChild = (await gw.get(`/api/v1/tickets/${child.id}`, gw.admin)).json
    expect(closedChild).toMatchObject({ status: 'closed', reply: '已维修东四北大街路灯，恢复照明。' })

    // The follower answers its own callback.
    const answer = await gw.say('dup-b', '已经修好了，非常满意')
    expect(answer.json.replies[0].text).toMatch(/感谢/)
    expect((await gw.get(`/api/v1/tickets/${child.id}`, gw.admin)).json.satisfaction).toBe('satisfied')
  })

  it('ranks the cluster in hot topics, with examples masked', async () => {
    const r = await gw.get('/api/v1/metrics/hot-topics?from=2026-03-01&to=2026-03-31', gw.admin)
    expect(r.status).toBe(200)
    const top = r.json.topics[0]
    expect(top).toMatchObject({
      count: 2,
      previousCount: 0,
      growth: 2,
      followers: 2,
      place: { district: '东城区', street: '东四街道' },
    })
    expect(top.category.level1).toBeTruthy()
    expect(top.examples).toHaveLength(2)
    expect(r.text).not.toContain('13912345678')
    expect(r.text).toContain('139****5678')
    // Singletons are not topics.
    expect(r.json.topics.every((t: { count: number }) => t.count >= 2)).toBe(true)
    expect((await gw.get('/api/v1/metrics/hot-topics')).status).toBe(401)
  })
})
