/** Telegram: /start greets and files nothing, locations, ignored updates, the Bot API at a configurable root. */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ChannelGateway, SECRETS, startChannelTestBed, stopChannelTestBed } from './helpers/channelGateway.js'
import { fixture, telegramPost, telegramText } from './helpers/channelRequests.js'
import type { FakePlatform } from './helpers/fakePlatform.js'

describe('Telegram channel', () => {
  let platform: FakePlatform
  let gw: ChannelGateway
  beforeAll(async () => {
    ;({ platform, gw } = await startChannelTestBed())
  })
  afterAll(() => stopChannelTestBed({ platform, gw }))

  it('/start greets the citizen and files nothing', async () => {
    const tickets = await gw.count(sql`select count(*)::int as n from tickets`)
    const res = await gw.send(telegramPost(fixture('telegram/text.json')))
    expect(res.status).toBe(200)
    await gw.settle()
    const sent = platform.calls(`/bot${SECRETS.telegramToken}/sendMessage`)
    expect(sent).toHaveLength(1)
    expect(sent[0]?.json.chat_id).toBe('1111111')
    expect(sent[0]?.json.text).toMatch(/12345|您好|你好|欢迎/)
    expect(await gw.count(sql`select count(*)::int as n from tickets`)).toBe(tickets)
    const r = await gw.s.db.execute(
      sql`select kind, payload->>'command' as command from messages where channel = 'telegram' and external_id = '10000'`,
    )
    expect((r as unknown as { rows: unknown[] }).rows[0]).toEqual({ kind: 'command', command: 'start' })
  })

  it('takes a location message as the message location', async () => {
    await gw.send(telegramPost(fixture('telegram/location.json')))
    await gw.settle()
    const r = await gw.s.db.execute(
      sql`select kind, payload->'location' as location from messages where channel = 'telegram' and external_id = '10001'`,
    )
    expect((r as unknown as { rows: unknown[] }).rows[0]).toEqual({
      kind: 'location',
      location: { lat: 39.9042, lng: 116.4074 },
    })
  })

  it('dedupes on update_id and ignores updates that are not new messages', async () => {
    const body = telegramText({ updateId: 20001, chatId: 2222222, text: '你好' })
    await Promise.all([gw.send(telegramPost(body)), gw.send(telegramPost(body)), gw.send(telegramPost(body))])
    const edited = await gw.send(telegramPost(fixture('telegram/edited.json')))
    expect(edited.status).toBe(200)
    await gw.settle()
    expect(
      await gw.count(sql`select count(*)::int as n from messages where channel = 'telegram' and external_id = '20001'`),
    ).toBe(1)
    expect(
      await gw.count(sql`select count(*)::int as n from messages where channel = 'telegram' and external_id = '10002'`),
    ).toBe(0)
    const replies = platform.calls(/sendMessage$/).filter((c) => c.json.chat_id === '2222222')
    const outbound = await gw.count(
      sql`select count(*)::int as n from messages where channel = 'telegram' and direction = 'out' and external_user_id = '2222222'`,
    )
    expect(replies).toHaveLength(outbound)
  })
})
