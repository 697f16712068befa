/** One turn of a conversation as its parts see it, and the small helpers they share. */
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import { type CallbackData, keepCallbackQueue } from '../lifecycle/callback/callbackQueue.js'
import type { Tx } from '../storage/db.js'
import type { TicketRow } from '../tickets/fileTicket.js'
import type { Analysis, LocationResult } from '../understanding/types.js'
import type { ContactRow, ConversationPatch, ConversationRow } from './conversationStore.js'
import type { Prepared } from './prepareTurn.js'

export interface Draft {
  text: string
  analysis: Analysis
  asked: number
  point?: { lat: number; lng: number } | null
}

export interface Turn {
  tx: Tx
  msg: InboundMessage
  text: string
  now: Date
  contact: ContactRow
  conversation: ConversationRow
  replies: { text: string; citations?: string[] }[]
  ticket?: TicketRow
  phone: string | null
  enterprise: boolean
  /** The conversation's new state, written once at the end of the turn (see closeTurn). */
  patch: ConversationPatch | null
  /** Understanding and answer worked out before the transaction (see prepareTurn). */
  prepared: Prepared
}

export function save(t: Turn, patch: ConversationPatch): void {
  if (patch.state === undefined) {
    t.patch = patch
    return
  }
  const kept = keepCallbackQueue(
    { state: t.conversation.state, data: t.conversation.data as CallbackData },
    { state: patch.state, data: (patch.data ?? {}) as CallbackData },
  )
  t.patch = { ...patch, state: kept.state, data: kept.data }
}

export function hasPlace(l: LocationResult): boolean {
  return !!(l.district || l.street || l.community)
}

export function pointOf(msg: InboundMessage): { lat: number; lng: number } | null {
  return msg.location ? { lat: msg.location.lat, lng: msg.location.lng } : null
}

export function titleOf(text: string): string {
  const first = text.split(/[。！？!?\n]/)[0] ?? text
  return (first.length > 40 ? `${first.slice(0, 40)}…` : first) || '市民诉求'
}
