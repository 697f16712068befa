import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { storageKind } from '../helpers/testStorage.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

const KEY = 'portal-key-abcdef0123456789'

describe(`business-service channel on ${storageKind}`, () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway({ ENTERPRISE_API_KEYS: `qingqing:${KEY}` })
  })
  afterAll(async () => gw?.close())

  const auth = { authorization: `Bearer ${KEY}` }
  const company = { companyName: '北京某某科技有限公司', creditCode: '91110108551385082Q' }

  it('needs the portal API key', async () => {
    const r = await gw.post('/api/v1/messages', { userId: 'e1', channel: 'enterprise', text: '你好', ...company })
    expect(r.status).toBe(401)
    const wrong = await gw.post(
      '/api/v1/messages',
      { userId: 'e1', channel: 'enterprise', text: '你好', ...company },
      { authorization: 'Bearer nope' },
    )
    expect(wrong.status).toBe(401)
  })

  it('validates the 统一社会信用代码 check digit', async () => {
    const r = await gw.post(
      '/api/v1/messages',
      { userId: 'e1', channel: 'enterprise', text: '你好', companyName: 'X', creditCode: '91110108551385082A' },
      auth,
    )
    expect(r.status).toBe(400)
    expect(r.json.error.message).toMatch(/check digit/)
  })

  it('files enterprise tickets flagged and routed to the enterprise service desk', async () => {
    const r = await gw.post(
      '/api/v1/messages',
      {
        userId: 'e2',
        channel: 'enterprise',
        text: '我们公司申请稳岗返还三个月了还没到账，要投诉办理太慢，公司在海淀区中关村街道',
        ...company,
      },
      auth,
    )
    expect(r.status).toBe(200)
    expect(r.json.ticket.department.kind).toBe('enterprise')
    const t = await gw.get(`/api/v1/tickets/${r.json.ticket.id}`, gw.admin)
    expect(t.json).toMatchObject({ enterprise: true, companyName: company.companyName, channel: 'enterprise' })
  })
})
