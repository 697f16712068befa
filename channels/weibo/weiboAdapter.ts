/**
 * Weibo fan-service platform (粉丝服务平台) direct messages. Push: JSON POSTs signed like WeChat's
 * plain mode but over the app secret (https://open.weibo.com/wiki/Messages_api_start); replies:
 * `2/messages/reply.json`, text under 300 characters, within 48 hours of the fan's last message
 * (https://open.weibo.com/wiki/Send_Customer_Service_Message).
 */
import type { ChannelAdapter, InboundMessage, ParseResult, ReplyWindow } from '../../src/contract/ChannelAdapter.js'
import { sha1Hex, timingSafeEqual } from '../../src/contract/crypto.js'
import { httpFailure, networkFailure } from '../shared/httpFailure.js'
import { echoHandshake } from '../shared/echoHandshake.js'
import { splitText } from '../shared/splitText.js'

export interface WeiboConfig {
  appSecret: string
  accessToken?: string
  apiBase: string
}

export const WEIBO_REPLY_WINDOW: ReplyWindow = { hours: 48 }
export const WEIBO_MAX_TEXT = 300

interface WeiboPush {
  type?: unknown
  receiver_id?: unknown
  sender_id?: unknown
  created_at?: unknown
  text?: unknown
  data?: { longitude?: unknown; latitude?: unknown; subtype?: unknown } | null
}

/** Weibo ids are int64: quote them before JSON.parse so ids above 2^53 keep every digit. */
function quoteIds(body: string): string {
  return body.replace(/"(sender_id|receiver_id)"\s*:\s*(-?\d+)/g, '"$1":"$2"')
}

export function weiboSignature(appSecret: string, timestamp: string, nonce: string): Promise<string> {
  return sha1Hex([appSecret, timestamp, nonce].sort().join(''))
}

export function createWeiboAdapter(cfg: WeiboConfig) {
  const base = cfg.apiBase.replace(/\/+$/, '')
  return {
    name: 'weibo',
    replyWindow: WEIBO_REPLY_WINDOW,

    async verify(req) {
      const q = req.url.searchParams
      const given = q.get('signature')
      if (!given) return { ok: false, reason: 'missing signature' }
      const expected = await weiboSignature(cfg.appSecret, q.get('timestamp') ?? '', q.get('nonce') ?? '')
      return timingSafeEqual(given.toLowerCase(), expected) ? { ok: true } : { ok: false, reason: 'signature mismatch' }
    },

    handshake: echoHandshake,

    async parse(req): Promise<ParseResult> {
      if (req.method !== 'POST')
        return { kind: 'invalid', reason: 'expected a POST with a message, or a GET with echostr' }
      let p: WeiboPush
      try {
        p = JSON.parse(quoteIds(req.body)) as WeiboPush
      } catch {
        return { kind: 'invalid', reason: 'body is not JSON' }
      }
      if (!p || typeof p !== 'object' || typeof p.type !== 'string') return { kind: 'invalid', reason: 'missing type' }
      const sender = typeof p.sender_id === 'string' ? p.sender_id : null
      const receiver = typeof p.receiver_id === 'string' ? p.receiver_id : null
      const createdAt = typeof p.created_at === 'string' ? p.created_at : null
      if (!sender || !receiver || !createdAt)
        return { kind: 'invalid', reason: 'missing sender_id, receiver_id or created_at' }
      // Weibo pushes carry no message id; its documentation dedupes on sender_id + created_at.
      const base = {
        channel: 'weibo',
        account: receiver,
        externalUserId: sender,
        externalId: `${sender}:${createdAt}`,
        receivedAt: new Date(),
        raw: p,
      }
      let msg: InboundMessage
      if (p.type === 'text') {
        msg = { ...base, kind: 'text', text: typeof p.text === 'string' ? p.text : '' }
      } else if (p.type === 'position') {
        const lat = Number(p.data?.latitude)
        const lng = Number(p.data?.longitude)
        if (!Number.isFinite(lat) || !Number.isFinite(lng))
          return { kind: 'invalid', reason: 'position without latitude/longitude' }
        msg = { ...base, kind: 'location', location: { lat, lng } }
      } else if (p.type === 'event' && (p.data?.subtype === 'follow' || p.data?.subtype === 'subscribe')) {
        msg = { ...base, kind: 'event' }
      } else {
        return { kind: 'ignored', reason: `type ${p.type}` }
      }
      return { kind: 'messages', messages: [msg] }
    },

    // An empty 200 tells Weibo the push is handled and not to retry; replies go through the API.
    acknowledge() {
      return new Response('', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
    },

    async send(msg, f = fetch) {
      if (msg.outsideWindow) return { ok: false, retryable: false, error: 'reply window closed', fallback: 'callback' }
      if (!cfg.accessToken) return { ok: false, retryable: false, error: 'WEIBO_ACCESS_TOKEN is not set' }
      for (const part of splitText(msg.text, WEIBO_MAX_TEXT - 1)) {
        const form = new URLSearchParams({
          access_token: cfg.accessToken,
          type: 'text',
          data: JSON.stringify({ text: part }),
          receiver_id: msg.recipient,
        })
        let res: Response
        try {
          res = await f(`${base}/2/messages/reply.json`, { method: 'POST', body: form })
        } catch (e) {
          return networkFailure(e)
        }
        if (!res.ok)
          return httpFailure(
            res.status,
            `messages/reply: HTTP ${res.status} ${(await res.text().catch(() => '')).slice(0, 200)}`,
          )
      }
      return { ok: true }
    },
  } satisfies ChannelAdapter
}
