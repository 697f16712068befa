/**
 * The shapes every part of understanding agrees on. `/api/v1/analyze` returns an `Analysis`;
 * the conversation handler and ticket filing consume the same object.
 */
export const INTENTS = ['consultation', 'complaint', 'help', 'suggestion', 'report', 'praise'] as const
export type Intent = (typeof INTENTS)[number]

export const URGENCIES = ['normal', 'urgent', 'emergency'] as const
export type Urgency = (typeof URGENCIES)[number]

export interface IntentResult {
  intent: Intent
  confidence: number
  /** Which cue decided it, e.g. `keyword:投诉` or `model`. */
  reasons: string[]
}

export interface UrgencyResult {
  urgency: Urgency
  /** Lexicon hits that made it urgent or an emergency, e.g. `燃气泄漏`. Empty for normal. */
  reasons: string[]
  /** Which emergency number fits: 119 fire/gas, 120 medical, 110 violence/crime. */
  hotline: '110' | '119' | '120' | null
}

export interface CategoryResult {
  level1: string | null
  level2: string | null
  level3: string | null
  confidence: number
  /** Other level-1 classes the model found plausible, most likely first (the conversation offers them when unsure). */
  alternatives?: string[]
}

export interface TextSpan {
  start: number
  end: number
  text: string
}

export interface LocationResult {
  province: string | null
  city: string | null
  district: string | null
  street: string | null
  community: string | null
  /** The address as the citizen wrote it (the rest of the text after the matched places), or null. */
  address: string | null
  confidence: number
  /** NBS administrative code of the most specific place matched, when known. */
  code: string | null
  /** The text that matched the most specific place. */
  span: TextSpan | null
}

export type DepartmentKind = 'street' | 'district' | 'bureau' | 'center' | 'enterprise'

export interface DepartmentRef {
  id: string
  name: string
  kind: DepartmentKind
}

export interface RoutingResult {
  department: DepartmentRef
  /** The directory rule that fired, e.g. `place-bound:street`, `citywide:bureau:city-housing`, `manual`. */
  rule: string
}

export interface Analysis {
  intent: Intent
  intentConfidence: number
  intentReasons: string[]
  urgency: Urgency
  urgencyReasons: string[]
  emergencyHotline: '110' | '119' | '120' | null
  category: CategoryResult
  location: LocationResult
  department: DepartmentRef
  routingRule: string
}

export const emptyLocation = (): LocationResult => ({
  province: null,
  city: null,
  district: null,
  street: null,
  community: null,
  address: null,
  confidence: 0,
  code: null,
  span: null,
})
