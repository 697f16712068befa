import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkSupport } from '../../src/knowledge/answerSupport.js'
import { type GroundingSource, judgeGrounded } from '../../src/knowledge/groundedAnswer.js'
import { createKnowledgeAnswerer } from '../../src/knowledge/KnowledgeAnswerer.js'
import type { SearchResponse } from '../../src/knowledge/search/types.js'
import { createLlmClient } from '../../src/llm/llmClient.js'
import { type FakeOpenAI, offeredIds, startFakeOpenAI } from './fakeOpenAI.js'

const elevator: GroundingSource = {
  id: 'elevator-retrofit',
  title: '老楼加装电梯',
  questions: ['老楼加装电梯怎么申请'],
  body: '加装电梯须经本单元三分之二以上业主同意，由业主向所在街道提出申请。市级财政按每部电梯64万元给予补贴。',
}
const heating: GroundingSource = {
  id: 'heating',
  title: '供暖',
  questions: ['供暖什么时候开始'],
  body: '北京市法定供暖期为11月15日至次年3月15日。',
}

describe('judging a model answer against the retrieved entries', () => {
  const sources = [elevator, heating]
  it('accepts a paraphrase that cites a retrieved entry', () => {
    const r = judgeGrounded(
      {
        answerable: true,
        answer: '需要本单元三分之二以上业主同意，再向所在街道提出申请；每部电梯补贴64万元。',
        citations: ['elevator-retrofit'],
      },
      sources,
    )
    expect(r).toMatchObject({ kind: 'grounded', citations: ['elevator-retrofit'] })
  })
  it('rejects a citation of an entry that was not retrieved (hallucinated id)', () => {
    const r = judgeGrounded(
      {
        answerable: true,
        answer: '需要本单元三分之二以上业主同意。',
        citations: ['elevator-retrofit', 'policy-2099-x'],
      },
      sources,
    )
    expect(r).toMatchObject({ kind: 'rejected', reason: 'unknown_citation' })
  })
  it('rejects figures the cited entry does not contain', () => {
    const r = judgeGrounded(
      {
        answerable: true,
        answer: '加装电梯须经本单元三分之二以上业主同意，每部补贴80万元。',
        citations: ['elevator-retrofit'],
      },
      sources,
    )
    expect(r).toMatchObject({ kind: 'rejected', reason: 'unsupported' })
  })
  it('rejects an answer drawn from elsewhere, even with a real citation', () => {
    const r = judgeGrounded(
      { answerable: true, answer: '您可以拨打物业电话，由物业公司统一安排施工队上门安装。', citations: ['heating'] },
      sources,
    )
    expect(r).toMatchObject({ kind: 'rejected', reason: 'unsupported' })
  })
  it('rejects an answer with no citation; passes on a decline', () => {
    expect(judgeGrounded({ answerable: true, answer: '需要三分之二业主同意。', citations: [] }, sources)).toMatchObject(
      { kind: 'rejected', reason: 'no_citation' },
    )
    expect(judgeGrounded({ answerable: false, answer: '', citations: [] }, sources)).toEqual({ kind: 'declined' })
  })
  it('matches dates written differently', () => {
    expect(checkSupport('供暖期为11月15日至次年3月15日', [heating.body]).supported).toBe(true)
    expect(checkSupport('供暖期为11-15至次年3-15', [heating.body]).missingNumbers).toEqual([])
    expect(checkSupport('供暖期为11月1日开始', [heating.body]).missingNumbers).toEqual(['1'])
  })
})

const response = (ids: GroundingSource[], answerable = true): SearchResponse => ({
  answerable,
  confidence: answerable ? 0.9 : 0.1,
  results: ids.map((s, i) => ({
    id: s.id,
    title: s.title,
    score: 1 - i / 10,
    snippet: s.body,
    answer: s.body,
    matchedQuestion: s.questions[0] ?? null,
    features: {},
  })),
})

describe('KnowledgeAnswerer with a fake model', () => {
  let fake: FakeOpenAI
  beforeAll(async () => {
    fake = await startFakeOpenAI(() => ({ content: '{}' }))
  })
  afterAll(() => fake?.close())
  // A generous timeout where the model is meant to answer: on a loaded CI machine the first call can take a while.
  const answerer = (timeoutMs = 5000) =>
    createKnowledgeAnswerer({
      llm: createLlmClient({ baseURL: fake.url, apiKey: 'k', model: 'fake', timeoutMs }),
      loadSource: async (id) => [elevator, heating].find((s) => s.id === id) ?? null,
    })

  it('uses the grounded answer and lists the cited entries', async () => {
    fake.reply = (req) => ({
      content: JSON.stringify({
        answerable: true,
        answer: '须经本单元三分之二以上业主同意，由业主向所在街道提出申请。',
        citations: [offeredIds(req)[0]],
      }),
    })
    const r = await answerer().compose('老楼加装电梯怎么申请', response([elevator, heating]))
    expect(r).toMatchObject({ kind: 'answer', mode: 'grounded', citations: ['elevator-retrofit'] })
    if (r.kind === 'answer') expect(r.text).toContain('《老楼加装电梯》')
    // The prompt carried the question and the full entries, from the versioned template.
    const user = fake.requests.at(-1)?.messages[1]?.content ?? ''
    expect(user).toContain('老楼加装电梯怎么申请')
    expect(user).toContain('64万元')
    expect(offeredIds(fake.requests.at(-1) as never)).toEqual(['elevator-retrofit', 'heating'])
  })

  it('rejects a hallucinated citation and falls back to the entry text', async () => {
    fake.reply = () => ({
      content: JSON.stringify({
        answerable: true,
        answer: '根据第2099号文件，可领取加装补贴。',
        citations: ['doc-2099'],
      }),
    })
    const r = await answerer().compose('老楼加装电梯怎么申请', response([elevator]))
    expect(r).toMatchObject({ kind: 'answer', mode: 'entry', citations: ['elevator-retrofit'] })
    if (r.kind === 'answer') {
      expect(r.text).not.toContain('2099')
      expect(r.text).toContain(elevator.body)
      expect(r.fallback).toMatch(/^unknown_citation/)
    }
  })

  it('abstains when the model finds the entries do not cover the question', async () => {
    fake.reply = () => ({ content: JSON.stringify({ answerable: false, answer: '', citations: [] }) })
    expect(await answerer().compose('电梯坏了谁来修', response([elevator]))).toEqual({
      kind: 'no_answer',
      reason: 'model_declined',
    })
  })

  it('falls back to the entry text when the model times out', async () => {
    fake.reply = () => ({ content: '{}', delayMs: 1500 })
    const r = await answerer(300).compose('老楼加装电梯怎么申请', response([elevator]))
    expect(r).toMatchObject({ kind: 'answer', mode: 'entry', fallback: expect.stringMatching(/^llm_failed: timeout/) })
  })

  it('never calls the model when retrieval says not answerable', async () => {
    const n = fake.requests.length
    expect(await answerer().compose('月球上能办居住证吗', response([elevator], false))).toEqual({
      kind: 'no_answer',
      reason: 'not_answerable',
    })
    expect(fake.requests.length).toBe(n)
  })
})
