/**
 * The hotline center's dispatch desk: assign a ticket from the manual queue, or re-dispatch one that
 * went to the wrong unit (wrong boundaries are common). The time limit restarts for the new unit;
 * who received the ticket first stays in `first_department_id` (首接负责), and every move is a
 * `dispatched` event carrying the rule, the reason and where it came from, which the response rate counts.
 */
import { and, eq } from 'drizzle-orm'
import type { Db, DbOrTx } from '../storage/db.js'
import { tickets } from '../storage/schema.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import { addLimit, limitFor } from '../tickets/timeLimits.js'
import type { Intent, Urgency } from '../understanding/types.js'
import { getDepartment } from './departmentQueries.js'
import type { LifecycleContext } from './lifecycleSettings.js'
import { type ActionResult, addEvents, lockTicket, updateTicket } from './ticketTx.js'
import { transition } from './ticketStatus.js'

export interface DispatchCommand {
  kind: 'dispatch' | 'redispatch'
  departmentId: string
  /** Required for a re-dispatch: why the first unit was wrong. */
  reason?: string
  actor: string
}

export async function centerDispatch(
  db: Db,
  ctx: LifecycleContext,
  idOrNumber: string,
  cmd: DispatchCommand,
  now = new Date(),
): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const t = await lockTicket(tx, idOrNumber)
    if (!t) return { kind: 'not_found' }
    const step = transition(cmd.kind, t.status)
    if (!step.ok) return { kind: 'conflict', reason: step.reason }
    const target = await getDepartment(tx, cmd.departmentId)
    if (!target || target.kind === 'center')
      return { kind: 'invalid', reason: `No department ${cmd.departmentId} to dispatch to.` }
    if (cmd.kind === 'redispatch' && target.id === t.departmentId)
      return { kind: 'conflict', reason: 'The ticket is already with that department.' }
    const first = await firstDepartment(tx, ctx, t, target.id)
    const dueAt = addLimit(
      now,
      limitFor(t.intent as Intent, t.urgency as Urgency, ctx.settings.timeLimits),
      ctx.timeZone,
    )
    const row = await updateTicket(
      tx,
      t.id,
      {
        status: step.to,
        departmentId: target.id,
        firstDepartmentId: first,
        dispatchedAt: now,
        acceptedAt: null,
        dueAt,
        remindedAt: null,
        escalationLevel: 0,
      },
      now,
    )
    await tx
      .update(tickets)
      .set({ departmentId: target.id, dueAt, updatedAt: now })
      .where(and(eq(tickets.duplicateOf, t.id), eq(tickets.status, 'linked')))
    await addEvents(
      tx,
      [
        {
          ticketId: t.id,
          type: 'dispatched',
          actor: cmd.actor,
          departmentId: target.id,
          data: {
            rule: `center:${cmd.kind === 'dispatch' ? 'manual' : 'redispatch'}`,
            reason: cmd.reason ?? null,
            from: t.departmentId,
            department: target.name,
          },
        },
      ],
      now,
    )
    return { kind: 'ok', ticket: row }
  })
}

/** 首接负责: the first unit that received it. A ticket that started in the manual queue gets its first real unit. */
async function firstDepartment(tx: DbOrTx, ctx: LifecycleContext, t: TicketRow, target: string): Promise<string> {
  if (!t.firstDepartmentId) return target
  const kind = ctx.lookupDepartment(t.firstDepartmentId)?.kind ?? (await getDepartment(tx, t.firstDepartmentId))?.kind
  return kind === 'center' ? target : t.firstDepartmentId
}
