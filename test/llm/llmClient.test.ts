import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createLlmClient, parseJsonContent, strictJsonSchema } from '../../src/llm/llmClient.js'
import { type FakeOpenAI, startFakeOpenAI } from './fakeOpenAI.js'

const schema = z.object({ answerable: z.boolean(), answer: z.string().max(20), citations: z.array(z.string()) })
const req = { name: 'test', system: 'sys', user: 'user', schema }

let fake: FakeOpenAI
beforeAll(async () => {
  fake = await startFakeOpenAI(() => ({ content: '{}' }))
})
afterAll(() => fake?.close())

const client = (timeoutMs = 2000) =>
  createLlmClient({ baseURL: fake.url, apiKey: 'test-key', model: 'fake-model', timeoutMs })

describe('llm client against a fake OpenAI-compatible server', () => {
  it('sends the model, messages and a strict JSON schema, and validates the answer', async () => {
    fake.reply = () => ({ content: '{"answerable":true,"answer":"好的","citations":["a"]}' })
    const r = await client().completeJson(req)
    expect(r).toMatchObject({ ok: true, value: { answerable: true, answer: '好的', citations: ['a'] } })
    const sent = fake.requests.at(-1)
    expect(sent?.model).toBe('fake-model')
    expect(sent?.messages.map((m) => m.role)).toEqual(['system', 'user'])
    expect(sent?.response_format?.type).toBe('json_schema')
    expect(JSON.stringify(sent?.response_format?.json_schema?.schema)).not.toContain('maxLength')
  })

  it('accepts JSON inside a code fence', async () => {
    fake.reply = () => ({ content: '```json\n{"answerable":false,"answer":"","citations":[]}\n```' })
    expect((await client().completeJson(req)).ok).toBe(true)
  })

  it('rejects answers of the wrong shape or not JSON', async () => {
    fake.reply = () => ({ content: '{"answerable":"yes","answer":"","citations":[]}' })
    expect(await client().completeJson(req)).toMatchObject({ ok: false, reason: 'invalid_shape' })
    fake.reply = () => ({
      content: '{"answerable":true,"answer":"这个答复超过了二十个字的长度限制，应当被拒绝掉的","citations":[]}',
    })
    expect(await client().completeJson(req)).toMatchObject({ ok: false, reason: 'invalid_shape' })
    fake.reply = () => ({ content: '抱歉，我不知道。' })
    expect(await client().completeJson(req)).toMatchObject({ ok: false, reason: 'invalid_json' })
  })

  it('gives up at the timeout instead of waiting for a slow model', async () => {
    fake.reply = () => ({ content: '{"answerable":true,"answer":"迟到","citations":[]}', delayMs: 1500 })
    const t0 = Date.now()
    const r = await client(300).completeJson(req)
    expect(r).toMatchObject({ ok: false, reason: 'timeout' })
    expect(Date.now() - t0).toBeLessThan(1200)
  })

  it('falls back to JSON mode when the server rejects json_schema', async () => {
    fake.reply = (r) =>
      r.response_format?.type === 'json_schema'
        ? { status: 400, error: 'response_format json_schema is not supported' }
        : { content: '{"answerable":true,"answer":"ok","citations":["x"]}' }
    const r = await client().completeJson(req)
    expect(r).toMatchObject({ ok: true, value: { citations: ['x'] } })
    expect(fake.requests.slice(-2).map((q) => q.response_format?.type)).toEqual(['json_schema', 'json_object'])
  })

  it('reports HTTP failures as values', async () => {
    fake.reply = () => ({ status: 500, error: 'boom' })
    expect(await client().completeJson(req)).toMatchObject({ ok: false, reason: 'http' })
  })

  it('parses and strips schema keywords offline', () => {
    expect(parseJsonContent('', schema)).toMatchObject({ ok: false, reason: 'no_content' })
    expect(strictJsonSchema(schema)).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['answerable', 'answer', 'citations'],
    })
  })
})
