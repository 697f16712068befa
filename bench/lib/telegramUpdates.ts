/**
 * Telegram-format updates for the load: every request is a new `update_id` from a new chat, asking
 * a policy question that the committed knowledge (knowledge/policies) answers. Each record keeps
 * its send, acknowledgement and reply times so the three can be matched afterwards.
 */
import { nowMs } from './clock.js'

export const QUESTIONS = [
  { text: '北京的供暖季是从什么时候开始的？', cites: '北京供暖期、室温标准和暖气报修' },
  { text: '怎么办理居住证？', cites: '北京市居住证办理' },
  { text: '暖气不热，供暖期是几月到几月？', cites: '北京供暖期、室温标准和暖气报修' },
  { text: '居住证办理需要什么材料？', cites: '北京市居住证办理' },
] as const

export const WEBHOOK_PATH = '/channels/telegram/webhook'
export const BOT_TOKEN = '7000000001:bench-token-not-secret'
export const WEBHOOK_SECRET = 'bench-webhook-secret-0123456789'
export const SECRET_HEADER = 'x-telegram-bot-api-secret-token'

export interface SentRecord {
  updateId: number
  chatId: number
  question: number
  /** Wall-clock ms (see clock.ts). */
  sentAt: number
  ackAt?: number
  status?: number
  replyAt?: number
  cited?: string
  replies: number
}

export class UpdateStream {
  readonly records: SentRecord[] = []
  constructor(
    readonly firstUpdateId: number,
    readonly chatBase: number,
  ) {}

  next(): { body: string; rec: SentRecord } {
    const i = this.records.length
    const updateId = this.firstUpdateId + i
    const chatId = this.chatBase + i
    const question = i % QUESTIONS.length
    const rec: SentRecord = { updateId, chatId, question, sentAt: nowMs(), replies: 0 }
    this.records.push(rec)
    const from = { id: chatId, is_bot: false, first_name: '市民', language_code: 'zh-hans' }
    const body = JSON.stringify({
      update_id: updateId,
      message: {
        message_id: i + 1,
        date: Math.floor(rec.sentAt / 1000),
        chat: { id: chatId, type: 'private', first_name: '市民' },
        from,
        text: QUESTIONS[question]?.text,
      },
    })
    return { body, rec }
  }

  byChat(chatId: number): SentRecord | undefined {
    return this.records[chatId - this.chatBase]
  }
}

export function webhookHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', [SECRET_HEADER]: WEBHOOK_SECRET }
}
