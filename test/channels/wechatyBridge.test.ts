/**
 * End to end with a real Wechaty instance on wechaty-puppet-mock: a citizen writes to the bot (and
 * @-mentions it in a group), the bridge forwards the message signed to the real gateway over
 * loopback HTTP, the gateway answers through its outbox, and the bridge sends the reply back through
 * Wechaty to the citizen.
 */
import { serve } from '@hono/node-server'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Wechaty, WechatyBuilder } from 'wechaty'
import { mock, PuppetMock } from 'wechaty-puppet-mock'
import { type RunningBridge, startWechatyBridge } from '../../channels/wechaty/wechatyBridge.js'
import { signedHeaders } from '../../src/contract/signedRequest.js'
import { type ChannelGateway, SECRETS, startChannelGateway } from './helpers/channelGateway.js'
import { type FakePlatform, startFakePlatform } from './helpers/fakePlatform.js'

async function waitFor(cond: () => boolean, ms = 30_000): Promise<void> {
  const until = Date.now() + ms
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('Wechaty bridge with wechaty-puppet-mock, end to end', () => {
  let unused: FakePlatform
  let gw: ChannelGateway
  let bridge: RunningBridge
  let bot: Wechaty
  let server: ReturnType<typeof serve>
  let mocker: InstanceType<typeof mock.Mocker>
  let botUser: ReturnType<InstanceType<typeof mock.Mocker>['createContact']>
  let fetchGateway: (req: Request) => Response | Promise<Response> = () => new Response('starting', { status: 503 })

  beforeAll(async () => {
    // The gateway listens first (its handler bound later) so the bridge knows where to forward.
    server = await new Promise((resolve) => {
      const s = serve({ fetch: (req) => fetchGateway(req), port: 0, hostname: '127.0.0.1' }, () => resolve(s))
    })
    const addr = server.address()
    const gatewayUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`

    mocker = new mock.Mocker()
    bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) })
    await bot.start()
    botUser = mocker.createContact({ name: '12345热线' })
    mocker.login(botUser)
    bridge = await startWechatyBridge({ bot, gatewayUrl, secret: SECRETS.wechatySecret, port: 0 })

    unused = await startFakePlatform()
    gw = await startChannelGateway(unused, { WECHATY_BRIDGE_URL: bridge.url })
    fetchGateway = (req) => gw.app.fetch(req)
  })
  afterAll(async () => {
    await bridge?.stop()
    await bot?.stop()
    await gw?.close()
    await unused?.close()
    await new Promise((r) => server?.close(r))
  })

  it('a direct message reaches the gateway and the reply comes back through Wechaty', async () => {
    const citizen = mocker.createContact({ name: '王女士' })
    const got: string[] = []
    citizen.on('message', (m) => {
      if (m.talker().id === botUser.id) got.push(m.text() ?? '')
    })
    citizen.say('朝阳区望京街道花家地西里小区门口垃圾无人清运，已经三天了').to(botUser)
    await waitFor(() => got.length > 0)
    await gw.settle()
    expect(got.join('\n')).toMatch(/BJ-\d{8}-\d{6}/)
    const inbound = await gw.count(
      sql`select count(*)::int as n from messages where channel = 'wechaty' and direction = 'in' and external_user_id = ${citizen.id} and account = ${botUser.id}`,
    )
    expect(inbound).toBe(1)
    expect(await gw.count(sql`select count(*)::int as n from tickets where channel = 'wechaty'`)).toBe(1)
    const outbound = await gw.count(
      sql`select count(*)::int as n from outbox where channel = 'wechaty' and recipient = ${citizen.id} and status = 'sent'`,
    )
    expect(got).toHaveLength(outbound)
  })

  it('in a group, answers only when mentioned, and replies in the group', async () => {
    const citizen = mocker.createContact({ name: '李先生' })
    const room = mocker.createRoom({ topic: '望京小区业主群', memberIdList: [botUser.id, citizen.id] })
    const inRoom: string[] = []
    room.on('message', (m) => {
      if (m.talker().id === botUser.id) inRoom.push(m.text() ?? '')
    })
    citizen.say('今天天气不错').to(room)
    citizen.say('@12345热线 居住证怎么办理', [botUser]).to(room)
    await waitFor(() => inRoom.length > 0)
    await gw.settle()
    const rows = await gw.count(
      sql`select count(*)::int as n from messages where channel = 'wechaty' and direction = 'in' and external_user_id like 'room:%'`,
    )
    expect(rows).toBe(1)
    expect(inRoom[0]?.length).toBeGreaterThan(5)
  })

  it('the bridge refuses unsigned sends and drops a retried delivery id', async () => {
    const citizen = mocker.createContact({ name: '赵先生' })
    const got: string[] = []
    citizen.on('message', (m) => {
      if (m.talker().id === botUser.id) got.push(m.text() ?? '')
    })
    const body = JSON.stringify({ deliveryId: 'bridge-d1', to: citizen.id, text: '您的工单已签收。' })
    const unsigned = await fetch(bridge.url, { method: 'POST', body, headers: { 'content-type': 'application/json' } })
    expect(unsigned.status).toBe(401)
    for (let i = 0; i < 3; i++) {
      const res = await fetch(bridge.url, {
        method: 'POST',
        body,
        headers: await signedHeaders(SECRETS.wechatySecret, body, 'bridge-d1'),
      })
      expect(res.status).toBe(200)
    }
    await new Promise((r) => setTimeout(r, 200))
    expect(got).toEqual(['您的工单已签收。'])
  })
})
