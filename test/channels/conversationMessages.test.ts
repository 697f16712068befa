/** Web-chat clients fetch department replies with GET /api/v1/conversations/:id/messages?after=. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notifyCitizen } from '../../src/delivery/notifyCitizen.js'
import { type ChannelGateway, SECRETS, startChannelTestBed, stopChannelTestBed } from './helpers/channelGateway.js'
import { signedPost, webhookText } from './helpers/channelRequests.js'
import type { FakePlatform } from './helpers/fakePlatform.js'

const ADMIN = 'conversation-admin-token-0123456789'

describe('GET /api/v1/conversations/:id/messages', () => {
  let platform: FakePlatform
  let gw: ChannelGateway
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await gw.app.request(path, { headers })
    return { status: res.status, json: (await res.json()) as any }
  }

  beforeAll(async () => {
    ;({ platform, gw } = await startChannelTestBed({ ADMIN_TOKEN: ADMIN }))
  })
  afterAll(() => stopChannelTestBed({ platform, gw }))

  it('returns what arrived after the cursor, oldest first, including department replies', async () => {
    const res = await gw.app.request('/api/v1/messages', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'web-citizen-1', text: '你好' }),
    })
    const { conversationId } = (await res.json()) as { conversationId: string }
    const all = await get(`/api/v1/conversations/${conversationId}/messages`)
    expect(all.status).toBe(200)
    expect(all.json.messages.map((m: { direction: string }) => m.direction)).toEqual([
      'in',
      ...Array(all.json.messages.length - 1).fill('out'),
    ])
    const cursor = all.json.next
    expect((await get(`/api/v1/conversations/${conversationId}/messages?after=${cursor}`)).json.messages).toEqual([])

    const n = await notifyCitizen(gw.s.db, { conversationId, kind: 'reply', text: '街道答复：已清运。' })
    expect(n.kind).toBe('stored')
    const later = await get(`/api/v1/conversations/${conversationId}/messages?after=${cursor}`)
    expect(later.json.messages.map((m: { text: string }) => m.text)).toEqual(['街道答复：已清运。'])
    expect(later.json.next).toBe(later.json.messages[0].id)
    const byTime = await get(
      `/api/v1/conversations/${conversationId}/messages?after=${encodeURIComponent(new Date(Date.now() - 3_600_000).toISOString())}`,
    )
    expect(byTime.json.messages.length).toBe(all.json.messages.length + 1)
  })

  it('lists a turn’s several replies in the order they were given', async () => {
    // An emergency gets two replies: whom to call, then the urgent ticket. Run a few times, since equal
    // times would leave the order to the messages' random ids.
    for (let i = 0; i < 8; i++) {
      const res = await gw.app.request('/api/v1/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          userId: `web-emergency-${i}`,
          text: '朝阳区望京街道花家地西里三区3号楼着火了，浓烟很大',
        }),
      })
      const body = (await res.json()) as { conversationId: string; replies: { text: string }[] }
      expect(body.replies.length).toBeGreaterThan(1)
      const feed = await get(`/api/v1/conversations/${body.conversationId}/messages`)
      const out = feed.json.messages.filter((m: { direction: string }) => m.direction === 'out')
      expect(out.map((m: { text: string }) => m.text)).toEqual(body.replies.map((r) => r.text))
    }
  })

  it("keeps other channels' conversations to admins, and answers 404 for unknown ids", async () => {
    await gw.send(
      await signedPost(
        '/channels/webhook/source-a',
        webhookText({ messageId: 'conv-1', userId: 'hook-citizen', text: '你好' }),
        SECRETS.webhookSecret,
      ),
    )
    await gw.settle()
    const r = await gw.s.db.query.messages.findFirst({ where: (m, { eq }) => eq(m.externalId, 'conv-1') })
    const id = r?.conversationId as string
    expect((await get(`/api/v1/conversations/${id}/messages`)).status).toBe(401)
    const asAdmin = await get(`/api/v1/conversations/${id}/messages`, { authorization: `Bearer ${ADMIN}` })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.json.messages[0].text).toBe('你好')
    expect((await get('/api/v1/conversations/00000000-0000-0000-0000-000000000000/messages')).status).toBe(404)
  })

  it('documents the channel routes in /openapi.json', async () => {
    const doc = (await get('/openapi.json')).json
    expect(doc.paths['/channels/webhook/{source}'].post.requestBody.content['application/json'].schema).toBeTruthy()
    expect(doc.paths['/api/v1/conversations/{id}/messages'].get).toBeTruthy()
    expect(doc.webhooks.citizenReply.post).toBeTruthy()
  })
})
