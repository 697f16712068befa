/**
 * The department workbench (/desk) through HTTP: sign-in with a department token, the unit's own tickets by
 * what needs doing, one ticket with the citizen's words and history, and the steps 签收 → 进展 → 办结 with
 * the reply reaching the citizen; another unit's ticket does not exist here; a revoked token ends the session;
 * cross-site posts are refused. Runs on PGlite and, with STORAGE_TEST_DATABASE_URL, on PostgreSQL.
 */
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tickets } from '../../src/storage/schema.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'
import { storageKind } from '../helpers/testStorage.js'

const ORIGIN = 'http://localhost'

describe(`department workbench on ${storageKind}`, () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway()
  })
  afterAll(async () => gw?.close())

  async function request(
    path: string,
    opts: { cookie?: string; form?: Record<string, string>; origin?: string | null } = {},
  ) {
    const headers: Record<string, string> = {}
    if (opts.cookie) headers.cookie = opts.cookie
    if (opts.form) headers['content-type'] = 'application/x-www-form-urlencoded'
    if (opts.form && opts.origin !== null) headers.origin = opts.origin ?? ORIGIN
    const res = await gw.app.request(`${ORIGIN}${path}`, {
      method: opts.form ? 'POST' : 'GET',
      headers,
      body: opts.form ? new URLSearchParams(opts.form).toString() : undefined,
    })
    return { status: res.status, location: res.headers.get('location'), html: await res.text(), headers: res.headers }
  }

  async function issue(departmentId: string) {
    const r = await gw.post(`/api/v1/admin/departments/${departmentId}/tokens`, { label: '工作台' }, gw.admin)
    expect(r.status).toBe(201)
    return { token: r.json.token as string, id: r.json.id as string }
  }

  async function login(token: string): Promise<string> {
    const res = await request('/desk/login', { form: { token } })
    expect(res.status).toBe(303)
    expect(res.location).toBe('/desk')
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Strict/i)
    expect(cookie).toMatch(/Path=\/desk/i)
    return cookie.split(';')[0] as string
  }

  it('signs in with a department token only, and refuses cross-site posts', async () => {
    expect((await request('/desk')).location).toBe('/desk/login')
    expect((await request('/desk/login', { form: { token: 'dept_not-a-real-token' } })).status).toBe(401)
    // The admin token and editor tokens are not department tokens.
    expect((await request('/desk/login', { form: { token: 'test-admin-token-0123456789' } })).status).toBe(401)
    const { token } = await issue('bj-street-110101007')
    expect((await request('/desk/login', { form: { token }, origin: 'https://evil.example' })).status).toBe(403)
    const cookie = await login(token)
    const home = await request('/desk', { cookie })
    expect(home.status).toBe(200)
    expect(home.html).toContain('承办单位工作台')
    expect(home.headers.get('content-security-policy')).toContain("default-src 'none'")
    // A console cookie is not a workbench session, and the other way round.
    expect((await request('/console/entries', { cookie })).location).toMatch(/^\/console\/login/)
  })

  it('lists the unit’s own tickets and takes one through 签收, 进展 and 办结, the reply reaching the citizen', async () => {
    const filed = await gw.post('/api/v1/messages', {
      userId: 'desk-citizen-1',
      text: '东城区东华门街道南池子大街12号门口的井盖丢了，晚上很危险',
      name: '李四',
      phone: '13900001111',
    })
    const ticket = filed.json.ticket
    expect(ticket.status).toBe('dispatched')
    const deptId: string = ticket.department.id
    const cookie = await login((await issue(deptId)).token)

    const todo = await request('/desk?view=todo', { cookie })
    expect(todo.html).toContain(ticket.number)
    expect(todo.html).toContain('井盖丢了')
    expect((await request('/desk?view=closed', { cookie })).html).not.toContain(ticket.number)

    const found = await request(`/desk?number=${ticket.number.toLowerCase()}`, { cookie })
    expect(found.location).toBe(`/desk/tickets/${ticket.number}`)
    const page = await request(`/desk/tickets/${ticket.number}`, { cookie })
    expect(page.status).toBe(200)
    expect(page.html).toContain('南池子大街12号门口')
    expect(page.html).toContain('13900001111') // the assigned unit sees the contact
    expect(page.html).toContain('签收')
    expect(page.html).not.toContain(`action="/desk/tickets/${ticket.number}/close"`)

    // Closing before accepting is not a step the state machine allows.
    const early = await request(`/desk/tickets/${ticket.number}/close`, { cookie, form: { reply: '已处理' } })
    expect(early.status).toBe(409)
    expect(early.html).toContain('当前状态不允许')

    const accepted = await request(`/desk/tickets/${ticket.number}/accept`, { cookie, form: { note: '已安排网格员' } })
    expect(accepted.status).toBe(303)
    expect((await request(accepted.location as string, { cookie })).html).toContain('已签收。')
    const empty = await request(`/desk/tickets/${ticket.number}/progress`, { cookie, form: { note: '  ' } })
    expect(empty.status).toBe(400)
    expect(empty.html).toContain('请填写办理进展')
    expect(
      (await request(`/desk/tickets/${ticket.number}/progress`, { cookie, form: { note: '已联系养护单位' } })).status,
    ).toBe(303)
    expect((await request('/desk?view=doing', { cookie })).html).toContain(ticket.number)

    const reply = '已补装井盖，现场恢复正常。'
    const closed = await request(`/desk/tickets/${ticket.number}/close`, { cookie, form: { reply } })
    expect(closed.status).toBe(303)
    const after = await request(closed.location as string, { cookie })
    expect(after.html).toContain('已办结')
    expect(after.html).toContain('已联系养护单位')
    expect(after.html).toContain(reply)

    const admin = await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)
    expect(admin.json.status).toBe('closed')
    const types = admin.json.events.map((e: { type: string }) => e.type)
    expect(types).toEqual(expect.arrayContaining(['accepted', 'progress', 'closed', 'reply_sent']))
    const actor = admin.json.events.find((e: { type: string }) => e.type === 'closed').actor as string
    expect(actor).toMatch(new RegExp(`^department:${deptId}:token:`))
    const feed = await gw.get(`/api/v1/conversations/${filed.json.conversationId}/messages`)
    expect(feed.json.messages.some((m: { text: string }) => m.text?.includes(reply))).toBe(true)
  })

  it('lists overdue tickets under 已超期 and explains, in Chinese, why an extension is refused', async () => {
    const filed = await gw.post('/api/v1/messages', {
      userId: 'desk-citizen-3',
      text: '东城区东华门街道南池子大街的人行道砖松动了，容易绊倒',
    })
    const ticket = filed.json.ticket
    const cookie = await login((await issue(ticket.department.id)).token)
    expect((await request(`/desk/tickets/${ticket.number}/accept`, { cookie, form: {} })).status).toBe(303)
    expect((await request('/desk?view=overdue', { cookie })).html).not.toContain(ticket.number)
    // What the citizen says afterwards shows in the history by what it means.
    await gw.post('/api/v1/messages', { userId: 'desk-citizen-3', text: '能不能快点处理' })
    expect((await request(`/desk/tickets/${ticket.number}`, { cookie })).html).toContain('市民催办')
    // Two days past its deadline.
    await gw.services.db
      .update(tickets)
      .set({ dueAt: new Date(Date.now() - 48 * 3_600_000) })
      .where(eq(tickets.id, ticket.id))
    const late = await request('/desk?view=overdue', { cookie })
    expect(late.html).toContain(ticket.number)
    expect(late.html).toMatch(/已超期 4[89] 小时/)
    const refused = await request(`/desk/tickets/${ticket.number}/extend`, {
      cookie,
      form: { reason: '需协调产权单位', workingDays: '5' },
    })
    expect(refused.status).toBe(409)
    expect(refused.html).toContain('已过办理时限')
    const bad = await request(`/desk/tickets/${ticket.number}/extend`, {
      cookie,
      form: { reason: '需协调产权单位', workingDays: 'abc' },
    })
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('延长工作日须为')
  })

  it('hides other units’ tickets, and a revoked token ends the session at once', async () => {
    const filed = await gw.post('/api/v1/messages', {
      userId: 'desk-citizen-2',
      text: '朝阳区望京街道花家地西里三区楼下垃圾好几天没人清运',
    })
    const ticket = filed.json.ticket
    const other = await issue('bj-street-110101007')
    const cookie = await login(other.token)
    expect(ticket.department.id).not.toBe('bj-street-110101007')
    expect((await request(`/desk/tickets/${ticket.number}`, { cookie })).status).toBe(404)
    expect((await request(`/desk/tickets/${ticket.number}/accept`, { cookie, form: {} })).status).toBe(404)
    expect((await request('/desk?view=all', { cookie })).html).not.toContain(ticket.number)

    const revoke = await gw.post(
      `/api/v1/admin/departments/bj-street-110101007/tokens/${other.id}/revoke`,
      {},
      gw.admin,
    )
    expect(revoke.status).toBe(200)
    expect((await request('/desk', { cookie })).location).toBe('/desk/login')
  })
})
