/**
 * Collects the replies the fake Telegram API received and matches them to the requests by chat id
 * (every request comes from its own chat, so a chat that gets two replies was answered twice).
 */
import { nowMs, sleep } from './clock.js'
import { type Summary, summarize } from './stats.js'
import { QUESTIONS, type UpdateStream } from './telegramUpdates.js'

type Arrival = [chatId: number | string, t: number, cited: string]

export class ReplyCollector {
  private arrivals: Arrival[] = []
  private seen = new WeakMap<UpdateStream, { chats: Set<number>; scanned: number }>()
  constructor(readonly fakeApiUrl: string) {}

  /** Forgets everything (at the start of a scenario: fresh gateways, fresh database). */
  async reset(): Promise<void> {
    await fetch(`${this.fakeApiUrl}/__reset`, { method: 'POST' })
    this.arrivals = []
    this.seen = new WeakMap()
  }

  /** Where the next phase's arrivals begin. */
  async mark(): Promise<number> {
    return this.poll()
  }

  /** Over the whole scenario: a chat answered twice shows up here even if it straddled phases. */
  tally(): { arrivals: number; distinctChats: number; duplicates: number } {
    const chats = new Set(this.arrivals.map((a) => String(a[0])))
    return { arrivals: this.arrivals.length, distinctChats: chats.size, duplicates: this.arrivals.length - chats.size }
  }

  async poll(): Promise<number> {
    const r = (await (await fetch(`${this.fakeApiUrl}/__arrivals?from=${this.arrivals.length}`)).json()) as {
      arrivals: Arrival[]
    }
    this.arrivals.push(...r.arrivals)
    return this.arrivals.length
  }

  /** Distinct chats of `stream` answered so far (polls the fake API). */
  async answered(stream: UpdateStream): Promise<number> {
    await this.poll()
    let seen = this.seen.get(stream)
    if (!seen) {
      seen = { chats: new Set<number>(), scanned: 0 }
      this.seen.set(stream, seen)
    }
    for (; seen.scanned < this.arrivals.length; seen.scanned++) {
      const chat = Number(this.arrivals[seen.scanned]?.[0])
      if (stream.byChat(chat)) seen.chats.add(chat)
    }
    return seen.chats.size
  }

  /**
   * Waits until every chat in `stream` has its reply, or nothing new came for `quietMs`, or `capMs`
   * passed. Replies to earlier phases' chats (late stragglers) do not count.
   */
  async drain(
    stream: UpdateStream,
    quietMs = 20_000,
    capMs = 180_000,
  ): Promise<{ received: number; waitedMs: number; complete: boolean }> {
    const t0 = nowMs()
    const expected = stream.records.length
    const count = () => this.answered(stream)
    let last = await count()
    let lastChange = nowMs()
    while (last < expected && nowMs() - t0 < capMs && nowMs() - lastChange < quietMs) {
      await sleep(100)
      const n = await count()
      if (n !== last) {
        last = n
        lastChange = nowMs()
      }
    }
    return { received: last, waitedMs: Math.round(nowMs() - t0), complete: last >= expected }
  }

  get all(): readonly Arrival[] {
    return this.arrivals
  }
}

export interface ReplyCheck {
  sent: number
  acked: number
  ackNon200: number
  replies: number
  /** Chats that received more than one reply (each sent exactly one question). */
  duplicateReplies: number
  /** Replies that arrived during this phase for an earlier phase's chats (late stragglers). */
  strayReplies: number
  /** Acknowledged requests whose chat got no reply. */
  missingReplies: number
  /** Replies citing another entry than the one that answers the question. */
  wrongAnswers: number
  /** A few of them: the question and the title the reply cited ('' = no citation, e.g. "no answer"). */
  wrongSamples: { question: string; cited: string }[]
  ack: Summary
  reply: Summary
  /** First send to last acknowledgement / last reply. */
  ackSpanSec: number
  replySpanSec: number
  acksPerSec: number
  repliesPerSec: number
}

export function matchReplies(stream: UpdateStream, arrivals: readonly Arrival[], from = 0): ReplyCheck {
  let duplicateReplies = 0
  let strayReplies = 0
  let wrongAnswers = 0
  const wrongSamples: ReplyCheck['wrongSamples'] = []
  let lastReply = 0
  for (const [chatId, t, cited] of arrivals.slice(from)) {
    const rec = stream.byChat(Number(chatId))
    if (!rec) {
      strayReplies++
      continue
    }
    rec.replies++
    if (rec.replies > 1) {
      duplicateReplies++
      continue
    }
    rec.replyAt = t
    rec.cited = cited
    if (cited !== QUESTIONS[rec.question]?.cites) {
      wrongAnswers++
      if (wrongSamples.length < 3) wrongSamples.push({ question: QUESTIONS[rec.question]?.text ?? '', cited })
    }
    if (t > lastReply) lastReply = t
  }
  const recs = stream.records
  const first = recs[0]?.sentAt ?? 0
  const acked = recs.filter((r) => r.ackAt !== undefined)
  const ok = acked.filter((r) => r.status === 200)
  const replied = recs.filter((r) => r.replyAt !== undefined)
  let lastAck = first
  for (const r of acked) if ((r.ackAt ?? 0) > lastAck) lastAck = r.ackAt ?? 0
  const ackSpanSec = (lastAck - first) / 1000
  const replySpanSec = (lastReply - first) / 1000
  return {
    sent: recs.length,
    acked: acked.length,
    ackNon200: acked.length - ok.length,
    replies: replied.length,
    duplicateReplies,
    strayReplies,
    missingReplies: ok.filter((r) => r.replyAt === undefined).length,
    wrongAnswers,
    wrongSamples,
    ack: summarize(ok.map((r) => (r.ackAt ?? 0) - r.sentAt)),
    reply: summarize(replied.map((r) => (r.replyAt ?? 0) - r.sentAt)),
    ackSpanSec: Math.round(ackSpanSec * 100) / 100,
    replySpanSec: Math.round(replySpanSec * 100) / 100,
    acksPerSec: ackSpanSec > 0 ? Math.round(ok.length / ackSpanSec) : 0,
    repliesPerSec: replySpanSec > 0 ? Math.round(replied.length / replySpanSec) : 0,
  }
}
