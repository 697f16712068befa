/** The optional LLM second opinion, against a fake OpenAI-compatible server (never skipped). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../src/logger.js'
import { createAnalyzer } from '../../src/understanding/createAnalyzer.js'
import { needsAssist } from '../../src/understanding/llmAssist.js'
import { type FakeOpenAI, startFakeOpenAI } from '../llm/fakeOpenAI.js'

describe('LLM assistance for low-confidence analyses', () => {
  let fake: FakeOpenAI
  beforeAll(async () => {
    fake = await startFakeOpenAI(() => ({
      content: JSON.stringify({ intent: 'suggestion', category: '交通运输', district: null, street: null }),
    }))
  })
  afterAll(async () => fake?.close())

  const analyzerWith = (timeoutMs = 2000) =>
    createAnalyzer({
      city: '北京市',
      log: silentLogger,
      llm: { baseURL: fake.url, apiKey: 'test', model: 'fake-model', timeoutMs },
    }).analyzer
  const offline = createAnalyzer({ city: '北京市', log: silentLogger, llm: null }).analyzer

  // Vague on purpose: no request cue, no place, no clear category.
  const vague = '这个情况你们管不管'

  it('asks the model only when the offline result is unsure, and uses its validated answer', async () => {
    const base = await offline.analyze(vague)
    expect(base.category.confidence).toBeLessThan(0.5)
    expect(
      needsAssist({
        intent: base.intent,
        intentConfidence: base.intentConfidence,
        category: base.category,
        location: base.location,
      }),
    ).toBe(true)
    const before = fake.requests.length
    const a = await analyzerWith().analyze(vague)
    expect(fake.requests.length).toBe(before + 1)
    const sent = fake.requests.at(-1)!
    expect(sent.model).toBe('fake-model')
    expect(sent.messages.map((m) => m.content).join('\n')).toContain(vague)
    expect(a.category.level1).toBe('交通运输')
  })

  it('does not call the model for a confident analysis', async () => {
    const clear = '朝阳区望京街道花家地西里小区门口的路灯坏了一个星期，晚上太黑了，我要投诉'
    const base = await offline.analyze(clear)
    const before = fake.requests.length
    const a = await analyzerWith().analyze(clear)
    expect(
      needsAssist({
        intent: base.intent,
        intentConfidence: base.intentConfidence,
        category: base.category,
        location: base.location,
      }),
    ).toBe(false)
    expect(fake.requests.length).toBe(before)
    expect(a.location.street).toBe(base.location.street)
  })

  it('discards labels outside the taxonomy and places the message never mentions', async () => {
    fake.reply = () => ({
      content: JSON.stringify({ intent: 'complaint', category: '外星事务', district: '海淀区', street: '中关村街道' }),
    })
    const base = await offline.analyze(vague)
    const a = await analyzerWith().analyze(vague)
    expect(a.category.level1).toBe(base.category.level1)
    expect(a.location.district).toBe(base.location.district)
  })

  it('falls back to the offline result when the model times out, fails or answers garbage', async () => {
    const base = await offline.analyze(vague)
    for (const reply of [
      // Answers long after the client's 300 ms timeout.
      () => ({ content: '{}', delayMs: 3000 }),
      () => ({ status: 500, error: 'fake failure' }),
      () => ({ content: 'not json at all' }),
    ]) {
      fake.reply = reply
      const t0 = Date.now()
      const a = await analyzerWith(300).analyze(vague)
      expect(Date.now() - t0).toBeLessThan(3000)
      expect(a.intent).toBe(base.intent)
      expect(a.category).toEqual(base.category)
    }
  })

  it('never lets the model downgrade an emergency', async () => {
    fake.reply = () => ({
      content: JSON.stringify({ intent: 'suggestion', category: '环境保护', district: null, street: null }),
    })
    const a = await analyzerWith().analyze('家里燃气泄漏了，满屋子煤气味')
    expect(a.urgency).toBe('emergency')
    expect(a.emergencyHotline).toBe('119')
  })
})
