import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storageKind } from '../helpers/testStorage.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

describe(`HTTP contracts on ${storageKind}`, () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway()
  })
  afterAll(async () => gw?.close())

  it('GET /healthz answers {ok:true}', async () => {
    expect(await gw.get('/healthz')).toEqual({ status: 200, json: { ok: true } })
  })

  it('serves an OpenAPI document listing the public routes', async () => {
    const r = await gw.get('/openapi.json')
    expect(r.status).toBe(200)
    for (const p of [
      '/api/v1/messages',
      '/api/v1/analyze',
      '/api/v1/knowledge/search',
      '/api/v1/knowledge/import',
      '/api/v1/tickets/{id}',
    ]) {
      expect(Object.keys(r.json.paths)).toContain(p)
    }
  })

  it('answers every error as {error:{code,message,requestId}} without a stack trace', async () => {
    const bad = await gw.post('/api/v1/analyze', { text: '' })
    expect(bad.status).toBe(400)
    expect(bad.json.error).toMatchObject({ code: 'invalid_request' })
    expect(typeof bad.json.error.requestId).toBe('string')
    const malformed = await gw.post('/api/v1/messages', '{"userId": ')
    expect(malformed.status).toBe(400)
    expect(malformed.json.error.code).toBe('invalid_request')
    const missing = await gw.get('/nope')
    expect(missing.status).toBe(404)
    expect(missing.json.error.code).toBe('not_found')
    expect(JSON.stringify(missing.json)).not.toMatch(/at .*\.ts/)
  })

  it('rejects a body over 1 MB with 413', async () => {
    const r = await gw.post('/api/v1/analyze', { text: '字'.repeat(600_000) })
    expect(r.status).toBe(413)
    expect(r.json.error.code).toBe('payload_too_large')
  })

  it('requires text or location on a message', async () => {
    const r = await gw.post('/api/v1/messages', { userId: 'x' })
    expect(r.status).toBe(400)
    expect(r.json.error.message).toMatch(/text or location/)
  })

  it('protects admin routes: 401 without or with a wrong token, 200 with the right one', async () => {
    expect((await gw.get('/api/v1/tickets')).status).toBe(401)
    expect((await gw.get('/api/v1/tickets', { authorization: 'Bearer wrong' })).status).toBe(401)
    expect((await gw.get('/api/v1/tickets', gw.admin)).status).toBe(200)
    expect((await gw.get('/api/v1/tickets/does-not-exist', gw.admin)).status).toBe(404)
  })

  it('analyze returns every field of the contract', async () => {
    const r = await gw.post('/api/v1/analyze', {
      text: '朝阳区望京街道花家地西里的路灯坏了一个星期了，晚上很黑，希望尽快修好',
    })
    expect(r.status).toBe(200)
    expect(r.json).toMatchObject({
      intent: expect.any(String),
      urgency: expect.stringMatching(/^(normal|urgent|emergency)$/),
      category: { level1: expect.any(String), confidence: expect.any(Number) },
      location: { city: '北京市', district: '朝阳区', street: expect.stringMatching(/^望京/) },
      department: { id: expect.any(String), name: expect.any(String), kind: expect.any(String) },
    })
    for (const k of ['province', 'city', 'district', 'street', 'community', 'address', 'confidence'])
      expect(r.json.location).toHaveProperty(k)
  })

  it('imports NDJSON (admin only), versioning changed entries, and searches it', async () => {
    const nd = [
      {
        id: 'kb-test-1',
        title: '测试：独生子女父母奖励费怎么领取',
        questions: ['独生子女奖励费在哪里申请？'],
        body: '问：独生子女父母奖励费怎么领取？\n答：向户籍所在地街道（乡镇）计生办申请，携带身份证、户口簿和独生子女证。',
      },
    ]
    const body = nd.map((e) => JSON.stringify(e)).join('\n')
    const h = { 'content-type': 'application/x-ndjson' }
    expect((await gw.post('/api/v1/knowledge/import', body, h)).status).toBe(401)
    const ok = await gw.post('/api/v1/knowledge/import', body, { ...h, ...gw.admin })
    expect(ok.json).toMatchObject({ imported: 1, created: 1 })
    const again = await gw.post('/api/v1/knowledge/import', body, { ...h, ...gw.admin })
    expect(again.json).toMatchObject({ imported: 1, unchanged: 1 })
    const changed = body.replace('计生办', '卫生健康办')
    expect((await gw.post('/api/v1/knowledge/import', changed, { ...h, ...gw.admin })).json).toMatchObject({
      updated: 1,
    })
    const s = await gw.post('/api/v1/knowledge/search', { query: '独生子女奖励费去哪申请', limit: 3 })
    expect(s.status).toBe(200)
    expect(s.json.results[0].id).toBe('kb-test-1')
    expect(s.json.answerable).toBe(true)
  })

  it('imports nothing from a file with a bad line, naming the line', async () => {
    const body = `${JSON.stringify({ id: 'kb-good', title: 't', body: 'b' })}\n{oops}\n`
    const r = await gw.post('/api/v1/knowledge/import', body, { 'content-type': 'application/x-ndjson', ...gw.admin })
    expect(r.status).toBe(400)
    expect(r.json.error.details[0]).toMatchObject({ line: 2 })
    const s = await gw.post('/api/v1/knowledge/search', { query: 't' })
    expect(s.json.results.map((x: { id: string }) => x.id)).not.toContain('kb-good')
  })

  it('admin routes answer 403 when no ADMIN_TOKEN is configured', async () => {
    const open = await startTestGateway({ ADMIN_TOKEN: '' })
    try {
      expect((await open.get('/api/v1/tickets', { authorization: 'Bearer anything' })).status).toBe(403)
    } finally {
      await open.close()
    }
  })
})
