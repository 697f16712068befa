/**
 * Questions with nothing to look up are never answered from a chance match; in conversation they are asked to
 * be more specific, or read together with the question just answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isVagueQuery } from '../../src/knowledge/search/vagueQuery.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

describe('isVagueQuery', () => {
  it('flags questions made only of question words and everyday verbs, not short specific ones', () => {
    for (const q of [
      '怎么办？',
      '这个怎么办理？',
      '需要什么材料？',
      '多少钱？',
      '有什么政策？',
      '电话多少？',
      '什么时候能修好？',
      '',
      '？？',
    ])
      expect(isVagueQuery(q), q).toBe(true)
    for (const q of [
      '社保',
      '公积金怎么提取',
      '居住证怎么办',
      'ETC怎么办',
      '北京供暖什么时候开始？',
      '新生儿怎么办理医保',
    ])
      expect(isVagueQuery(q), q).toBe(false)
  })
})

describe('vague questions through the API and in conversation', () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway()
  })
  afterAll(async () => gw?.close())

  it('search never calls a vague question answerable, whatever matched', async () => {
    for (const query of ['多少钱？', '需要什么材料？', '怎么办？']) {
      const r = await gw.post('/api/v1/knowledge/search', { query, limit: 3 })
      expect(r.status).toBe(200)
      expect(r.json.answerable, query).toBe(false)
    }
    expect((await gw.post('/api/v1/knowledge/search', { query: '北京供暖期从什么时候开始？' })).json.answerable).toBe(
      true,
    )
  })

  it('asks for specifics, or answers in the context of the question just answered', async () => {
    const alone = await gw.post('/api/v1/messages', { userId: 'vague-1', text: '需要什么材料？' })
    expect(alone.json.replies[0].text).toMatch(/说得具体一些/)
    expect(alone.json.replies[0].text).not.toMatch(/依据/)
    const gaps = await gw.get('/api/v1/editor/gaps', gw.admin)
    expect(gaps.status).toBe(200)
    expect(JSON.stringify(gaps.json)).not.toContain('需要什么材料')

    const first = await gw.post('/api/v1/messages', { userId: 'vague-2', text: '老楼加装电梯怎么申请' })
    const cited = first.json.replies[0].citations[0]
    expect(cited).toBeTruthy()
    const then = await gw.post('/api/v1/messages', { userId: 'vague-2', text: '需要什么材料？' })
    expect(then.json.replies[0].citations?.[0]).toBe(cited)
    const again = await gw.post('/api/v1/messages', { userId: 'vague-2', text: '多少钱？' })
    expect(again.json.replies[0].citations?.[0]).toBe(cited)
  })
})
