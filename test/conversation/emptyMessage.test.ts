/**
 * Messages with no matter in them: "我要举报" is asked what happened (and the next message is filed as a
 * report), emoji or digits get the greeting, a message with no Chinese gets a reply in both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emptyMessage } from '../../src/conversation/emptyMessage.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

describe('emptyMessage', () => {
  it('tells a bare request word, wordless text and a foreign-language message from a matter', () => {
    expect(emptyMessage('你好，我想投诉')).toEqual({ kind: 'intent_only', intent: 'complaint' })
    expect(emptyMessage('我要举报')).toEqual({ kind: 'intent_only', intent: 'report' })
    expect(emptyMessage('求助！')).toEqual({ kind: 'intent_only', intent: 'help' })
    expect(emptyMessage('😡😡😡')).toEqual({ kind: 'no_words' })
    expect(emptyMessage('12345')).toEqual({ kind: 'no_words' })
    expect(emptyMessage('hello, is there anyone who speaks English?')).toEqual({ kind: 'foreign' })
    expect(emptyMessage('我要投诉物业')).toBeNull()
    expect(emptyMessage('你好，我想投诉一下楼下的烧烤店')).toBeNull()
    expect(emptyMessage('朝阳区望京街道路灯坏了')).toBeNull()
  })
})

describe('empty messages in conversation', () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway()
  })
  afterAll(async () => gw?.close())
  const say = (userId: string, text: string) => gw.post('/api/v1/messages', { userId, text })

  it('asks what happened after "我要举报", and files the next message as a report', async () => {
    const asked = await say('empty-1', '我要举报')
    expect(asked.json.ticket).toBeUndefined()
    expect(asked.json.replies[0].text).toMatch(/举报的具体情况/)
    const filed = await say('empty-1', '朝阳区望京街道花家地西里三区楼道里堆满了杂物')
    expect(filed.json.ticket?.location.street).toBe('望京街道')
    const t = await gw.get(`/api/v1/tickets/${filed.json.ticket.id}`, gw.admin)
    expect(t.json.intent).toBe('report')
    expect(t.json.description).not.toContain('我要举报')
  })

  it('greets wordless messages and answers a foreign-language one in both languages', async () => {
    expect((await say('empty-2', '😡😡😡')).json.replies[0].text).toMatch(/^您好，这里是12345/)
    const en = await say('empty-3', 'hello, is there anyone who speaks English?')
    expect(en.json.replies[0].text).toMatch(/中文/)
    expect(en.json.replies[0].text).toMatch(/Chinese/)
    expect(en.json.ticket).toBeUndefined()
  })

  it('files an emergency with no place to the center, after telling whom to call', async () => {
    const r = await say('empty-4', '我父亲突然晕倒了怎么办')
    expect(r.json.replies[0].text).toMatch(/120/)
    expect(r.json.ticket.status).toBe('manual')
  })
})
