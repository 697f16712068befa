/**
 * The one conversation handler. Every channel's normalized inbound message comes here; replies go
 * back as plain text for the channel to deliver. State lives in the `conversations` row.
 *
 * A turn: emergency first (tell them whom to call, then file an urgent ticket); then whatever the
 * conversation was waiting for (a place, a yes to "file a ticket?"); then the new request:
 * consultations are answered from published knowledge with a citation or honestly declined;
 * complaints, help requests, reports and suggestions are filed once the place is known.
 */
import { eq } from 'drizzle-orm'
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import type { KnowledgeAnswerer } from '../knowledge/KnowledgeAnswerer.js'
import type { KnowledgeService } from '../knowledge/KnowledgeService.js'
import { handleCallbackTurn } from '../lifecycle/callback/handleCallbackTurn.js'
import { DEFAULT_LIFECYCLE, type LifecycleSettings } from '../lifecycle/lifecycleSettings.js'
import type { Logger } from '../logger.js'
import type { Db, Tx } from '../storage/db.js'
import { conversations, messages } from '../storage/schema.js'
import type { TicketRow, TicketSettings } from '../tickets/fileTicket.js'
import { type DepartmentLookup, ticketPlace } from '../tickets/ticketView.js'
import type { Analyzer } from '../understanding/Analyzer.js'
import type { Analysis, DepartmentRef, Intent, LocationResult } from '../understanding/types.js'
import { closeTurn, openConversation, setContactPhone } from './conversationStore.js'
import { markInbound, recordInbound, recordOutbound, repliesTo } from './messageLog.js'
import { findPhone } from './phone.js'
import { prepareTurn, turnText } from './prepareTurn.js'
import { emptyMessage } from './emptyMessage.js'
import { answerQuestion, escalateAnswered } from './answerQuestion.js'
import * as say from './replies.js'
import { addToOpenTicket } from './addToOpenTicket.js'
import {
  CHOOSE_CATEGORY,
  CONFIRM_PLACE,
  type Confirming,
  continueConfirm,
  continueDraft,
  file,
  fileOrConfirm,
} from './fileOrConfirm.js'
import { type Draft, hasPlace, pointOf, save, type Turn } from './turn.js'
import { isBarePlace } from './barePlace.js'
import { placeName } from './confirmDraft.js'
import { isAcknowledgement, isAffirmative, isGreeting, isNegative, isThanks } from './cues.js'
import { answerProgress, asksProgress } from './progressQuery.js'
import { followUpOf, handleFollowUp } from './followUp.js'

/** A place or a pin came without a problem: the next message says what happened there. */
const AWAITING_MATTER = 'awaiting_matter'

export interface HandlerDeps {
  db: Db
  analyzer: Analyzer
  knowledge: KnowledgeService
  /** Composes knowledge replies (grounded by the LLM when one is configured); entry text when absent. */
  answerer?: KnowledgeAnswerer
  tickets: TicketSettings
  lookupDepartment: DepartmentLookup
  city: string
  log: Logger
  now?: () => Date
  /** After-filing settings: the satisfaction callback reads its rounds and time limits here. */
  lifecycle?: LifecycleSettings
}

export interface TicketSummary {
  id: string
  number: string
  status: string
  category: { level1: string | null; level2: string | null; level3: string | null }
  location: {
    province: string | null
    city: string | null
    district: string | null
    street: string | null
    community: string | null
    address: string | null
  }
  department: DepartmentRef | null
}

export interface HandleResult {
  conversationId: string
  contactId: string
  /** `citations`: ids of the knowledge entries a reply is based on. */
  replies: { text: string; citations?: string[] }[]
  ticket?: TicketSummary
  /** True when this inbound message had been handled before: the earlier replies are returned. */
  duplicate: boolean
  inboundId: string
}

export interface HandleOptions {
  /** Set when the inbound row was already stored by a webhook; otherwise it is recorded here. */
  inboundId?: string
  /** `inline`: replies go back in the HTTP response; `queued`: the caller puts them in the outbox. */
  delivery?: 'inline' | 'queued'
  /**
   * Runs inside the turn's transaction once the replies are recorded: the channel gateway queues
   * them in the outbox here, so replies and their deliveries commit (or roll back) together. It may
   * also mark the inbound message done itself (with its claim check), saving the handler's update.
   */
  afterTurn?: (tx: Tx, turn: AfterTurn) => Promise<void | { inboundMarked: boolean }>
}

export interface AfterTurn {
  conversationId: string
  /** The recorded outbound message rows, in reply order. */
  outboundIds: string[]
  replies: { text: string }[]
  ticketId: string | null
}

export async function handleMessage(
  deps: HandlerDeps,
  msg: InboundMessage,
  opts: HandleOptions = {},
): Promise<HandleResult> {
  const now = deps.now?.() ?? new Date()
  // Refresh the knowledge index before the transaction: inside it, only `tx` may touch the database
  // (PGlite has one connection; another handle would wait for the transaction to end).
  await deps.knowledge.refreshIfChanged()
  const prepared = await prepareTurn(deps, msg)
  return deps.db.transaction(async (tx) => {
    let inboundId = opts.inboundId
    if (!inboundId) {
      const rec = await recordInbound(tx, msg, 'processing')
      if (rec.kind === 'duplicate') return replay(tx, rec.id)
      inboundId = rec.id
    }
    const { contact, conversation } = await openConversation(tx, msg, now)
    const text = turnText(msg)
    const phoneFound = findPhone(text)
    const turn: Turn = {
      tx,
      msg,
      text,
      now,
      contact,
      conversation,
      replies: [],
      phone: phoneFound.kind === 'valid' ? phoneFound.phone : (msg.profile?.phone ?? contact.phone ?? null),
      enterprise: msg.channel === 'enterprise',
      patch: null,
      prepared,
    }
    if (phoneFound.kind === 'valid' && phoneFound.phone !== contact.phone)
      await setContactPhone(tx, contact.id, phoneFound.phone)
    await runTurn(deps, turn)
    if (phoneFound.kind === 'invalid') turn.replies.push({ text: say.INVALID_PHONE })
    await closeTurn(tx, conversation.id, turn.patch, msg.receivedAt, now)
    const inbound = {
      id: inboundId,
      channel: msg.channel,
      account: msg.account,
      externalUserId: msg.externalUserId,
      conversationId: conversation.id,
    }
    const outboundIds = await recordOutbound(tx, inbound, turn.replies, opts.delivery ?? 'inline')
    const after = await opts.afterTurn?.(tx, {
      conversationId: conversation.id,
      outboundIds,
      replies: turn.replies,
      ticketId: turn.ticket?.id ?? null,
    })
    if (!after?.inboundMarked) await markInbound(tx, inboundId, 'done', conversation.id)
    return {
      conversationId: conversation.id,
      contactId: contact.id,
      replies: turn.replies,
      ticket: turn.ticket ? summarize(turn.ticket, deps.lookupDepartment) : undefined,
      duplicate: false,
      inboundId,
    }
  })
}

async function replay(tx: Tx, inboundId: string): Promise<HandleResult> {
  const [row] = await tx
    .select({ conversationId: messages.conversationId })
    .from(messages)
    .where(eq(messages.id, inboundId))
  const [conv] = row?.conversationId
    ? await tx.select().from(conversations).where(eq(conversations.id, row.conversationId))
    : []
  return {
    conversationId: row?.conversationId ?? '',
    contactId: conv?.contactId ?? '',
    replies: await repliesTo(tx, inboundId),
    duplicate: true,
    inboundId,
  }
}

async function runTurn(deps: HandlerDeps, t: Turn): Promise<void> {
  if (t.msg.kind === 'command' && (t.msg.command === 'start' || t.msg.command === 'help')) {
    t.replies.push({ text: say.GREETING })
    return
  }
  if (!t.text && !t.msg.location) {
    t.replies.push({ text: say.GREETING })
    return
  }
  // A satisfaction callback (回访) answer; anything else falls through with the earlier state restored.
  const settings = deps.lifecycle ?? DEFAULT_LIFECYCLE
  const lifecycle = { settings, timeZone: deps.tickets.timeZone, lookupDepartment: deps.lookupDepartment }
  if (await handleCallbackTurn(lifecycle, t)) return
  // "你好" alone: greet and keep whatever the conversation was waiting for.
  if (isGreeting(t.text)) {
    t.replies.push({ text: isThanks(t.text) ? say.THANKS : say.GREETING })
    return
  }
  const state = t.conversation.state
  const data = t.conversation.data as {
    draft?: Draft
    pendingQuestion?: string
    pendingAnalysis?: Analysis
    place?: LocationResult
    placeText?: string
    point?: { lat: number; lng: number } | null
    intent?: Intent
  }
  let analysis = t.text
    ? (t.prepared.analysis ?? (await deps.analyzer.analyze(t.text, { city: deps.city, enterprise: t.enterprise })))
    : null

  if (analysis?.urgency === 'emergency') {
    t.replies.push({ text: say.emergencyAdvice(analysis.emergencyHotline) })
    await file(deps, t, { text: t.text, analysis, asked: 0, point: pointOf(t.msg) }, analysis.location)
    return
  }
  // "我的工单办得怎么样了": the status of their own tickets; whatever was pending stays pending.
  const progress = asksProgress(t.text, analysis)
  if (progress) {
    await answerProgress(t, progress, deps.lookupDepartment, deps.tickets.timeZone)
    return
  }
  if (state === 'awaiting_location' && data.draft) {
    if (await continueDraft(deps, t, data.draft, analysis)) return
  }
  if ((state === CONFIRM_PLACE || state === CHOOSE_CATEGORY) && data.draft && data.place) {
    if (await continueConfirm(deps, t, state, data as Confirming, analysis)) return
  }
  if (state === 'offer_ticket' && data.pendingQuestion) {
    if (isAffirmative(t.text) && analysis) {
      const q = data.pendingQuestion
      // Kept from when the question was asked, so no analysis (and no model call) runs inside this
      // transaction; conversations saved before it was kept are analysed again.
      const qa = data.pendingAnalysis ?? (await deps.analyzer.analyze(q, { city: deps.city, enterprise: t.enterprise }))
      await file(deps, t, { text: q, analysis: { ...qa, intent: 'consultation' }, asked: 0 }, qa.location)
      return
    }
    if (isNegative(t.text)) {
      t.replies.push({ text: say.NO_ANSWER_DECLINED })
      save(t, { state: 'idle', data: {} })
      return
    }
  }
  if (await escalateAnswered(deps, t)) return
  if (!analysis || t.msg.kind === 'location') {
    // A location pin with nothing pending (its label, if any, only says where): ask what happened there, and
    // keep the pin and the place.
    const place = analysis && hasPlace(analysis.location) ? analysis.location : null
    t.replies.push({ text: say.askMatter(place ? placeName(place) : null) })
    save(t, {
      state: AWAITING_MATTER,
      data: place ? { place, placeText: t.text, point: pointOf(t.msg) } : { point: pointOf(t.msg) },
    })
    return
  }
  // About a request already made: withdrawn, hurried, or a phone number for the unit.
  const follow = followUpOf(t.text, t.phone && t.text.includes(t.phone) ? t.phone : null)
  if (follow && (await handleFollowUp(t, follow, deps.lookupDepartment, deps.tickets.timeZone))) return
  // "好的" or "嗯" with nothing pending (just after a ticket was filed, say) is not a new request.
  if (isAcknowledgement(t.text)) {
    t.replies.push({ text: say.ACKNOWLEDGED })
    return
  }
  const empty = emptyMessage(t.text)
  if (empty) {
    if (empty.kind === 'intent_only') {
      t.replies.push({ text: say.askWhat(empty.intent) })
      save(t, { state: AWAITING_MATTER, data: { ...(state === AWAITING_MATTER ? data : {}), intent: empty.intent } })
    } else t.replies.push({ text: empty.kind === 'foreign' ? say.FOREIGN : say.GREETING })
    return
  }
  if (analysis.intent === 'consultation') return answerQuestion(deps, t, analysis)
  if (await addToOpenTicket(t, analysis)) return
  if (isBarePlace(t.text, analysis)) {
    t.replies.push({ text: say.askMatter(placeName(analysis.location)) })
    save(t, { state: AWAITING_MATTER, data: { place: analysis.location, placeText: t.text, point: pointOf(t.msg) } })
    return
  }
  // The place (or pin) the citizen sent just before, when this message names none of its own.
  const earlier = state === AWAITING_MATTER ? data : null
  // "我要举报" came first: the declared kind holds unless this message's own cues say otherwise.
  const declared = earlier?.intent && analysis.intentReasons.every((r) => r === 'prior') ? earlier.intent : null
  if (declared) analysis = { ...analysis, intent: declared }
  let draft: Draft = { text: t.text, analysis, asked: 0, point: pointOf(t.msg) ?? earlier?.point ?? null }
  let location = analysis.location
  if (earlier?.place && !hasPlace(location)) {
    location = earlier.place
    draft = {
      ...draft,
      text: `${t.text}\n地点：${earlier.placeText ?? placeName(location)}`,
      analysis: { ...analysis, location },
    }
  }
  if (analysis.intent === 'praise' || hasPlace(location) || draft.point) {
    await fileOrConfirm(deps, t, draft, location)
    return
  }
  t.replies.push({ text: say.ASK_LOCATION })
  save(t, { state: 'awaiting_location', data: { draft: { ...draft, asked: 1 } } })
}

function summarize(t: TicketRow, lookup: DepartmentLookup): TicketSummary {
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    category: { level1: t.category1, level2: t.category2, level3: t.category3 },
    location: ticketPlace(t),
    department: lookup(t.departmentId),
  }
}
