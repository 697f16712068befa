/**
 * Request type (intent) of a citizen message from weighted cues (intentCues.ts): each cue found
 * adds its weights (negative ones speak against an intent), more when it sits in the title / first
 * sentence, a negated cue ("不是投诉") adds nothing, and the highest total wins. Complaint carries a
 * prior because most hotline messages that describe a problem without asking anything are complaints.
 */
import { normalizeText } from '../category/normalizeText.js'
import { INTENTS, type Intent, type IntentResult } from '../types.js'
import { INTENT_CUES, type IntentCue, NEGATORS } from './intentCues.js'

/** Score every message starts with: a described problem is a complaint unless cues say otherwise. */
const PRIOR: Record<Intent, number> = { complaint: 1.2, consultation: 0, help: 0, suggestion: 0, report: 0, praise: 0 }
/** Softmax temperature turning cue totals into a confidence. */
const TEMPERATURE = 1.5
const MAX_CHARS = 6000
/** Share of a cue's title boost it gets in the closing sentence. */
const TAIL_SHARE = 0.25

// `any` is a non-global copy: most cues are absent from a message, and `test` rules them out
// without allocating the iterator and match arrays `matchAll` needs.
const GLOBAL_CUES = INTENT_CUES.map((c) => ({
  cue: c,
  any: new RegExp(c.pattern.source, c.pattern.flags.replace('g', '')),
  re: new RegExp(c.pattern.source, c.pattern.flags.includes('g') ? c.pattern.flags : `${c.pattern.flags}g`),
}))

/** Title: the first line when there are several (tickets), else the first sentence (chat). */
function headOf(text: string): string {
  const firstLine = text.split('\n', 1)[0]!.trim()
  if (text.includes('\n') && firstLine.length >= 2) return firstLine
  const m = /^[^。!?;]*[。!?;]?/.exec(text)
  return (m?.[0] ?? text).trim()
}

/** Start of the closing sentence, where a ticket states its request (诉求); trailing marks ignored. */
function tailStart(text: string): number {
  const end = text.replace(/[。!?;\s]+$/u, '').length
  let i = end - 1
  while (i >= 0 && !/[。!?;\n]/u.test(text[i]!)) i--
  return i + 1
}

type Where = 'head' | 'tail' | 'body'

/** Where the cue occurs un-negated: the title if anywhere there, else the closing sentence, else the body. */
function locate(re: RegExp, text: string, headLength: number, tail: number): Where | null {
  re.lastIndex = 0
  let found: Where | null = null
  for (const m of text.matchAll(re)) {
    if (NEGATORS.test(text.slice(Math.max(0, m.index - 4), m.index))) continue
    if (m.index < headLength) return 'head'
    if (m.index >= tail) found = 'tail'
    else found ??= 'body'
  }
  return found
}

export interface IntentScores {
  scores: Record<Intent, number>
  hits: { cue: IntentCue; where: Where }[]
}

export function scoreIntent(text: string): IntentScores {
  const norm = normalizeText(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).trim()
  const head = headOf(norm)
  const tail = Math.max(head.length, tailStart(norm))
  const scores = { ...PRIOR }
  const hits: IntentScores['hits'] = []
  for (const { cue, any, re } of GLOBAL_CUES) {
    if (!any.test(norm)) continue
    const where = locate(re, norm, head.length, tail)
    if (!where) continue
    hits.push({ cue, where })
    const title = cue.titleBoost ?? 1
    // The closing request counts too, less than the title: it often restates a grievance politely.
    const boost = where === 'head' ? title : where === 'tail' ? 1 + (title - 1) * TAIL_SHARE : 1
    for (const [intent, w] of Object.entries(cue.weights) as [Intent, number][]) scores[intent] += w * boost
  }
  return { scores, hits }
}

export function detectIntent(text: string): IntentResult {
  if (!text?.trim()) return { intent: 'consultation', confidence: 0, reasons: ['empty'] }
  const { scores, hits } = scoreIntent(text)
  let best: Intent = 'complaint'
  for (const intent of INTENTS) if (scores[intent] > scores[best]) best = intent
  let sum = 0
  for (const intent of INTENTS) sum += Math.exp((scores[intent] - scores[best]) / TEMPERATURE)
  const reasons = hits.filter((h) => (h.cue.weights[best] ?? 0) > 0).map((h) => `cue:${h.cue.name}`)
  return {
    intent: best,
    confidence: Math.round((1 / sum) * 1000) / 1000,
    reasons: reasons.length ? reasons : ['prior'],
  }
}
