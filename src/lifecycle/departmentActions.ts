/**
 * What a department does with its tickets: accept (签收), report progress, return (退单) to the center
 * with a reason, ask for more time (延期), close (办结) with the reply to the citizen. Each step is
 * checked against the state machine, locked, and recorded as an event with actor and time.
 * A department only ever sees its own tickets: anyone else's is `not_found`, not `forbidden`.
 */
import { byIdOrNumber } from '../tickets/ticketNumber.js'
import { and, eq, sql } from 'drizzle-orm'
import type { Db, DbOrTx } from '../storage/db.js'
import { ticketEvents, tickets } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import { addLimit } from '../tickets/timeLimits.js'
import { centerDepartmentId } from './departmentQueries.js'
import { deliverFeedback } from './feedback.js'
import { lockConversation } from './callback/callbackQueue.js'
import type { LifecycleContext } from './lifecycleSettings.js'
import { type ActionResult, addEvents, lockTicket, updateTicket } from './ticketTx.js'
import { type TicketAction, transition } from './ticketStatus.js'

export interface DepartmentCaller {
  departmentId: string
  /** e.g. `department:bj-street-110105010:token:…` */
  actor: string
}

export type DepartmentCommand =
  | { type: 'accept'; note?: string }
  | { type: 'progress'; note: string }
  | { type: 'return'; reason: string }
  | { type: 'extend'; reason: string; workingDays: number }
  | { type: 'close'; reply: string }

export async function departmentAction(
  db: Db,
  ctx: LifecycleContext,
  caller: DepartmentCaller,
  idOrNumber: string,
  cmd: DepartmentCommand,
  now = new Date(),
): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    // Conversation before ticket: the conversation handler locks in that order too, so no deadlock.
    const peek = await peekTicket(tx, idOrNumber)
    if (!peek || peek.departmentId !== caller.departmentId) return { kind: 'not_found' }
    if (cmd.type === 'close' && peek.conversationId) await lockConversation(tx, peek.conversationId)
    const t = await lockTicket(tx, peek.id)
    if (!t || t.departmentId !== caller.departmentId) return { kind: 'not_found' }
    const step = transition(cmd.type as TicketAction, t.status)
    if (!step.ok) return { kind: 'conflict', reason: step.reason }
    const ev = { ticketId: t.id, actor: caller.actor, departmentId: caller.departmentId }
    switch (cmd.type) {
      case 'accept': {
        const row = await updateTicket(tx, t.id, { status: step.to, acceptedAt: now }, now)
        await addEvents(tx, [{ ...ev, type: 'accepted', data: { round: t.round, note: cmd.note ?? null } }], now)
        return { kind: 'ok', ticket: row }
      }
      case 'progress': {
        const row = await updateTicket(tx, t.id, { status: step.to }, now)
        await addEvents(tx, [{ ...ev, type: 'progress', data: { note: cmd.note } }], now)
        return { kind: 'ok', ticket: row }
      }
      case 'return':
        return returnToCenter(tx, t, caller, cmd.reason, now)
      case 'extend':
        return extend(tx, ctx, t, caller, cmd, now)
      case 'close':
        return close(tx, ctx, t, caller, cmd.reply, now)
    }
  })
}

async function peekTicket(tx: DbOrTx, idOrNumber: string) {
  const [row] = await tx
    .select({ id: tickets.id, departmentId: tickets.departmentId, conversationId: tickets.conversationId })
    .from(tickets)
    .where(byIdOrNumber(idOrNumber))
    .limit(1)
  return row ?? null
}

/** 退单: back to the center's manual queue, with the reason; the department no longer sees it. */
async function returnToCenter(
  tx: DbOrTx,
  t: TicketRow,
  caller: DepartmentCaller,
  reason: string,
  now: Date,
): Promise<ActionResult> {
  const center = await centerDepartmentId(tx)
  const row = await updateTicket(
    tx,
    t.id,
    { status: 'manual', departmentId: center, acceptedAt: null, escalationLevel: 0, remindedAt: null },
    now,
  )
  await tx
    .update(tickets)
    .set({ departmentId: center, updatedAt: now })
    .where(and(eq(tickets.duplicateOf, t.id), eq(tickets.status, 'linked')))
  await addEvents(
    tx,
    [
      {
        ticketId: t.id,
        actor: caller.actor,
        departmentId: caller.departmentId,
        type: 'returned',
        data: { reason, to: center, round: t.round },
      },
    ],
    now,
  )
  return { kind: 'ok', ticket: row }
}

/** 延期: once per round, before the deadline, at most the configured number of working days. */
async function extend(
  tx: DbOrTx,
  ctx: LifecycleContext,
  t: TicketRow,
  caller: DepartmentCaller,
  cmd: { reason: string; workingDays: number },
  now: Date,
): Promise<ActionResult> {
  if (cmd.workingDays < 1 || cmd.workingDays > ctx.settings.maxExtensionWorkingDays) {
    return { kind: 'invalid', reason: `workingDays must be between 1 and ${ctx.settings.maxExtensionWorkingDays}.` }
  }
  if (t.dueAt && t.dueAt.getTime() <= now.getTime())
    return { kind: 'conflict', reason: 'The deadline has passed; an extension must be asked for before it.' }
  const [prior] = await tx
    .select({ id: ticketEvents.id })
    .from(ticketEvents)
    .where(
      and(
        eq(ticketEvents.ticketId, t.id),
        eq(ticketEvents.type, 'extended'),
        sql`(${ticketEvents.data}->>'round')::int = ${t.round}`,
      ),
    )
    .limit(1)
  if (prior) return { kind: 'conflict', reason: 'This round has already been extended once.' }
  const dueAt = addLimit(t.dueAt ?? now, { workingDays: cmd.workingDays }, ctx.timeZone)
  const row = await updateTicket(tx, t.id, { dueAt, remindedAt: null }, now)
  await tx
    .update(tickets)
    .set({ dueAt, updatedAt: now })
    .where(and(eq(tickets.duplicateOf, t.id), eq(tickets.status, 'linked')))
  await addEvents(
    tx,
    [
      {
        ticketId: t.id,
        actor: caller.actor,
        departmentId: caller.departmentId,
        type: 'extended',
        data: {
          reason: cmd.reason,
          workingDays: cmd.workingDays,
          previousDueAt: t.dueAt?.toISOString() ?? null,
          dueAt: dueAt.toISOString(),
          round: t.round,
        },
      },
    ],
    now,
  )
  return { kind: 'ok', ticket: row }
}

/** 办结: record the reply, send it to the citizen (and to every linked follower), ask the callback. */
async function close(
  tx: DbOrTx,
  ctx: LifecycleContext,
  t: TicketRow,
  caller: DepartmentCaller,
  reply: string,
  now: Date,
): Promise<ActionResult> {
  const deptName = ctx.lookupDepartment(t.departmentId)?.name ?? '承办单位'
  const row = await closeOne(tx, t, deptName, reply, { actor: caller.actor, departmentId: caller.departmentId }, now)
  const followers = await tx
    .select({ id: tickets.id, conversationId: tickets.conversationId })
    .from(tickets)
    .where(and(eq(tickets.duplicateOf, t.id), eq(tickets.status, 'linked')))
  for (const f of followers) {
    if (f.conversationId) await lockConversation(tx, f.conversationId)
    const child = await lockTicket(tx, f.id)
    if (child?.status !== 'linked') continue
    await closeOne(
      tx,
      { ...child, departmentId: t.departmentId },
      deptName,
      reply,
      { actor: 'system', departmentId: caller.departmentId, viaParent: t.number },
      now,
    )
  }
  return { kind: 'ok', ticket: row }
}

async function closeOne(
  tx: DbOrTx,
  t: TicketRow,
  deptName: string,
  reply: string,
  by: { actor: string; departmentId: string; viaParent?: string },
  now: Date,
): Promise<TicketRow> {
  const fb = await deliverFeedback(tx, t, deptName, reply, now)
  const row = await updateTicket(
    tx,
    t.id,
    {
      status: 'closed',
      departmentId: by.departmentId,
      reply,
      closedAt: now,
      callbackStatus: fb.callbackStatus,
      resolved: null,
      satisfaction: null,
    },
    now,
  )
  await addEvents(
    tx,
    [
      {
        ticketId: t.id,
        actor: by.actor,
        departmentId: by.departmentId,
        type: 'closed',
        data: { reply, round: t.round, viaParent: by.viaParent ?? null },
      },
      ...fb.events,
    ],
    now,
  )
  return row
}
