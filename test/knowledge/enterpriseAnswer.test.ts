/** The business-service channel prefers entries written for enterprises; web chat prefers citizens' entries. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

let gw: TestGateway
const portal = { authorization: 'Bearer portal-key-123' }
const company = { companyName: '北京示例科技有限公司', creditCode: '91110108551385082Q' }

const entries = [
  {
    id: 'ss-citizen',
    title: '灵活就业人员社会保险补贴',
    questions: ['灵活就业社保补贴怎么申请', '社保补贴怎么申请'],
    body: '问：社保补贴怎么申请？\n答：登记失业后灵活就业的人员，可持灵活就业登记和缴费凭证向户籍所在街道社保所申请社会保险补贴，补贴期限最长三年。',
    audience: 'citizen',
  },
  {
    id: 'ss-enterprise',
    title: '企业吸纳就业社会保险补贴',
    questions: ['企业招用就业困难人员社保补贴', '社保补贴怎么申请'],
    body: '问：社保补贴怎么申请？\n答：企业招用就业困难人员并缴纳社会保险的，可通过亲清在线平台按季度申请社会保险补贴，由区人力社保局审核拨付。',
    audience: 'enterprise',
  },
]

beforeAll(async () => {
  gw = await startTestGateway({ ENTERPRISE_API_KEYS: 'portal-a:portal-key-123' })
  const res = await gw.app.request('/api/v1/knowledge/import', {
    method: 'POST',
    headers: { ...gw.admin, 'content-type': 'application/x-ndjson' },
    body: entries.map((e) => JSON.stringify(e)).join('\n'),
  })
  expect(res.status).toBe(200)
})
afterAll(() => gw?.close())

describe('audience preference', () => {
  it('the business-service channel gets the enterprise entry', async () => {
    const r = await gw.post(
      '/api/v1/messages',
      { userId: 'ent-1', channel: 'enterprise', text: '社保补贴怎么申请？', ...company },
      portal,
    )
    expect(r.status).toBe(200)
    expect(r.json.replies[0].citations).toEqual(['ss-enterprise'])
  })
  it('web chat gets the citizen entry for the same question', async () => {
    const r = await gw.post('/api/v1/messages', { userId: 'cit-1', text: '社保补贴怎么申请？' })
    expect(r.json.replies[0].citations).toEqual(['ss-citizen'])
  })
})
