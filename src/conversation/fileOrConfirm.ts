/**
 * Filing a request once its place is known: straight away, or after asking the citizen to confirm a
 * place or choose a category the gateway is unsure of; and the citizen's answers to those questions.
 */
import { duplicateLinkedReply } from '../lifecycle/duplicates/duplicateReply.js'
import { fileTicket } from '../tickets/fileTicket.js'
import { describeLimit, limitFor } from '../tickets/timeLimits.js'
import type { Analysis, LocationResult } from '../understanding/types.js'
import {
  VERY_LOW_CATEGORY_CONFIDENCE,
  categoryChoices,
  placeIsUnsure,
  placeName,
  readChoice,
  withCategory,
} from './confirmDraft.js'
import { isAffirmative, isCancel, isNegative, isSkip } from './cues.js'
import type { HandlerDeps } from './handleMessage.js'
import * as say from './replies.js'
import { type Draft, hasPlace, pointOf, save, titleOf, type Turn } from './turn.js'
import { emptyLocation } from '../understanding/types.js'

export const CONFIRM_PLACE = 'confirm_place'
export const CHOOSE_CATEGORY = 'choose_category'
export interface Confirming {
  draft: Draft
  place: LocationResult
  options?: string[]
  confirmAsked?: number
}

/** The citizen says "cancel" to a question about the request being filed: drop the request. */
function cancelled(t: Turn): boolean {
  if (!isCancel(t.text)) return false
  t.replies.push({ text: say.CANCELLED })
  save(t, { state: 'idle', data: {} })
  return true
}

/** The citizen answers "where?": a pin, an address, "skip" or "cancel". Returns false if it was something else. */
export async function continueDraft(
  deps: HandlerDeps,
  t: Turn,
  draft: Draft,
  analysis: Analysis | null,
): Promise<boolean> {
  if (cancelled(t)) return true
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

/** Files the request, unless the place or the category is unsure: then the citizen is asked first. */
export async function fileOrConfirm(
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
export async function continueConfirm(
  deps: HandlerDeps,
  t: Turn,
  state: string,
  c: Confirming,
  analysis: Analysis | null,
): Promise<boolean> {
  if (cancelled(t)) return true
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
      // A district guessed from shared characters (no name matched) is only ever a question: declining to
      // confirm it leaves the place to the dispatcher instead of filing the guess.
      const guessOnly = !c.place.span && !isAffirmative(t.text)
      const location = guessOnly ? { ...emptyLocation(), confidence: 0 } : c.place
      await fileOrConfirm(deps, t, { ...c.draft, point }, location, { place: true })
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

export async function file(deps: HandlerDeps, t: Turn, draft: Draft, location: LocationResult): Promise<void> {
  const routing = deps.analyzer.route({
    category: draft.analysis.category,
    location,
    intent: draft.analysis.intent,
    text: draft.text,
    enterprise: t.enterprise,
    urgency: draft.analysis.urgency,
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
