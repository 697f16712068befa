/**
 * Records a complete callback answer. Unresolved or unsatisfied reopens the ticket for a second
 * round (二次办理) with the same department, while rounds remain; the `reopened` event and the
 * `reopened` status make it visible to the center. The rates read the `callback_answered` events.
 */
import type { DbOrTx } from '../../storage/db.js'
import type { TicketRow } from '../../tickets/fileTicket.js'
import { addLimit, limitFor } from '../../tickets/timeLimits.js'
import type { Intent, Urgency } from '../../understanding/types.js'
import type { LifecycleContext } from '../lifecycleSettings.js'
import { addEvents, updateTicket } from '../ticketTx.js'
import type { Satisfaction } from './parseCallbackAnswer.js'

export type CallbackOutcome =
  | { kind: 'recorded'; ticket: TicketRow }
  | { kind: 'reopened'; ticket: TicketRow }
  /** Still unhappy after the last round: recorded and left for the center's supervision. */
  | { kind: 'final'; ticket: TicketRow }

export async function recordCallbackAnswer(
  tx: DbOrTx,
  ctx: LifecycleContext,
  t: TicketRow,
  answer: { resolved: boolean; satisfaction: Satisfaction; text?: string },
  actor: string,
  now: Date,
): Promise<CallbackOutcome> {
  const base = { ticketId: t.id, actor, departmentId: t.departmentId }
  await addEvents(
    tx,
    [
      {
        ...base,
        type: 'callback_answered',
        data: {
          round: t.round,
          resolved: answer.resolved,
          satisfaction: answer.satisfaction,
          text: answer.text ?? null,
        },
      },
    ],
    now,
  )
  const patch = { resolved: answer.resolved, satisfaction: answer.satisfaction, callbackStatus: 'answered' }
  const unhappy = !answer.resolved || answer.satisfaction === 'unsatisfied'
  if (!unhappy) return { kind: 'recorded', ticket: await updateTicket(tx, t.id, patch, now) }
  if (t.round >= ctx.settings.maxRounds) {
    await addEvents(
      tx,
      [{ ...base, actor: 'system', type: 'needs_supervision', data: { round: t.round, reason: reasonOf(answer) } }],
      now,
    )
    return { kind: 'final', ticket: await updateTicket(tx, t.id, patch, now) }
  }
  const round = t.round + 1
  const dueAt = addLimit(now, limitFor(t.intent as Intent, t.urgency as Urgency, ctx.settings.timeLimits), ctx.timeZone)
  const row = await updateTicket(
    tx,
    t.id,
    {
      ...patch,
      status: 'reopened',
      round,
      dueAt,
      acceptedAt: null,
      closedAt: null,
      remindedAt: null,
      escalationLevel: 0,
    },
    now,
  )
  await addEvents(
    tx,
    [
      {
        ...base,
        actor: 'system',
        type: 'reopened',
        data: { round, reason: reasonOf(answer), dueAt: dueAt.toISOString() },
      },
    ],
    now,
  )
  return { kind: 'reopened', ticket: row }
}

function reasonOf(a: { resolved: boolean; satisfaction: Satisfaction }): string {
  return !a.resolved ? 'unresolved' : 'unsatisfied'
}
