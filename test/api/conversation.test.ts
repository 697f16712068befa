/**
 * The walking skeleton, end to end through HTTP: a web conversation of three turns (complaint,
 * the gateway asks where, the citizen answers) files one dispatched ticket. Runs on PGlite and,
 * in CI, again on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storageKind } from '../helpers/testStorage.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

describe(`web conversation on ${storageKind}`, () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway()
  })
  afterAll(async () => gw?.close())

  it('complaint → asks for the place → files a ticket with category, district, street and department', async () => {
    const user = `citizen-${Math.random().toString(36).slice(2)}`
    const t1 = await gw.post('/api/v1/messages', {
      userId: user,
      text: '我家楼下的餐馆每天半夜还在营业，油烟和噪音很大，严重扰民，我要投诉',
    })
    expect(t1.status).toBe(200)
    expect(t1.json.ticket).toBeUndefined()
    expect(t1.json.replies[0].text).toMatch(/地点|哪里|位置/)

    const t2 = await gw.post('/api/v1/messages', { userId: user, text: '朝阳区望京街道花家地西里三区' })
    expect(t2.status).toBe(200)
    expect(t2.json.conversationId).toBe(t1.json.conversationId)
    const ticket = t2.json.ticket
    expect(ticket.number).toMatch(/^BJ-\d{8}-\d{6}$/)
    expect(ticket.location.district).toBe('朝阳区')
    expect(ticket.location.street).toMatch(/^望京/)
    expect(ticket.category.level1).toBeTruthy()
    expect(ticket.department).toMatchObject({ kind: 'street' })
    expect(ticket.department.name).toMatch(/望京/)
    expect(t2.json.replies[0].text).toContain(ticket.number)
    expect(t2.json.replies[0].text).toContain(ticket.department.name)
    expect(t2.json.replies[0].text).toMatch(/工作日内|小时内|日内/)

    // The admin API shows the same ticket with its dispatch event.
    const got = await gw.get(`/api/v1/tickets/${ticket.id}`, gw.admin)
    expect(got.status).toBe(200)
    expect(got.json.number).toBe(ticket.number)
    expect(got.json.events.map((e: { type: string }) => e.type)).toEqual(['created', 'dispatched'])

    // A further message about the same matter goes onto the open ticket, not a new one.
    const t3 = await gw.post('/api/v1/messages', { userId: user, text: '补充一下，噪音一般从晚上11点持续到凌晨2点' })
    expect(t3.json.ticket?.number).toBe(ticket.number)
    expect(t3.json.replies[0].text).toContain('补充')
    const list = await gw.get('/api/v1/tickets?district=朝阳区', gw.admin)
    expect(list.json.tickets.filter((t: { number: string }) => t.number === ticket.number)).toHaveLength(1)
  })

  it('a bare greeting is greeted and keeps the question the gateway was waiting for', async () => {
    const user = `greeter-${Math.random().toString(36).slice(2)}`
    const hi = await gw.post('/api/v1/messages', { userId: user, text: '你好！' })
    expect(hi.json.ticket).toBeUndefined()
    expect(hi.json.replies).toHaveLength(1)
    expect(hi.json.replies[0].text).toMatch(/^您好/)
    const t1 = await gw.post('/api/v1/messages', {
      userId: user,
      text: '小区门口的路灯坏了好几天了，晚上很黑，希望尽快修',
    })
    expect(t1.json.replies[0].text).toMatch(/地点|哪里|位置/)
    const again = await gw.post('/api/v1/messages', { userId: user, text: '在吗' })
    expect(again.json.replies[0].text).toMatch(/^您好/)
    // Still waiting for the place: the answer files the ticket.
    const t2 = await gw.post('/api/v1/messages', { userId: user, text: '海淀区中关村街道' })
    expect(t2.json.ticket?.location.street).toMatch(/^中关村/)
  })

  it('confirms a place it is unsure of, and takes the place the citizen gives instead', async () => {
    const user = `unsure-${Math.random().toString(36).slice(2)}`
    // 太平庄 names places in several districts: the best match is weak.
    const t1 = await gw.post('/api/v1/messages', { userId: user, text: '太平庄附近有人占道经营，堵住了人行道' })
    expect(t1.json.ticket).toBeUndefined()
    expect(t1.json.replies[0].text).toMatch(/请确认.*地点是“.+”吗/)
    const t2 = await gw.post('/api/v1/messages', { userId: user, text: '不是，是海淀区北太平庄街道' })
    expect(t2.json.ticket?.location.district).toBe('海淀区')
    expect(t2.json.ticket?.location.street).toMatch(/^北太平庄/)
    expect(t2.json.ticket?.department.name).toMatch(/北太平庄/)
  })

  it('files a district guessed from an estate name only when the citizen confirms it; a skip leaves it to the dispatcher', async () => {
    // A sentence about the problem gives no guess: its character pairs are ordinary words.
    const prose = await gw.post('/api/v1/messages', {
      userId: `prose-${Math.random().toString(36).slice(2)}`,
      text: '小区门口的下水道堵了，污水漫到路上，味道很大',
    })
    expect(prose.json.replies[0].text).toMatch(/请告诉我具体地点/)
    for (const [answer, want] of [
      ['是', '顺义区'],
      ['跳过', null],
    ] as const) {
      const user = `guess-${answer}-${Math.random().toString(36).slice(2)}`
      // "双裕小区" names no official place; its characters point to one district, which is asked, not assumed.
      const t1 = await gw.post('/api/v1/messages', { userId: user, text: '双裕小区3号楼门口垃圾堆积' })
      expect(t1.json.replies[0].text).toMatch(/地点是“顺义区”吗/)
      const t2 = await gw.post('/api/v1/messages', { userId: user, text: answer })
      expect(t2.json.ticket?.location.district ?? null).toBe(want)
      if (!want) expect(t2.json.ticket?.status).toBe('manual')
    }
  })

  it('asks what happened when a message only names a place, and files the next message there', async () => {
    const user = `bare-place-${Math.random().toString(36).slice(2)}`
    const p1 = await gw.post('/api/v1/messages', { userId: user, text: '朝阳区望京街道花家地西里三区' })
    expect(p1.json.ticket).toBeUndefined()
    expect(p1.json.replies[0].text).toMatch(/收到地点.*发生了什么问题/)
    const p2 = await gw.post('/api/v1/messages', { userId: user, text: '小区门口的垃圾三天没人清运了，臭味很大' })
    expect(p2.json.ticket?.location.district).toBe('朝阳区')
    expect(p2.json.ticket?.location.street).toMatch(/^望京/)
    const t = await gw.get(`/api/v1/tickets/${p2.json.ticket.id}`, gw.admin)
    expect(t.json.description).toContain('垃圾')
    expect(t.json.description).toContain('花家地西里三区')

    const pin = `bare-pin-${Math.random().toString(36).slice(2)}`
    const q1 = await gw.post('/api/v1/messages', { userId: pin, location: { lat: 39.99, lng: 116.47 } })
    expect(q1.json.ticket).toBeUndefined()
    expect(q1.json.replies[0].text).toMatch(/收到您发送的位置.*发生了什么问题/)
    let q2 = await gw.post('/api/v1/messages', { userId: pin, text: '这里的井盖丢了，很危险' })
    // The pin is the place: it is not asked for again (an unsure category may still be).
    expect(q2.json.replies[0].text).not.toMatch(/具体地点/)
    if (!q2.json.ticket) q2 = await gw.post('/api/v1/messages', { userId: pin, text: '跳过' })
    expect(q2.json.ticket).toBeDefined()
    const pinned = await gw.get(`/api/v1/tickets/${q2.json.ticket.id}`, gw.admin)
    expect(pinned.json.location.lat).toBeCloseTo(39.99)

    // A pin whose label names the place (WeChat sends the address): asked what happened, filed there.
    const labelled = `labelled-pin-${Math.random().toString(36).slice(2)}`
    const l1 = await gw.post('/api/v1/messages', {
      userId: labelled,
      location: { lat: 39.99, lng: 116.47, label: '北京市朝阳区望京街道望京西园' },
    })
    expect(l1.json.ticket).toBeUndefined()
    expect(l1.json.replies[0].text).toMatch(/收到地点.*望京.*发生了什么问题/)
    const l2 = await gw.post('/api/v1/messages', { userId: labelled, text: '楼下的垃圾桶满了好几天没人清' })
    expect(l2.json.ticket?.location.street).toMatch(/^望京/)
    // A label that names nothing ("我的位置") is only a pin: nothing is filed from it.
    const bare = await gw.post('/api/v1/messages', {
      userId: `pin-label-${Math.random().toString(36).slice(2)}`,
      location: { lat: 39.99, lng: 116.47, label: '我的位置' },
    })
    expect(bare.json.ticket).toBeUndefined()
    expect(bare.json.replies[0].text).toMatch(/收到您发送的位置/)
  })

  it('drops the request when the citizen cancels while asked where, or asked to confirm the place', async () => {
    const where = `cancel-where-${Math.random().toString(36).slice(2)}`
    const w1 = await gw.post('/api/v1/messages', { userId: where, text: '路灯坏了好几天了，晚上很黑' })
    expect(w1.json.ticket).toBeUndefined()
    const w2 = await gw.post('/api/v1/messages', { userId: where, text: '取消' })
    expect(w2.json.replies[0].text).toMatch(/已取消/)
    expect(w2.json.ticket).toBeUndefined()
    // Nothing is pending any more: a place now is not taken as the answer to an old question.
    const w3 = await gw.post('/api/v1/messages', { userId: where, text: '朝阳区望京街道' })
    expect(w3.json.ticket).toBeUndefined()

    const confirm = `cancel-confirm-${Math.random().toString(36).slice(2)}`
    const c1 = await gw.post('/api/v1/messages', { userId: confirm, text: '太平庄附近有人占道经营，堵住了人行道' })
    expect(c1.json.replies[0].text).toMatch(/请确认.*地点/)
    const c2 = await gw.post('/api/v1/messages', { userId: confirm, text: '不办了' })
    expect(c2.json.replies[0].text).toMatch(/已取消/)
    const c3 = await gw.post('/api/v1/messages', { userId: confirm, text: '是的' })
    expect(c3.json.ticket).toBeUndefined()
  })

  it('offers a numbered choice when the category guess is poor, and files with the chosen class', async () => {
    const user = `category-${Math.random().toString(36).slice(2)}`
    const t1 = await gw.post('/api/v1/messages', { userId: user, text: '回龙观那边有个井盖丢了，很危险' })
    expect(t1.json.ticket).toBeUndefined()
    const menu: string = t1.json.replies[0].text
    expect(menu).toMatch(/请确认问题类别/)
    const options = [...menu.matchAll(/^(\d)\. (.+)$/gm)].map((m) => m[2])
    expect(options.length).toBeGreaterThanOrEqual(2)
    const pick = options.indexOf('城乡建设')
    expect(pick).toBeGreaterThanOrEqual(0)
    const t2 = await gw.post('/api/v1/messages', { userId: user, text: String(pick + 1) })
    expect(t2.json.ticket?.category.level1).toBe('城乡建设')
    expect(t2.json.ticket?.location.street).toMatch(/^回龙观/)
  })

  it('an emergency tells the citizen whom to call first, then files an urgent ticket at once', async () => {
    const r = await gw.post('/api/v1/messages', {
      userId: 'u-emergency',
      text: '海淀区中关村街道某小区3号楼闻到很浓的煤气味，好像燃气泄漏了',
    })
    expect(r.json.replies[0].text).toContain('119')
    expect(r.json.ticket).toBeDefined()
    const t = await gw.get(`/api/v1/tickets/${r.json.ticket.id}`, gw.admin)
    expect(t.json.urgency).toBe('emergency')
  })

  it('answers a policy question from the knowledge base, citing the entry title', async () => {
    const r = await gw.post('/api/v1/messages', {
      userId: 'u-question',
      text: '北京供暖期是从几月几号开始到几月几号结束？',
    })
    expect(r.status).toBe(200)
    expect(r.json.ticket).toBeUndefined()
    expect(r.json.replies[0].text).toMatch(/依据：《.+》/)
  })

  it('keeps the answer’s promise: "提交工单" after an answer files the question for a person; "好的" does not', async () => {
    const user = 'u-answered-escalates'
    const question = '北京供暖期是从几月几号开始到几月几号结束？'
    const r = await gw.post('/api/v1/messages', { userId: user, text: question })
    expect(r.json.replies[0].text).toContain('提交工单')
    const cited: string = r.json.replies[0].citations[0]
    const ok = await gw.post('/api/v1/messages', { userId: user, text: '好的' })
    expect(ok.json.ticket).toBeUndefined()
    expect(ok.json.replies[0].text).not.toMatch(/地点/)
    const esc = await gw.post('/api/v1/messages', { userId: user, text: '提交工单' })
    expect(esc.json.ticket).toBeDefined()
    expect(esc.json.replies[0].text).not.toMatch(/请告诉我具体地点/)
    const t = await gw.get(`/api/v1/tickets/${esc.json.ticket.id}`, gw.admin)
    expect(t.json.intent).toBe('consultation')
    expect(t.json.description).toContain(question)
    expect(t.json.description).toContain(cited)
  })

  it('says plainly when nothing answers, and files a consultation ticket when the citizen agrees', async () => {
    const user = 'u-unanswerable'
    const r = await gw.post('/api/v1/messages', { userId: user, text: '请问火星移民签证的申请条件是什么？' })
    expect(r.json.replies[0].text).toMatch(/没有|暂无/)
    expect(r.json.replies[0].text).not.toMatch(/依据：/)
    const yes = await gw.post('/api/v1/messages', { userId: user, text: '好的，提交工单' })
    expect(yes.json.ticket).toBeDefined()
    const t = await gw.get(`/api/v1/tickets/${yes.json.ticket.id}`, gw.admin)
    expect(t.json.intent).toBe('consultation')
  })

  it('files the unanswered question with the analysis made when it was asked, analysing nothing inside the turn', async () => {
    const user = 'u-unanswerable-2'
    await gw.post('/api/v1/messages', { userId: user, text: '请问火星移民签证的申请条件是什么？' })
    const analyzer = gw.services.analyzer
    const original = analyzer.analyze
    const analysed: string[] = []
    analyzer.analyze = (text, opts) => {
      analysed.push(text)
      return original.call(analyzer, text, opts)
    }
    try {
      const yes = await gw.post('/api/v1/messages', { userId: user, text: '是' })
      expect(yes.json.ticket).toBeDefined()
      const t = await gw.get(`/api/v1/tickets/${yes.json.ticket.id}`, gw.admin)
      expect(t.json.description).toContain('火星移民签证')
      expect(t.json.intent).toBe('consultation')
      // Only the reply itself is understood (before the turn's transaction); the question is not analysed again.
      expect(analysed).toEqual(['是'])
    } finally {
      analyzer.analyze = original
    }
  })

  it('replays the first answer when the same client message id arrives twice', async () => {
    const body = { userId: 'u-dup', text: '东城区东华门街道路灯坏了好几天了', messageId: 'client-msg-1' }
    const a = await gw.post('/api/v1/messages', body)
    const b = await gw.post('/api/v1/messages', body)
    expect(b.status).toBe(200)
    expect(b.json.replies).toEqual(a.json.replies)
    const list = await gw.get('/api/v1/tickets?district=东城区', gw.admin)
    expect(list.json.tickets.filter((t: { description: string }) => t.description.includes('路灯坏了'))).toHaveLength(1)
  })

  it('accepts a location pin as the answer to "where?"', async () => {
    const user = 'u-pin'
    await gw.post('/api/v1/messages', { userId: user, text: '小区门口的井盖丢了，晚上很危险，请尽快处理' })
    const r = await gw.post('/api/v1/messages', {
      userId: user,
      location: { lat: 39.99, lng: 116.47, label: '北京市朝阳区望京街道望京西园' },
    })
    expect(r.json.ticket.location.street).toMatch(/^望京/)
  })
})
