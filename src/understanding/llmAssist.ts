/**
 * Optional LLM second opinion for analyses the offline models are unsure of. The model is asked
 * only when a field's confidence is low, its answer must fit a zod schema, labels must be real
 * taxonomy classes and places must resolve in the gazetteer; anything else keeps the offline
 * result. An emergency is never downgraded: urgency stays offline, where its lexicon is auditable.
 */
import { z } from 'zod'
import type { LlmClient } from '../llm/llmClient.js'
import { renderPrompt } from '../llm/renderPrompt.js'
import { level1Names } from './category/taxonomy.js'
import type { Analysis, CategoryResult, Intent, LocationResult } from './types.js'
import { INTENTS } from './types.js'

/** Below these confidences the offline answer is treated as a guess worth a second opinion. */
export const ASSIST_THRESHOLDS = { intent: 0.55, category: 0.5, location: 0.5 }

const answerSchema = z.object({
  intent: z.enum(INTENTS),
  category: z.string().max(20).nullable(),
  district: z.string().max(30).nullable(),
  street: z.string().max(30).nullable(),
})

export interface AssistInput {
  text: string
  city: string
  offline: Pick<Analysis, 'intent' | 'intentConfidence' | 'category' | 'location'>
  locate: (text: string) => LocationResult
}

export interface AssistOutcome {
  used: boolean
  intent?: { intent: Intent; confidence: number }
  category?: CategoryResult
  location?: LocationResult
  /** Why nothing changed, e.g. `confident`, `timeout`, `invalid_shape`. */
  reason: string
}

export function needsAssist(a: AssistInput['offline']): boolean {
  return (
    a.intentConfidence < ASSIST_THRESHOLDS.intent ||
    a.category.confidence < ASSIST_THRESHOLDS.category ||
    a.location.confidence < ASSIST_THRESHOLDS.location
  )
}

export async function llmAssist(llm: LlmClient, input: AssistInput): Promise<AssistOutcome> {
  const { offline } = input
  if (!needsAssist(offline)) return { used: false, reason: 'confident' }
  const categories = level1Names()
  const place = [offline.location.district, offline.location.street].filter(Boolean).join(' ') || '未识别'
  const prompt = renderPrompt('analyze-assist.v1', {
    categories: categories.join('、'),
    city: input.city,
    text: input.text.slice(0, 2000),
    intent: offline.intent,
    category: offline.category.level1 ?? '未识别',
    place,
  })
  const res = await llm.completeJson({
    name: 'analyze_assist',
    system: prompt.system,
    user: prompt.user,
    schema: answerSchema,
    maxTokens: 200,
  })
  if (!res.ok) return { used: false, reason: res.reason }
  const v = res.value
  const out: AssistOutcome = { used: false, reason: 'no_change' }
  if (offline.intentConfidence < ASSIST_THRESHOLDS.intent && v.intent !== offline.intent) {
    out.intent = { intent: v.intent, confidence: ASSIST_THRESHOLDS.intent }
  }
  if (
    offline.category.confidence < ASSIST_THRESHOLDS.category &&
    v.category &&
    categories.includes(v.category) &&
    v.category !== offline.category.level1
  ) {
    out.category = { level1: v.category, level2: null, level3: null, confidence: ASSIST_THRESHOLDS.category }
  }
  if (offline.location.confidence < ASSIST_THRESHOLDS.location && (v.district || v.street)) {
    // The model's place must exist in the gazetteer and must literally occur in the message.
    const named = [v.district, v.street].filter(
      (x): x is string => !!x && input.text.includes(x.replace(/(街道|地区|镇|乡|区|县)$/, '')),
    )
    const loc = named.length ? input.locate(named.join('')) : null
    if (loc && (loc.district || loc.street) && loc.confidence > offline.location.confidence) out.location = loc
  }
  out.used = !!(out.intent || out.category || out.location)
  if (out.used) out.reason = 'llm'
  return out
}
