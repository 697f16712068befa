/**
 * The acknowledgement path, the same for every channel: verify (before anything parses the body) →
 * handshake → parse → store idempotently → acknowledge. Nothing slow happens here: the turn runs
 * afterwards (`runPipeline` via `services.defer`). The one exception is a platform that takes the
 * answer in the response itself (WeChat): there the turn may run within the adapter's budget.
 */
import { inArray, sql } from 'drizzle-orm'
import type { ChannelAdapter, ChannelRequest, InboundMessage, ParseResult } from '../contract/ChannelAdapter.js'
import { recordInbound } from '../conversation/messageLog.js'
import { UnauthorizedError, ValidationError } from '../errors.js'
import type { Services } from '../services.js'
import { messages, outbox } from '../storage/schema.js'
import { ackSection, nowOf, runtimeOf } from './channelRuntime.js'
import type { InboundRow } from './claimInbound.js'
import { deliverDue } from './deliverOutbox.js'
import { INBOUND_LEASE_MS } from './processInbound.js'
import { afterProcessed, claimAndProcess, runClaimed, runPipeline } from './runPipeline.js'
import { storeClaimed } from './storeClaimed.js'

/** How long held replies wait for a passive answer before the outbox may send them anyway. */
const HOLD_EXTRA_MS = 10_000

export async function ingestWebhook(
  s: Services,
  adapter: ChannelAdapter,
  read: () => Promise<ChannelRequest>,
): Promise<Response> {
  // The acknowledgement section starts before the body is read, so turns on PGlite see it coming.
  const stored = await ackSection(s, async () => store(s, adapter, await read()))
  if (stored.kind === 'response') return stored.response
  const { req, parsed, fresh, claimed } = stored
  const [only] = fresh
  if (passive(adapter) && only && fresh.length === 1) {
    return answerPassively(s, adapter, req, parsed, only)
  }
  for (const row of claimed) s.defer(runClaimed(s, row))
  for (const id of fresh) if (!claimed.some((r) => r.id === id)) s.defer(runPipeline(s, id))
  return adapter.acknowledge(req, parsed)
}

type Stored =
  | { kind: 'response'; response: Response }
  | { kind: 'stored'; req: ChannelRequest; parsed: ParseResult; fresh: string[]; claimed: InboundRow[] }

const passive = (adapter: ChannelAdapter) => (adapter.passiveReply?.budgetMs ?? 0) > 0

async function store(s: Services, adapter: ChannelAdapter, req: ChannelRequest): Promise<Stored> {
  const verified = await adapter.verify(req)
  if (!verified.ok) throw new UnauthorizedError(`Webhook verification failed: ${verified.reason}.`)
  const handshake = await adapter.handshake?.(req)
  if (handshake) return { kind: 'response', response: handshake }
  // An adapter that throws on some unforeseen payload shape is still looking at bad input: 400, not 500.
  const parsed = await adapter.parse(req).catch(
    (e): ParseResult => ({
      kind: 'invalid',
      reason: `unreadable payload (${e instanceof Error ? e.message : String(e)})`,
    }),
  )
  if (parsed.kind === 'invalid') throw new ValidationError(`Malformed ${adapter.name} payload: ${parsed.reason}.`)
  if (parsed.kind === 'ignored') return { kind: 'response', response: await adapter.acknowledge(req, parsed) }
  const fresh: string[] = []
  const claimed: InboundRow[] = []
  // Claim at insert while this process has room for the turns (see storeClaimed); a passive-reply
  // platform's message is claimed by the passive path itself.
  let room = passive(adapter) ? 0 : runtimeOf(s).inbound.free
  for (const m of parsed.messages) {
    if (room > 0) {
      room--
      const r = await storeClaimed(s.db, normalize(m), new Date(nowOf(s).getTime() + INBOUND_LEASE_MS))
      if (r.kind === 'new') fresh.push(r.id)
      if (r.kind === 'new' && r.claimed) claimed.push(r.claimed)
      continue
    }
    const r = await recordInbound(s.db, normalize(m), 'pending')
    if (r.kind === 'new') fresh.push(r.id)
  }
  return { kind: 'stored', req, parsed, fresh, claimed }
}

/** Stored messages always carry the gateway's receive time; it orders a citizen's queue. */
function normalize(m: InboundMessage): InboundMessage {
  return Number.isNaN(m.receivedAt.getTime()) ? { ...m, receivedAt: new Date() } : m
}

/**
 * Runs the turn while the platform waits, up to the adapter's budget. Replies ready in time are
 * marked sent and returned in the response; otherwise the held replies are released to the outbox.
 */
async function answerPassively(
  s: Services,
  adapter: ChannelAdapter,
  req: ChannelRequest,
  parsed: ParseResult,
  id: string,
): Promise<Response> {
  const { budgetMs, maxChars } = adapter.passiveReply ?? { budgetMs: 0, maxChars: 0 }
  const holdUntil = new Date(nowOf(s).getTime() + budgetMs + HOLD_EXTRA_MS)
  const started = performance.now()
  const work = claimAndProcess(s, { ids: [id] }, { holdUntil })
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), budgetMs)
  })
  const first = await Promise.race([work, timeout])
  clearTimeout(timer)
  // Embedded PGlite runs a turn without yielding to timers, so the race alone cannot enforce the budget.
  const inTime = performance.now() - started <= budgetMs
  if (inTime && first !== 'timeout' && first?.outcome.kind === 'done') {
    const { outboxIds, replies } = first.outcome
    const text = replies.map((r) => r.text).join('\n\n')
    if (text && Array.from(text).length <= maxChars && (await claimPassive(s, outboxIds))) {
      s.defer(afterProcessed(s, first.row, { kind: 'done', outboxIds: [], replies: [] }))
      return adapter.acknowledge(req, parsed, { text })
    }
  }
  s.defer(
    work.then(async (done) => {
      if (!done) return runPipeline(s, id)
      if (done.outcome.kind === 'done') await release(s, done.outcome.outboxIds)
      await afterProcessed(s, done.row, done.outcome)
    }),
  )
  return adapter.acknowledge(req, parsed)
}

/** Marks all of a turn's held replies as sent passively; false (and nothing changed) if any is gone. */
async function claimPassive(s: Services, outboxIds: string[]): Promise<boolean> {
  if (outboxIds.length === 0) return false
  const now = nowOf(s)
  return s.db
    .transaction(async (tx) => {
      const rows = await tx
        .update(outbox)
        .set({ status: 'sent', sentAt: now, payload: sql`${outbox.payload} || '{"passive":true}'::jsonb` })
        .where(sql`${inArray(outbox.id, outboxIds)} and ${outbox.status} = 'pending'`)
        .returning({ messageId: outbox.messageId })
      if (rows.length !== outboxIds.length) {
        tx.rollback()
        return false
      }
      const ids = rows.map((r) => r.messageId).filter((m): m is string => !!m)
      if (ids.length)
        await tx.update(messages).set({ status: 'sent', processedAt: now }).where(inArray(messages.id, ids))
      return true
    })
    .catch(() => false)
}

async function release(s: Services, outboxIds: string[]): Promise<void> {
  if (outboxIds.length === 0) return
  await s.db
    .update(outbox)
    .set({ nextAttemptAt: nowOf(s) })
    .where(sql`${inArray(outbox.id, outboxIds)} and ${outbox.status} = 'pending'`)
  await deliverDue(s, { ids: outboxIds })
}
