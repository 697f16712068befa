/**
 * The Wechaty side of the bridge (Node only; `npm run wechaty` starts it as its own process, since
 * a Wechaty puppet holds a long-lived session the stateless gateway must not). It forwards each
 * message to the gateway, signed, retrying while the gateway is unreachable (the gateway dedupes on
 * the message id), and serves `POST /send` for the gateway's replies, dropping repeated delivery ids.
 */
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { type Message, types, type Wechaty } from 'wechaty'
import { signedHeaders, verifySignedBody } from '../../src/contract/signedRequest.js'
import { type BridgeInbound, BridgeOutboundSchema } from './wechatyWire.js'

export interface BridgeOptions {
  bot: Wechaty
  /** The gateway's base URL, e.g. http://127.0.0.1:8787. */
  gatewayUrl: string
  secret: string
  port: number
  host?: string
  /** Group messages are forwarded only when they @-mention the bot, unless `all`. */
  rooms?: 'mention' | 'all'
  log?: (msg: string, data?: Record<string, unknown>) => void
  /** Forwarding attempts before a message is given up on (1 s, 2 s, 4 s … apart). */
  maxAttempts?: number
}

export interface RunningBridge {
  url: string
  stop(): Promise<void>
}

export async function startWechatyBridge(o: BridgeOptions): Promise<RunningBridge> {
  const log = o.log ?? (() => {})
  const inboundUrl = `${o.gatewayUrl.replace(/\/+$/, '')}/channels/wechaty/inbound`
  const delivered = new Set<string>()
  const inFlight = new Map<string, Promise<void>>()
  let stopped = false

  async function forward(payload: BridgeInbound): Promise<void> {
    const body = JSON.stringify(payload)
    const attempts = o.maxAttempts ?? 8
    for (let i = 0; i < attempts && !stopped; i++) {
      try {
        const res = await fetch(inboundUrl, { method: 'POST', headers: await signedHeaders(o.secret, body), body })
        await res.body?.cancel().catch(() => {})
        if (res.ok) return
        if (res.status < 500 && res.status !== 429)
          return log('gateway refused message', { status: res.status, id: payload.id })
      } catch (e) {
        log('gateway unreachable', { error: String(e) })
      }
      await new Promise((r) => setTimeout(r, 1000 * 2 ** i))
    }
    log('message not forwarded', { id: payload.id })
  }

  o.bot.on('message', (m) => {
    void toPayload(o, m)
      .then((p) => (p ? forward(p) : undefined))
      .catch((e) => log('message handling failed', { error: String(e) }))
  })

  const app = new Hono()
  app.post('/send', async (c) => {
    const body = await c.req.text()
    const v = await verifySignedBody(o.secret, c.req.raw.headers, body)
    if (!v.ok) return c.json({ error: v.reason }, 401)
    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      return c.json({ error: 'body is not JSON' }, 400)
    }
    const r = BridgeOutboundSchema.safeParse(json)
    if (!r.success) return c.json({ error: 'invalid body' }, 400)
    const out = r.data
    if (delivered.has(out.deliveryId)) return c.json({ ok: true, duplicate: true })
    if (!o.bot.isLoggedIn) return c.json({ error: 'bot not logged in' }, 503)
    // A retry that arrives while the first attempt is still sending waits for it instead of sending twice.
    const running = inFlight.get(out.deliveryId)
    if (running) {
      await running
      return c.json({ ok: true, duplicate: true })
    }
    const task = (async () => {
      if (out.room) {
        const room = await o.bot.Room.find({ id: out.room })
        if (!room) throw new NotFound(`room ${out.room}`)
        const talker = await o.bot.Contact.find({ id: out.to })
        await (talker ? room.say(out.text, talker) : room.say(out.text))
      } else {
        const contact = await o.bot.Contact.find({ id: out.to })
        if (!contact) throw new NotFound(`contact ${out.to}`)
        await contact.say(out.text)
      }
      delivered.add(out.deliveryId)
      if (delivered.size > 50_000) delivered.delete(delivered.values().next().value as string)
    })()
    inFlight.set(out.deliveryId, task)
    try {
      await task
      return c.json({ ok: true })
    } catch (e) {
      if (e instanceof NotFound) return c.json({ error: e.message }, 404)
      log('send failed', { error: String(e) })
      return c.json({ error: 'send failed' }, 502)
    } finally {
      inFlight.delete(out.deliveryId)
    }
  })

  const host = o.host ?? '127.0.0.1'
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: o.port, hostname: host }, () => resolve(s))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : o.port
  return {
    url: `http://${host}:${port}/send`,
    stop: async () => {
      stopped = true
      await new Promise<void>((r) => server.close(() => r()))
    },
  }
}

class NotFound extends Error {}

async function toPayload(o: BridgeOptions, m: Message): Promise<BridgeInbound | null> {
  if (m.self()) return null
  const room = m.room()
  if (room && o.rooms !== 'all' && !(await m.mentionSelf())) return null
  const talker = m.talker()
  const base = {
    id: m.id,
    bot: o.bot.currentUser.id,
    talker: { id: talker.id, name: talker.name() },
    ...(room ? { room: { id: room.id, topic: await room.topic() } } : {}),
    sentAt: m.date().toISOString(),
  }
  if (m.type() === types.Message.Text) {
    const text = (room ? await m.mentionText() : m.text()).trim()
    return text ? { ...base, text } : null
  }
  if (m.type() === types.Message.Location) {
    const loc = await m.toLocation()
    const label = [loc.name(), loc.address()].filter(Boolean).join(' ')
    return { ...base, location: { lat: loc.latitude(), lng: loc.longitude(), ...(label ? { label } : {}) } }
  }
  return null
}
