/**
 * The callbacks a conversation is waiting for, kept in `conversations.data`. While any is pending the
 * state is `awaiting_callback`; the state the conversation was in before (say, waiting for a place)
 * is kept in `resumeState` and restored when the queue empties. These updates never touch
 * `lastInboundAt`: a system message must not reopen the channel's reply window.
 */
import { eq } from 'drizzle-orm'
import type { DbOrTx } from '../../storage/db.js'
import { conversations } from '../../storage/schema.js'
import type { CallbackAnswer } from './parseCallbackAnswer.js'

export const AWAITING_CALLBACK = 'awaiting_callback'

export interface CallbackData {
  callbacks?: string[]
  callbackPartial?: { ticketId: string } & Partial<CallbackAnswer>
  resumeState?: string
  [key: string]: unknown
}

export interface ConversationState {
  state: string
  data: CallbackData
}

/** Adds a ticket to the queue; pure, so the handler can apply it to its in-memory row too. */
export function withCallback(conv: ConversationState, ticketId: string): ConversationState {
  const queue = (conv.data.callbacks ?? []).filter((id) => id !== ticketId)
  const waiting = conv.state === AWAITING_CALLBACK
  return {
    state: AWAITING_CALLBACK,
    data: { ...conv.data, callbacks: [...queue, ticketId], resumeState: waiting ? conv.data.resumeState : conv.state },
  }
}

/** Removes a ticket; when nothing is left the earlier state comes back. */
export function withoutCallback(conv: ConversationState, ticketId: string): ConversationState {
  const queue = (conv.data.callbacks ?? []).filter((id) => id !== ticketId)
  const { callbackPartial, resumeState, callbacks: _old, ...rest } = conv.data
  const partial = callbackPartial?.ticketId === ticketId ? undefined : callbackPartial
  if (queue.length > 0)
    return { state: AWAITING_CALLBACK, data: { ...rest, callbacks: queue, callbackPartial: partial, resumeState } }
  if (conv.state !== AWAITING_CALLBACK) return { state: conv.state, data: rest }
  return { state: resumeState ?? 'idle', data: rest }
}

export async function lockConversation(tx: DbOrTx, id: string): Promise<ConversationState | null> {
  const [row] = await tx
    .select({ state: conversations.state, data: conversations.data })
    .from(conversations)
    .where(eq(conversations.id, id))
    .for('update')
  return row ? { state: row.state, data: row.data as CallbackData } : null
}

export async function storeConversationState(
  tx: DbOrTx,
  id: string,
  conv: ConversationState,
  now: Date,
): Promise<void> {
  await tx
    .update(conversations)
    .set({ state: conv.state, data: conv.data, updatedAt: now })
    .where(eq(conversations.id, id))
}

/**
 * A turn that handled something else (a new complaint, a question) while callbacks were pending
 * writes its own state: the queue is carried over and that state becomes the one to resume, so the
 * citizen's next message is still read as an answer first and the callback is not lost.
 */
export function keepCallbackQueue(current: ConversationState, next: ConversationState): ConversationState {
  const queue = current.data.callbacks ?? []
  if (queue.length === 0 || next.state === AWAITING_CALLBACK) return next
  const { callbackPartial } = current.data
  return {
    state: AWAITING_CALLBACK,
    data: { ...next.data, callbacks: queue, ...(callbackPartial ? { callbackPartial } : {}), resumeState: next.state },
  }
}
