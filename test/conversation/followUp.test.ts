/**
 * Follow-ups about a request already made: a withdrawal, a hurry-up, a phone number, thanks and "不用了".
 * Each goes onto the citizen's open ticket as a supplement of its kind, and none starts a new request.
 * Runs on PGlite and, with STORAGE_TEST_DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { followUpOf } from '../../src/conversation/followUp.js'
import { storageKind } from '../helpers/testStorage.js'
import { clockAt, type LifecycleGateway, startLifecycleGateway } from '../lifecycle/lifecycleGateway.js'

describe('followUpOf', () => {
  it('tells withdrawals, hurry-ups and bare phone numbers from new matters', () => {
    expect(followUpOf('问题已经解决了，不用处理了', null)).toBe('withdraw')
    expect(followUpOf('我想撤回刚才的投诉', null)).toBe('withdraw')
    expect(followUpOf('能不能快点处理', null)).toBe('urge')
    expect(followUpOf('怎么还没人来修？', null)).toBe('urge')
    expect(followUpOf('我的电话是13812345678', '13812345678')).toBe('phone')
    expect(followUpOf('13812345678', '13812345678')).toBe('phone')
    // New matters that happen to share a word.
    expect(followUpOf('请尽快修一下楼下的路灯', null)).toBeNull()
    expect(followUpOf('说已经解决了，但根本没有解决', null)).toBeNull()
    expect(followUpOf('楼下烧烤店油烟太大，我的电话是13812345678', '13812345678')).toBeNull()
    expect(followUpOf(`${'施工噪音一直持续到半夜，'.repeat(4)}什么时候能处理`, null)).toBeNull()
  })
})

describe(`follow-ups in conversation on ${storageKind}`, () => {
  let gw: LifecycleGateway
  beforeAll(async () => {
    gw = await startLifecycleGateway({ clock: clockAt('2026-03-10T09:00:00+08:00') })
  })
  afterAll(async () => gw?.close())

  const supplements = async (id: string) =>
    (await gw.get(`/api/v1/tickets/${id}`, gw.admin)).json.events.filter(
      (e: { type: string }) => e.type === 'supplement',
    )

  it('records a hurry-up, a phone number and a withdrawal on the open ticket, and answers each as what it is', async () => {
    const user = 'follow-1'
    // With no request on file, "when will it be fixed?" is read as the start of one, not answered as a hurry-up.
    const before = await gw.say(user, '什么时候能修好？')
    expect(before.json.replies[0].text).not.toContain('催办')

    const filed = await gw.say(user, '东城区东华门街道南池子大街12号门口的井盖丢了，晚上很危险')
    const ticket = filed.json.ticket
    expect(ticket.status).toBe('dispatched')

    const urge = await gw.say(user, '能不能快点处理')
    expect(urge.json.ticket).toBeUndefined()
    expect(urge.json.replies.map((r: { text: string }) => r.text)).toEqual([
      expect.stringContaining('催办'),
      expect.stringContaining(ticket.number),
    ])

    const phone = await gw.say(user, '我的电话是13812345678')
    expect(phone.json.replies[0].text).toContain('138****5678')
    const admin = await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)
    expect(admin.json.phone).toBe('13812345678')

    const thanks = await gw.say(user, '谢谢你们')
    expect(thanks.json.replies[0].text).toMatch(/^不客气/)
    const no = await gw.say(user, '不用了')
    expect(no.json.ticket).toBeUndefined()
    expect(no.json.replies[0].text).not.toMatch(/地点/)

    const withdraw = await gw.say(user, '问题已经解决了，不用处理了')
    expect(withdraw.json.replies[0].text).toContain(ticket.number)
    expect(withdraw.json.replies[0].text).toContain('不再需要处理')

    const kinds = (await supplements(ticket.id)).map((e: { data: { kind?: string } }) => e.data.kind)
    expect(kinds).toEqual(['urge', 'phone', 'withdraw'])
    // Only the one ticket: none of these started a request of its own.
    const mine = await gw.get('/api/v1/tickets?district=东城区', gw.admin)
    expect(mine.json.tickets.filter((t: { number: string }) => t.number !== ticket.number)).toHaveLength(0)
  })

  it('answers a linked follower with the ticket being worked on, and passes its hurry-up there', async () => {
    const text = '东城区东华门街道南池子大街的路灯坏了一整排，晚上漆黑一片'
    const first = (await gw.say('follow-linked-1', text)).json.ticket
    const second = (await gw.say('follow-linked-2', text)).json.ticket
    expect(second.status).toBe('linked')
    const progress = await gw.say('follow-linked-2', '进度怎么样了')
    expect(progress.json.replies[0].text).toContain(`与同类工单 ${first.number} 合并办理`)
    expect(progress.json.replies[0].text).toContain(first.department.name)
    await gw.say('follow-linked-2', '能不能快点处理')
    const onParent = await supplements(first.id)
    expect(
      onParent.map((e: { data: { kind?: string; viaLinked?: string } }) => [e.data.kind, e.data.viaLinked]),
    ).toEqual([['urge', second.number]])
  })
})
