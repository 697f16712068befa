/**
 * WeChat Official Account (公众号) adapter: plaintext and safe mode (AES), passive replies within
 * the webhook's time budget, customer-service messages otherwise, template messages (or a callback
 * mark) once the 48-hour / 5-message window has closed.
 * https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Receiving_standard_messages.html
 */
import type {
  ChannelAdapter,
  ChannelRequest,
  OutboundMessage,
  ParseResult,
  ReplyWindow,
  SendResult,
} from '../../src/contract/ChannelAdapter.js'
import { timingSafeEqual } from '../../src/contract/crypto.js'
import { echoHandshake } from '../shared/echoHandshake.js'
import { splitText } from '../shared/splitText.js'
import { type ApiResult, createWechatApi } from './wechatApi.js'
import { createWechatCipher, type WechatCipher } from './wechatCipher.js'
import { wechatSignature } from './wechatSignature.js'
import { toInboundMessage } from './toInboundMessage.js'
import { encryptedReplyXml, extractEncrypt, parseWechatXml, textReplyXml } from './wechatXml.js'

export interface WechatConfig {
  token: string
  appId?: string
  appSecret?: string
  encodingAesKey?: string
  apiBase: string
  /** Template used when the customer-service window is closed; fields first/keyword1/keyword2/remark. */
  templateId?: string
  /** WeChat gives up after 5 s and retries; answer passively only if the reply is ready well before. */
  passiveReplyMs: number
}

/** Customer-service messages: within 48 h of the citizen's last message, at most 5 of them. */
export const WECHAT_REPLY_WINDOW: ReplyWindow = { hours: 48, maxMessages: 5 }
/** Passive replies and customer-service texts stay under WeChat's 2048-byte limit (3 bytes a Chinese character). */
const MAX_TEXT = 600

export function createWechatAdapter(cfg: WechatConfig) {
  const cipher: Promise<WechatCipher | null> = cfg.encodingAesKey
    ? createWechatCipher(cfg.encodingAesKey)
    : Promise.resolve(null)
  const api =
    cfg.appId && cfg.appSecret
      ? createWechatApi({ base: cfg.apiBase, appId: cfg.appId, appSecret: cfg.appSecret })
      : null
  const isAes = (req: ChannelRequest) => req.url.searchParams.get('encrypt_type') === 'aes'

  async function outsideWindow(msg: OutboundMessage, f: typeof fetch, reason: string): Promise<SendResult> {
    if (!api || !cfg.templateId) return { ok: false, retryable: false, error: reason, fallback: 'callback' }
    const data = {
      first: { value: msg.ticket ? `您的诉求 ${msg.ticket.number} 有新进展` : '12345 热线回复' },
      keyword1: { value: msg.ticket?.number ?? '—' },
      keyword2: { value: msg.ticket?.status ?? '—' },
      remark: { value: Array.from(msg.text).slice(0, 180).join('') },
    }
    return settle(await api.sendTemplate(msg.recipient, cfg.templateId, data, f))
  }

  return {
    name: 'wechat',
    replyWindow: WECHAT_REPLY_WINDOW,
    passiveReply: { budgetMs: cfg.passiveReplyMs, maxChars: MAX_TEXT },

    async verify(req) {
      const q = req.url.searchParams
      const timestamp = q.get('timestamp') ?? ''
      const nonce = q.get('nonce') ?? ''
      if (req.method === 'POST' && isAes(req)) {
        const given = q.get('msg_signature')
        const encrypt = extractEncrypt(req.body)
        if (!given || !encrypt) return { ok: false, reason: 'missing msg_signature or Encrypt' }
        const expected = await wechatSignature([cfg.token, timestamp, nonce, encrypt])
        return timingSafeEqual(given.toLowerCase(), expected)
          ? { ok: true }
          : { ok: false, reason: 'msg_signature mismatch' }
      }
      const given = q.get('signature')
      if (!given) return { ok: false, reason: 'missing signature' }
      const expected = await wechatSignature([cfg.token, timestamp, nonce])
      return timingSafeEqual(given.toLowerCase(), expected) ? { ok: true } : { ok: false, reason: 'signature mismatch' }
    },

    handshake: echoHandshake,

    async parse(req): Promise<ParseResult> {
      if (req.method !== 'POST')
        return { kind: 'invalid', reason: 'expected a POST with a message, or a GET with echostr' }
      let xml = req.body
      const encrypt = isAes(req) ? extractEncrypt(req.body) : null
      if (encrypt) {
        const c = await cipher
        if (!c) return { kind: 'invalid', reason: 'encrypted message but WECHAT_ENCODING_AES_KEY is not set' }
        const plain = await c.decrypt(encrypt)
        if (!plain) return { kind: 'invalid', reason: 'cannot decrypt Encrypt' }
        if (cfg.appId && plain.appId !== cfg.appId)
          return { kind: 'invalid', reason: 'decrypted appId does not match WECHAT_APPID' }
        xml = plain.xml
      }
      const fields = parseWechatXml(xml)
      if (!fields) return { kind: 'invalid', reason: 'body is not WeChat XML' }
      return toInboundMessage(fields, xml, new Date())
    },

    async acknowledge(req, result, passive) {
      const first = result.kind === 'messages' ? result.messages[0] : undefined
      if (!passive || !first)
        return new Response('success', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
      const now = Math.floor(Date.now() / 1000)
      let xml = textReplyXml(first.externalUserId, first.account, passive.text, now)
      const c = isAes(req) ? await cipher : null
      if (c) {
        const nonce = req.url.searchParams.get('nonce') ?? String(now)
        const encrypt = await c.encrypt(xml, cfg.appId ?? '')
        xml = encryptedReplyXml(
          encrypt,
          await wechatSignature([cfg.token, String(now), nonce, encrypt]),
          String(now),
          nonce,
        )
      }
      return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
    },

    async send(msg, f = fetch) {
      if (!api) return { ok: false, retryable: false, error: 'WECHAT_APPID and WECHAT_APPSECRET are not set' }
      if (msg.outsideWindow) return outsideWindow(msg, f, 'reply window closed')
      for (const part of splitText(msg.text, MAX_TEXT)) {
        const r = await api.sendText(msg.recipient, part, f)
        if ('windowClosed' in r) return outsideWindow(msg, f, r.error)
        if (!r.ok) return r
      }
      return { ok: true }
    },
  } satisfies ChannelAdapter
}

function settle(r: ApiResult): SendResult {
  return 'windowClosed' in r ? { ok: false, retryable: false, error: r.error, fallback: 'callback' } : r
}
