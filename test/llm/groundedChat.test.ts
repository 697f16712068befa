/** The chat path end to end with a model configured: a fake OpenAI-compatible server on loopback. */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { knowledgeGaps } from '../../src/storage/schema.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'
import { type FakeOpenAI, offeredIds, startFakeOpenAI } from './fakeOpenAI.js'

const ENTRY = {
  id: 'elevator-retrofit-test',
  title: '老楼加装电梯申请',
  questions: ['老楼加装电梯怎么申请', '加装电梯需要多少业主同意'],
  body: '问：老楼加装电梯怎么申请？\n答：加装电梯须经本单元三分之二以上业主同意，由业主代表向所在街道办事处提出申请，街道组织审查后公示。',
  audience: 'citizen',
}

let fake: FakeOpenAI
let gw: TestGateway
let mode: 'faithful' | 'hallucinate' | 'invent' | 'decline' | 'probe' = 'faithful'
/** In 'probe' mode: whether the database answered a query while the model was being asked. */
let databaseFreeDuringCall: boolean | null = null

beforeAll(async () => {
  fake = await startFakeOpenAI(async (req) => {
    // The analyzer may ask the same model for a second opinion; that is not what this test is about.
    if (req.response_format?.json_schema?.name !== 'grounded_answer') return { content: '{}' }
    const ids = offeredIds(req)
    if (mode === 'probe') {
      // Blocked if the turn's transaction held the (on PGlite: only) connection across the call.
      const query = gw.services.db.execute(sql`select 1`).then(() => true)
      databaseFreeDuringCall = await Promise.race([
        query,
        new Promise<boolean>((r) => setTimeout(() => r(false), 1000)),
      ])
    }
    if (mode === 'decline') return { content: JSON.stringify({ answerable: false, answer: '', citations: [] }) }
    if (mode === 'hallucinate') {
      return {
        content: JSON.stringify({
          answerable: true,
          answer: '根据京建发2099号文件，加装电梯每户补贴五万元。',
          citations: ['jianfa-2099'],
        }),
      }
    }
    if (mode === 'invent') {
      return {
        content: JSON.stringify({
          answerable: true,
          answer: '加装电梯须经本单元三分之二以上业主同意，每户补贴50000元。',
          citations: ids.slice(0, 1),
        }),
      }
    }
    return {
      content: JSON.stringify({
        answerable: true,
        answer: '您好，须经本单元三分之二以上业主同意，由业主代表向所在街道办事处提出申请。',
        citations: ids.slice(0, 1),
      }),
    }
  })
  gw = await startTestGateway({
    OPENAI_BASE_URL: fake.url,
    OPENAI_API_KEY: 'test-key',
    OPENAI_MODEL: 'fake-model',
    LLM_TIMEOUT_MS: '2000',
  })
  const res = await gw.app.request('/api/v1/knowledge/import', {
    method: 'POST',
    headers: { ...gw.admin, 'content-type': 'application/x-ndjson' },
    body: JSON.stringify(ENTRY),
  })
  expect(res.status).toBe(200)
})
afterAll(async () => {
  await gw?.close()
  await fake?.close()
})

let n = 0
const ask = (text: string) => gw.post('/api/v1/messages', { userId: `llm-user-${++n}`, text })

describe('grounded chat answers with a model configured', () => {
  it('answers from the model, citing the retrieved entry', async () => {
    mode = 'faithful'
    const grounded = () =>
      fake.requests.filter((q) => q.response_format?.json_schema?.name === 'grounded_answer').length
    const before = grounded()
    const r = await ask('老楼加装电梯怎么申请？')
    expect(r.status).toBe(200)
    expect(grounded()).toBe(before + 1)
    expect(r.json.replies[0].text).toContain('您好，须经本单元三分之二以上业主同意')
    expect(r.json.replies[0].text).toContain('《老楼加装电梯申请》')
    expect(r.json.replies[0].citations).toEqual([ENTRY.id])
  })

  it('asks the model before the turn takes a database connection, so the database stays free meanwhile', async () => {
    mode = 'probe'
    databaseFreeDuringCall = null
    const r = await ask('老楼加装电梯怎么申请？')
    expect(databaseFreeDuringCall).toBe(true)
    expect(r.json.replies[0].text).toContain('您好，须经本单元三分之二以上业主同意')
    expect(r.json.replies[0].citations).toEqual([ENTRY.id])
  })

  it('rejects a hallucinated citation: the citizen gets the entry text, not the invention', async () => {
    mode = 'hallucinate'
    const r = await ask('老楼加装电梯怎么申请？')
    const text: string = r.json.replies[0].text
    expect(text).not.toContain('2099')
    expect(text).not.toContain('五万元')
    expect(text).toContain('加装电梯须经本单元三分之二以上业主同意，由业主代表向所在街道办事处提出申请')
    expect(r.json.replies[0].citations).toEqual([ENTRY.id])
  })

  it('rejects an invented figure under a real citation', async () => {
    mode = 'invent'
    const r = await ask('老楼加装电梯怎么申请？')
    expect(r.json.replies[0].text).not.toContain('50000')
    expect(r.json.replies[0].citations).toEqual([ENTRY.id])
  })

  it('says so honestly and records a gap when the model finds no covering entry', async () => {
    mode = 'decline'
    const r = await ask('老楼加装电梯怎么申请？')
    expect(r.json.replies[0].text).toContain('暂时没有能准确回答')
    expect(r.json.replies[0].citations).toBeUndefined()
    const gaps = await gw.services.db.select().from(knowledgeGaps)
    expect(gaps.map((g) => g.query)).toContain('老楼加装电梯怎么申请？')
  })
})
