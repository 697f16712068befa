/**
 * The conversation handler's hook for callbacks: when the conversation is `awaiting_callback`, the
 * citizen's message is first read as an answer about the oldest pending ticket. A half answer
 * ("没解决") is kept and the missing half asked for; a message that answers nothing falls through
 * to the normal flow with the earlier conversation state restored, so a new complaint is never lost.
 */
import type { DbOrTx } from '../../storage/db.js'
import { describeLimit, limitFor } from '../../tickets/timeLimits.js'
import type { Intent, Urgency } from '../../understanding/types.js'
import { detectUrgency } from '../../understanding/urgency/detectUrgency.js'
import * as say from '../lifecycleReplies.js'
import type { LifecycleContext } from '../lifecycleSettings.js'
import { lockTicket } from '../ticketTx.js'
import { AWAITING_CALLBACK, type CallbackData, storeConversationState, withoutCallback } from './callbackQueue.js'
import { isComplete, merge, parseCallbackAnswer } from './parseCallbackAnswer.js'
import { recordCallbackAnswer } from './recordCallbackAnswer.js'

/** The parts of the handler's turn this hook reads and changes (structurally typed, no import cycle). */
export interface CallbackTurn {
  tx: DbOrTx
  text: string
  now: Date
  contact: { id: string }
  conversation: { id: string; state: string; data: Record<string, unknown> }
  replies: { text: string }[]
}

/** Returns true when the message was a callback answer and the turn is complete. */
export async function handleCallbackTurn(ctx: LifecycleContext, t: CallbackTurn): Promise<boolean> {
  if (t.conversation.state !== AWAITING_CALLBACK) return false
  let conv = { state: t.conversation.state, data: t.conversation.data as CallbackData }
  // Drop tickets that are no longer waiting (answered elsewhere, timed out, reopened by the center).
  let ticket = null
  for (const id of [...(conv.data.callbacks ?? [])]) {
    const row = await lockTicket(t.tx, id)
    if (row?.status === 'closed' && row.callbackStatus === 'pending') {
      ticket = row
      break
    }
    conv = withoutCallback(conv, id)
  }
  const parsed = parseCallbackAnswer(t.text)
  // An emergency is never swallowed as a callback answer ("没解决，现在着火了"): the normal flow handles it first.
  const emergency = detectUrgency(t.text).urgency === 'emergency'
  if (!ticket || emergency || (parsed.resolved === null && parsed.satisfaction === null)) {
    await fallThrough(t, conv)
    return false
  }
  const prev = conv.data.callbackPartial?.ticketId === ticket.id ? conv.data.callbackPartial : undefined
  const answer = merge(prev, parsed)
  if (!isComplete(answer)) {
    conv = { state: AWAITING_CALLBACK, data: { ...conv.data, callbackPartial: { ticketId: ticket.id, ...answer } } }
    t.replies.push({ text: answer.resolved === null ? say.ASK_RESOLVED : say.ASK_SATISFACTION })
    await save(t, conv)
    return true
  }
  const outcome = await recordCallbackAnswer(
    t.tx,
    ctx,
    ticket,
    { ...answer, text: t.text },
    `citizen:${t.contact.id}`,
    t.now,
  )
  const dept = ctx.lookupDepartment(outcome.ticket.departmentId)?.name ?? '承办单位'
  if (outcome.kind === 'reopened') {
    const limit = describeLimit(limitFor(ticket.intent as Intent, ticket.urgency as Urgency, ctx.settings.timeLimits))
    t.replies.push({ text: say.reopenedNotice(ticket.number, dept, limit) })
  } else if (outcome.kind === 'final') {
    t.replies.push({ text: say.callbackRecordedNoReopen(ticket.number) })
  } else {
    t.replies.push({ text: say.callbackThanks(ticket.number) })
  }
  conv = withoutCallback(conv, ticket.id)
  const next = conv.data.callbacks?.[0]
  if (next) {
    const nextRow = await lockTicket(t.tx, next)
    if (nextRow) t.replies.push({ text: say.callbackQuestion(nextRow.number) })
  }
  await save(t, conv)
  return true
}

/** Not an answer: restore the state the conversation had before the callback, keep the queue. */
async function fallThrough(t: CallbackTurn, conv: { state: string; data: CallbackData }): Promise<void> {
  const pending = conv.data.callbacks ?? []
  const restored = conv.state === AWAITING_CALLBACK ? (conv.data.resumeState ?? 'idle') : conv.state
  t.conversation.state = restored
  t.conversation.data = conv.data
  if (pending.length === 0)
    await storeConversationState(t.tx, t.conversation.id, { state: restored, data: conv.data }, t.now)
}

async function save(t: CallbackTurn, conv: { state: string; data: CallbackData }): Promise<void> {
  t.conversation.state = conv.state
  t.conversation.data = conv.data
  await storeConversationState(t.tx, t.conversation.id, conv, t.now)
}
