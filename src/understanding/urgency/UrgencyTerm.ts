/**
 * One entry of the urgency lexicon (urgencyLexicon.ts) and the helper that writes one. Patterns run on
 * normalized text (simplified Chinese, half-width punctuation, lower-case Latin); `reason` is what the
 * result reports, so it is a short Chinese label.
 */
export type Hotline = '110' | '119' | '120'

export interface UrgencyTerm {
  reason: string
  pattern: RegExp
  tier: 'emergency' | 'urgent'
  hotline?: Hotline
  needsPresent?: boolean
  /** Tier used when `needsPresent` is set but the clause has no sign of "now"; absent → ignored. */
  fallback?: 'urgent'
  /** Only in the heating season (or when the text itself mentions cold). */
  winterOnly?: boolean
  /** Clause text before the match that makes this term something else (烟囱冒烟 is pollution). */
  excludeBefore?: RegExp
  /** Text right after the match that makes it something else (救命钱, 落水管). */
  excludeAfter?: RegExp
  /** A suffix that by itself says "now" for a `needsPresent` term ("发生火灾了"). */
  nowSuffix?: RegExp
}

export const term = (
  reason: string,
  pattern: RegExp,
  tier: UrgencyTerm['tier'],
  extra: Partial<UrgencyTerm> = {},
): UrgencyTerm => ({ reason, pattern, tier, ...extra })

export const NOW_SUFFIX = /^(?:了|啦)/
