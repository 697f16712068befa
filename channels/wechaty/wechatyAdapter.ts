/**
 * Personal WeChat accounts and groups through a Wechaty bridge process (`npm run wechaty`). The
 * bridge POSTs each message to `/channels/wechaty/inbound`, signed; replies go back to the bridge's
 * `/send`, signed the same way, with a delivery id the bridge uses to drop retried duplicates.
 */
import type { ChannelAdapter, ParseResult } from '../../src/contract/ChannelAdapter.js'
import { signedHeaders, verifySignedBody } from '../../src/contract/signedRequest.js'
import { httpFailure, networkFailure } from '../shared/httpFailure.js'
import { type BridgeOutbound, BridgeInboundSchema, citizenId, recipientOf } from './wechatyWire.js'

export interface WechatyConfig {
  secret: string
  /** The bridge's send endpoint, e.g. http://127.0.0.1:8788/send. */
  bridgeUrl?: string
}

export function createWechatyAdapter(cfg: WechatyConfig) {
  return {
    name: 'wechaty',

    verify(req) {
      return verifySignedBody(cfg.secret, req.headers, req.body)
    },

    async parse(req): Promise<ParseResult> {
      let json: unknown
      try {
        json = JSON.parse(req.body)
      } catch {
        return { kind: 'invalid', reason: 'body is not JSON' }
      }
      const r = BridgeInboundSchema.safeParse(json)
      if (!r.success) return { kind: 'invalid', reason: r.error.issues[0]?.message ?? 'invalid body' }
      const m = r.data
      const text = m.text?.trim()
      if (!text && !m.location) return { kind: 'ignored', reason: 'no text or location' }
      return {
        kind: 'messages',
        messages: [
          {
            channel: 'wechaty',
            account: m.bot,
            externalUserId: citizenId(m.talker.id, m.room?.id),
            externalId: m.id,
            kind: text ? 'text' : 'location',
            ...(text ? { text } : {}),
            ...(m.location ? { location: m.location } : {}),
            ...(m.talker.name ? { profile: { name: m.talker.name } } : {}),
            receivedAt: new Date(),
            raw: json,
          },
        ],
      }
    },

    acknowledge() {
      return Response.json({ ok: true })
    },

    async send(msg, f = fetch) {
      if (!cfg.bridgeUrl) return { ok: false, retryable: true, error: 'WECHATY_BRIDGE_URL is not set' }
      const payload: BridgeOutbound = { deliveryId: msg.deliveryId, ...recipientOf(msg.recipient), text: msg.text }
      const body = JSON.stringify(payload)
      try {
        const res = await f(cfg.bridgeUrl, {
          method: 'POST',
          headers: await signedHeaders(cfg.secret, body, msg.deliveryId),
          body,
        })
        await res.body?.cancel().catch(() => {})
        return res.ok ? { ok: true } : httpFailure(res.status, `wechaty bridge: HTTP ${res.status}`)
      } catch (e) {
        return networkFailure(e)
      }
    },
  } satisfies ChannelAdapter
}
