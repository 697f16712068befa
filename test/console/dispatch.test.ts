/**
 * The center's dispatch desk in the console: the manual queue (place unknown, or returned by a unit with its
 * reason), dispatch from it, re-dispatch with a required reason, admins only. Runs on PGlite and, with
 * STORAGE_TEST_DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, startTestGateway, type TestGateway } from '../helpers/testApp.js'
import { storageKind } from '../helpers/testStorage.js'

const ORIGIN = 'http://localhost'

describe(`console dispatch desk on ${storageKind}`, () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway()
  })
  afterAll(async () => gw?.close())

  async function request(path: string, opts: { cookie?: string; form?: Record<string, string> } = {}) {
    const headers: Record<string, string> = {}
    if (opts.cookie) headers.cookie = opts.cookie
    if (opts.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded'
      headers.origin = ORIGIN
    }
    const res = await gw.app.request(`${ORIGIN}${path}`, {
      method: opts.form ? 'POST' : 'GET',
      headers,
      body: opts.form ? new URLSearchParams(opts.form).toString() : undefined,
    })
    return { status: res.status, location: res.headers.get('location'), html: await res.text() }
  }

  async function login(token: string): Promise<string> {
    const res = await gw.app.request(`${ORIGIN}/console/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
      body: new URLSearchParams({ token, next: '/console/entries' }).toString(),
    })
    expect(res.status).toBe(303)
    return (res.headers.get('set-cookie') ?? '').split(';')[0] as string
  }

  it('dispatches from the manual queue, re-dispatches with a reason, and shows why a unit returned a ticket', async () => {
    const user = 'dispatch-citizen'
    await gw.post('/api/v1/messages', { userId: user, text: '小区门口的下水道堵了，污水漫到路上，味道很大' })
    const skipped = await gw.post('/api/v1/messages', { userId: user, text: '跳过' })
    const ticket = skipped.json.ticket
    expect(ticket.status).toBe('manual')

    const admin = await login(ADMIN)
    const queue = await request('/console/dispatch', { cookie: admin })
    expect(queue.status).toBe(200)
    expect(queue.html).toContain(ticket.number)
    expect(queue.html).toContain('地点不明')

    const page = await request(`/console/dispatch/${ticket.number}`, { cookie: admin })
    expect(page.html).toContain('下水道堵了')
    expect(page.html).toContain('<optgroup label="市级部门">')
    expect(page.html).toContain('value="bj-street-110101007"')

    const sent = await request(`/console/dispatch/${ticket.number}`, {
      cookie: admin,
      form: { departmentId: 'bj-street-110101007', reason: '市民电话补充地点在东城区' },
    })
    expect(sent.status).toBe(303)
    let t = await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)
    expect(t.json.status).toBe('dispatched')
    expect(t.json.department.id).toBe('bj-street-110101007')
    expect(t.json.events.at(-1)).toMatchObject({ type: 'dispatched', actor: 'center:admin' })
    expect((await request('/console/dispatch', { cookie: admin })).html).not.toContain(ticket.number)

    // A re-dispatch needs its reason; the first receiving unit stays on record.
    const noReason = await request(`/console/dispatch/${ticket.number}`, {
      cookie: admin,
      form: { departmentId: 'bj-street-110101002', reason: '' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.html).toContain('改派须填写理由')
    const moved = await request(`/console/dispatch/${ticket.number}`, {
      cookie: admin,
      form: { departmentId: 'bj-street-110101002', reason: '属相邻街道管辖' },
    })
    expect(moved.status).toBe(303)
    t = await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)
    expect(t.json.department.id).toBe('bj-street-110101002')
    expect(t.json.firstDepartment.id).toBe('bj-street-110101007')

    // The unit returns it: back in the queue, with the unit's reason.
    const issued = await gw.post('/api/v1/admin/departments/bj-street-110101002/tokens', {}, gw.admin)
    const dept = { authorization: `Bearer ${issued.json.token}` }
    const back = await gw.post(
      `/api/v1/department/tickets/${ticket.id}/return`,
      { reason: '该处为市政管网，请派水务部门' },
      dept,
    )
    expect(back.status).toBe(200)
    const again = await request('/console/dispatch', { cookie: admin })
    expect(again.html).toContain(ticket.number)
    expect(again.html).toContain('退单：该处为市政管网，请派水务部门')
  })

  it('shows the coordinates of a location pin, for a ticket whose place is only a pin', async () => {
    const user = 'dispatch-pin'
    await gw.post('/api/v1/messages', { userId: user, text: '路边有个很深的坑，电动车容易摔倒' })
    const pinned = await gw.post('/api/v1/messages', { userId: user, location: { lat: 39.99123, lng: 116.47456 } })
    const number: string = pinned.json.ticket.number
    const admin = await login(ADMIN)
    const page = await request(`/console/dispatch/${number}`, { cookie: admin })
    expect(page.html).toContain('纬度 39.991230，经度 116.474560')
  })

  it('is for admins only, and finds a ticket by number typed in any case', async () => {
    const created = await gw.post('/api/v1/admin/editors', { name: '王编辑', role: 'editor' }, gw.admin)
    expect(created.status).toBe(201)
    const editor = await login(created.json.token)
    expect((await request('/console/dispatch', { cookie: editor })).status).toBe(403)
    const admin = await login(ADMIN)
    const filed = await gw.post('/api/v1/messages', {
      userId: 'dispatch-2',
      text: '东城区东华门街道南池子大街路灯不亮',
    })
    const num: string = filed.json.ticket.number
    const search = await request(`/console/dispatch?number=${num.toLowerCase()}`, { cookie: admin })
    expect(search.location).toBe(`/console/dispatch/${num}`)
    expect((await request(search.location as string, { cookie: admin })).html).toContain('改派')
    expect((await request('/console/dispatch/BJ-20000101-000001', { cookie: admin })).status).toBe(404)
  })
})
