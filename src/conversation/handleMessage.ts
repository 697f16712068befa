/**
 * The one conversation handler. Every channel's normalized inbound message comes here; replies go
 * back as plain text for the channel to deliver. State lives in the `conversations` row.
 *
 * A turn: emergency first (tell them whom to call, then file an urgent ticket); then whatever the
 * conversation was waiting for (a place, a yes to "file a ticket?"); then the new request:
 * consultations are answered from published knowledge with a citation or honestly declined;
 * complaints, help requests, reports and suggestions are filed once the place is known.
 */
import { and, eq, inArray } from 'drizzle-orm'
import type { InboundMessage } from '../contract/ChannelAdapter.js'
import type { KnowledgeAnswerer } from '../knowledge/KnowledgeAnswerer.js'
import { TICKET_STATUSES } from '../lifecycle/ticketStatus.js'
import type { KnowledgeService } from '../knowledge/KnowledgeService.js'
import { type CallbackData, keepCallbackQueue } from '../lifecycle/callback/callbackQueue.js'
import { handleCallbackTurn } from '../lifecycle/callback/handleCallbackTurn.js'
import { duplicateLinkedReply } from '../lifecycle/duplicates/duplicateReply.js'
import { DEFAULT_LIFECYCLE, type LifecycleSettings } from '../lifecycle/lifecycleSettings.js'
import type { Logger } from '../logger.js'
import type { Db, Tx } from '../storage/db.js'
import { conversations, messages, ticketEvents, tickets } from '../storage/schema.js'
import { fileTicket, type TicketRow, type TicketSettings } from '../tickets/fileTicket.js'
import { describeLimit, limitFor } from '../tickets/timeLimits.js'
import type { DepartmentLookup } from '../tickets/ticketView.js'
import type { Analyzer } from '../understanding/Analyzer.js'
import type { Analysis, DepartmentRef, LocationResult } from '../understanding/types.js'
import {
  type ContactRow,
  type ConversationPatch,
  type ConversationRow,
  closeTurn,
  openConversation,
  setContactPhone,
} from './conversationStore.js'
import { markInbound, recordInbound, recordOutbound, repliesTo } from './messageLog.js'
import { findPhone } from './phone.js'
import { composeAnswer, type Prepared, prepareTurn, turnText } from './prepareTurn.js'
import * as say from './replies.js'
import {
  VERY_LOW_CATEGORY_CONFIDENCE,
  categoryChoices,
  placeIsUnsure,
  placeName,
  readChoice,
  withCategory,
} from './confirmDraft.js'
import { isAffirmative, isCancel, isGreeting, isNegative, isSkip, isSupplement } from './cues.js'

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

interface Draft {
  text: string
  analysis: Analysis
  asked: number
  point?: { lat: number; lng: number } | null
}

interface Turn {
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

function save(t: Turn, patch: ConversationPatch): void {
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

const OPEN_STATUSES = TICKET_STATUSES.filter((st) => st !== 'closed')
const SUPPLEMENT_WINDOW_MS = 7 * 86_400_000

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
    t.replies.push({ text: say.GREETING })
    return
  }
  const state = t.conversation.state
  const data = t.conversation.data as {
    draft?: Draft
    pendingQuestion?: string
    pendingAnalysis?: Analysis
    place?: LocationResult
  }
  const analysis = t.text
    ? (t.prepared.analysis ?? (await deps.analyzer.analyze(t.text, { city: deps.city, enterprise: t.enterprise })))
    : null

  if (analysis?.urgency === 'emergency') {
    t.replies.push({ text: say.emergencyAdvice(analysis.emergencyHotline) })
    await file(deps, t, { text: t.text, analysis, asked: 0, point: pointOf(t.msg) }, analysis.location)
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
  if (!analysis) {
    // A bare location pin with nothing pending: ask what happened there.
    t.replies.push({ text: say.GREETING })
    return
  }
  if (analysis.intent === 'consultation') return answerQuestion(deps, t, analysis)
  if (await addToOpenTicket(t, analysis)) return
  const draft: Draft = { text: t.text, analysis, asked: 0, point: pointOf(t.msg) }
  if (analysis.intent === 'praise' || hasPlace(analysis.location) || t.msg.location) {
    await fileOrConfirm(deps, t, draft, analysis.location)
    return
  }
  t.replies.push({ text: say.ASK_LOCATION })
  save(t, { state: 'awaiting_location', data: { draft: { ...draft, asked: 1 } } })
}

/** The citizen answers "where?": a pin, an address, "skip" or "cancel". Returns false if it was something else. */
async function continueDraft(deps: HandlerDeps, t: Turn, draft: Draft, analysis: Analysis | null): Promise<boolean> {
  if (isCancel(t.text)) {
    t.replies.push({ text: say.CANCELLED })
    save(t, { state: 'idle', data: {} })
    return true
  }
  const place = t.text ? deps.analyzer.locate(t.text, { city: deps.city }) : null
  const point = pointOf(t.msg) ?? draft.point ?? null
  if ((place && hasPlace(place)) || point || isSkip(t.text) || draft.asked >= 2) {
    const location = place && hasPlace(place) ? place : draft.analysis.location
    const description = place && hasPlace(place) ? `${draft.text}\n地点：${t.text}` : draft.text
    // A place the citizen has just given is theirs: only the category may still be asked.
    await fileOrConfirm(deps, t, { ...draft, text: description, point }, location, { place: true })
    return true
  }
  // A new, different request while we wait: let the normal flow take it.
  if (analysis && analysis.intent !== draft.analysis.intent && t.text.length > 15) return false
  t.replies.push({ text: say.ASK_LOCATION_AGAIN })
  save(t, { state: 'awaiting_location', data: { draft: { ...draft, asked: draft.asked + 1 } } })
  return true
}

const CONFIRM_PLACE = 'confirm_place'
const CHOOSE_CATEGORY = 'choose_category'
interface Confirming {
  draft: Draft
  place: LocationResult
  options?: string[]
  confirmAsked?: number
}

/** Files the request, unless the place or the category is unsure: then the citizen is asked first. */
async function fileOrConfirm(
  deps: HandlerDeps,
  t: Turn,
  draft: Draft,
  place: LocationResult,
  settled: { place?: boolean } = {},
): Promise<void> {
  if (!settled.place && placeIsUnsure(place, !!draft.point)) {
    t.replies.push({ text: say.confirmPlace(placeName(place)) })
    save(t, { state: CONFIRM_PLACE, data: { draft, place } satisfies Confirming })
    return
  }
  // Enterprise tickets all go to the enterprise service desk, which sorts them itself.
  const options = t.enterprise ? null : categoryChoices(draft.analysis)
  const veryUnsure = draft.analysis.category.confidence < VERY_LOW_CATEGORY_CONFIDENCE
  if (options && (veryUnsure || changesRouting(deps, t, draft, place, options))) {
    t.replies.push({ text: say.chooseCategory(options) })
    save(t, { state: CHOOSE_CATEGORY, data: { draft, place, options } satisfies Confirming })
    return
  }
  await file(deps, t, draft, place)
}

/** Asking which kind is worth it when the answer would send the ticket elsewhere, or the guess is poor. */
function changesRouting(deps: HandlerDeps, t: Turn, draft: Draft, place: LocationResult, options: string[]): boolean {
  const departmentFor = (level1: string) =>
    deps.analyzer.route({
      category: { ...draft.analysis.category, level1 },
      location: place,
      intent: draft.analysis.intent,
      text: draft.text,
      enterprise: t.enterprise,
    }).department.id
  const detected = departmentFor(options[0] as string)
  return options.slice(1).some((o) => departmentFor(o) !== detected)
}

/** The citizen answers "is it here?" or "which kind?". Returns false for a new, different request. */
async function continueConfirm(
  deps: HandlerDeps,
  t: Turn,
  state: string,
  c: Confirming,
  analysis: Analysis | null,
): Promise<boolean> {
  if (isCancel(t.text)) {
    t.replies.push({ text: say.CANCELLED })
    save(t, { state: 'idle', data: {} })
    return true
  }
  const asked = c.confirmAsked ?? 0
  const point = pointOf(t.msg) ?? c.draft.point ?? null
  if (state === CONFIRM_PLACE) {
    const place = t.text ? deps.analyzer.locate(t.text, { city: deps.city }) : null
    if (place && hasPlace(place)) {
      const draft = { ...c.draft, text: `${c.draft.text}\n地点：${t.text}`, point }
      await fileOrConfirm(deps, t, draft, place, { place: true })
      return true
    }
    if (isAffirmative(t.text) || isSkip(t.text) || point || asked >= 1) {
      await fileOrConfirm(deps, t, { ...c.draft, point }, c.place, { place: true })
      return true
    }
    if (isNegative(t.text)) {
      t.replies.push({ text: say.ASK_LOCATION })
      save(t, { state: 'awaiting_location', data: { draft: { ...c.draft, asked: 1 } } })
      return true
    }
  } else {
    const options = c.options ?? []
    const chosen = readChoice(t.text, options) ?? (isAffirmative(t.text) ? (options[0] ?? null) : null)
    if (chosen || isSkip(t.text) || isNegative(t.text) || asked >= 1) {
      const draft = chosen ? { ...c.draft, analysis: withCategory(c.draft.analysis, chosen) } : c.draft
      await file(deps, t, draft, c.place)
      return true
    }
  }
  if (analysis && t.text.length > 15) return false
  t.replies.push({
    text: state === CONFIRM_PLACE ? say.confirmPlace(placeName(c.place)) : say.chooseCategory(c.options ?? []),
  })
  save(t, { state, data: { ...c, confirmAsked: asked + 1 } satisfies Confirming })
  return true
}

async function answerQuestion(deps: HandlerDeps, t: Turn, analysis: Analysis): Promise<void> {
  const { res, reply } = t.prepared.answer ?? (await composeAnswer(deps, t.text, t.enterprise, t.tx))
  const top = res.results[0]
  if (reply.kind === 'answer') {
    t.replies.push({ text: reply.text, citations: reply.citations })
    save(t, { state: 'idle', data: { lastAnswer: reply.citations[0] } })
    return
  }
  await deps.knowledge.recordGap(t.text, t.msg.channel, top ? { id: top.id, score: top.score } : null, t.tx)
  t.replies.push({ text: say.NO_ANSWER })
  save(t, {
    state: 'offer_ticket',
    data: { pendingQuestion: t.text, pendingAnalysis: analysis, intent: analysis.intent },
  })
}

/** A further message about the same matter goes onto the open ticket instead of a new one. */
async function addToOpenTicket(t: Turn, analysis: Analysis): Promise<boolean> {
  const openId = t.conversation.openTicketId
  if (!openId) return false
  const [open] = await t.tx
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, openId), inArray(tickets.status, OPEN_STATUSES)))
    .limit(1)
  if (!open || t.now.getTime() - open.createdAt.getTime() > SUPPLEMENT_WINDOW_MS) return false
  const loc = analysis.location
  const samePlace =
    !hasPlace(loc) || (loc.street ?? loc.district) === (open.street ?? open.district) || loc.street === open.street
  const sameMatter = analysis.category.level1 === open.category1 || isSupplement(t.text)
  if (!samePlace || !sameMatter) return false
  await t.tx.insert(ticketEvents).values({
    ticketId: open.id,
    type: 'supplement',
    actor: `citizen:${t.contact.id}`,
    data: { text: t.text, messageExternalId: t.msg.externalId },
    createdAt: t.now,
  })
  await t.tx
    .update(tickets)
    .set({ description: `${open.description}\n补充：${t.text}`, updatedAt: t.now })
    .where(eq(tickets.id, open.id))
  t.replies.push({ text: say.supplementAdded(open.number) })
  t.ticket = { ...open, description: `${open.description}\n补充：${t.text}` }
  save(t, { state: 'idle', data: {} })
  return true
}

async function file(deps: HandlerDeps, t: Turn, draft: Draft, location: LocationResult): Promise<void> {
  const routing = deps.analyzer.route({
    category: draft.analysis.category,
    location,
    intent: draft.analysis.intent,
    text: draft.text,
    enterprise: t.enterprise,
  })
  const analysis: Analysis = { ...draft.analysis, location, department: routing.department, routingRule: routing.rule }
  const p = t.msg.profile ?? {}
  const ticket = await fileTicket(
    t.tx,
    {
      analysis,
      title: titleOf(draft.text),
      description: draft.text,
      location,
      point: draft.point ?? null,
      channel: t.msg.channel,
      account: t.msg.account,
      conversationId: t.conversation.id,
      contactId: t.contact.id,
      citizenName: p.name ?? t.contact.displayName,
      phone: t.phone,
      enterprise: t.enterprise
        ? { companyName: p.companyName ?? t.contact.companyName, creditCode: p.creditCode ?? t.contact.creditCode }
        : null,
      actor: `citizen:${t.contact.id}`,
    },
    deps.tickets,
    t.now,
  )
  const limit = describeLimit(limitFor(analysis.intent, analysis.urgency, deps.tickets.timeLimits))
  const dept = deps.lookupDepartment(ticket.departmentId)
  const filed = ticket.duplicateOf ? await duplicateLinkedReply(t.tx, ticket, dept) : null
  const text = analysis.intent === 'praise' ? say.praiseThanks(ticket.number) : say.ticketFiled(ticket, dept, limit)
  t.replies.push({ text: filed ?? text })
  t.ticket = ticket
  save(t, { state: 'idle', data: {}, openTicketId: ticket.id })
  deps.log.info('ticket filed', { ticket: ticket.number, department: ticket.departmentId, rule: ticket.dispatchRule })
}

function hasPlace(l: LocationResult): boolean {
  return !!(l.district || l.street || l.community)
}

function pointOf(msg: InboundMessage): { lat: number; lng: number } | null {
  return msg.location ? { lat: msg.location.lat, lng: msg.location.lng } : null
}

function titleOf(text: string): string {
  const first = text.split(/[。！？!?\n]/)[0] ?? text
  return (first.length > 40 ? `${first.slice(0, 40)}…` : first) || '市民诉求'
}

function summarize(t: TicketRow, lookup: DepartmentLookup): TicketSummary {
  return {
    id: t.id,
    number: t.number,
    status: t.status,
    category: { level1: t.category1, level2: t.category2, level3: t.category3 },
    location: {
      province: t.province,
      city: t.city,
      district: t.district,
      street: t.street,
      community: t.community,
      address: t.address,
    },
    department: lookup(t.departmentId),
  }
}
