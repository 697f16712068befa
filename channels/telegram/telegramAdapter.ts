/**
 * Telegram bot adapter. Updates arrive on a webhook registered with `setWebhook(secret_token=…)`;
 * Telegram echoes the secret in `X-Telegram-Bot-Api-Secret-Token`
 * (https://core.telegram.org/bots/api#setwebhook), checked here in constant time. grammY provides
 * the Update types and the Bot API client, pointed at a configurable API root.
 */
import { Api, GrammyError, HttpError } from 'grammy'
import type { Message, Update } from 'grammy/types'
import type { ChannelAdapter, InboundMessage, ParseResult } from '../../src/contract/ChannelAdapter.js'
import { timingSafeEqual } from '../../src/contract/crypto.js'
import { networkFailure } from '../shared/httpFailure.js'
import { splitText } from '../shared/splitText.js'

export interface TelegramConfig {
  botToken: string
  webhookSecret: string
  apiRoot: string
}

export const SECRET_HEADER = 'X-Telegram-Bot-Api-Secret-Token'
const MAX_TEXT = 4096

export function createTelegramAdapter(cfg: TelegramConfig) {
  const account = cfg.botToken.split(':')[0] ?? 'bot'
  return {
    name: 'telegram',

    async verify(req) {
      const given = req.headers.get(SECRET_HEADER)
      if (!given) return { ok: false, reason: `missing ${SECRET_HEADER}` }
      return timingSafeEqual(given, cfg.webhookSecret) ? { ok: true } : { ok: false, reason: 'secret token mismatch' }
    },

    async parse(req): Promise<ParseResult> {
      let u: Update
      try {
        u = JSON.parse(req.body) as Update
      } catch {
        return { kind: 'invalid', reason: 'body is not JSON' }
      }
      if (!u || typeof u !== 'object' || !Number.isSafeInteger(u.update_id))
        return { kind: 'invalid', reason: 'missing update_id' }
      const m = u.message
      if (!m) return { kind: 'ignored', reason: 'not a new message' }
      if (!m.chat || typeof m.chat.id !== 'number') return { kind: 'invalid', reason: 'message without chat.id' }
      const msg = toInbound(u.update_id, m, account, u)
      return msg ? { kind: 'messages', messages: [msg] } : { kind: 'ignored', reason: 'unsupported message content' }
    },

    acknowledge() {
      return new Response(null, { status: 200 })
    },

    async send(msg, f = fetch) {
      const api = new Api(cfg.botToken, { apiRoot: cfg.apiRoot.replace(/\/+$/, ''), fetch: f as never })
      try {
        let last: number | undefined
        for (const part of splitText(msg.text, MAX_TEXT)) last = (await api.sendMessage(msg.recipient, part)).message_id
        return { ok: true, ...(last === undefined ? {} : { externalId: String(last) }) }
      } catch (e) {
        if (e instanceof GrammyError) {
          const status = e.error_code
          return {
            ok: false,
            retryable: status === 429 || status >= 500,
            error: `sendMessage: ${status} ${e.description}`,
            status,
          }
        }
        if (e instanceof HttpError) return networkFailure(e.error)
        return networkFailure(e)
      }
    },
  } satisfies ChannelAdapter
}

function toInbound(updateId: number, m: Message, account: string, raw: Update): InboundMessage | null {
  const from = m.from
  const name = from ? [from.first_name, from.last_name].filter(Boolean).join(' ') : undefined
  const base = {
    channel: 'telegram',
    account,
    externalUserId: String(m.chat.id),
    externalId: String(updateId),
    receivedAt: new Date(),
    raw,
    ...(name ? { profile: { name } } : {}),
  }
  if (m.location) {
    if (!Number.isFinite(m.location.latitude) || !Number.isFinite(m.location.longitude)) return null
    const label = m.venue ? [m.venue.title, m.venue.address].filter(Boolean).join(' ') : undefined
    return {
      ...base,
      kind: 'location',
      location: { lat: m.location.latitude, lng: m.location.longitude, ...(label ? { label } : {}) },
    }
  }
  if (typeof m.contact?.phone_number === 'string' && m.contact.phone_number) {
    return {
      ...base,
      kind: 'text',
      text: m.contact.phone_number,
      profile: { ...base.profile, phone: m.contact.phone_number },
    }
  }
  const text = m.text ?? m.caption
  if (typeof text !== 'string') return null
  const command = /^\/([a-z0-9_]{1,32})(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim())
  if (command?.[1] && ['start', 'help'].includes(command[1].toLowerCase())) {
    return { ...base, kind: 'command', command: command[1].toLowerCase(), ...(command[2] ? { text: command[2] } : {}) }
  }
  return { ...base, kind: 'text', text }
}
