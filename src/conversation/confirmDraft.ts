/**
 * When understanding is unsure, the citizen decides instead of a silent guess: a place matched with
 * low confidence is put to them to confirm, and a category the model hesitates over is offered as a
 * short numbered choice. Both happen before filing, at most once each per request.
 */
import type { Analysis, LocationResult } from '../understanding/types.js'

/** Below this the place is confirmed with the citizen (a district guessed from shared characters is 0.3). */
export const LOW_PLACE_CONFIDENCE = 0.5
/** Below this the category is offered as a choice if the choice changes the department… */
export const LOW_CATEGORY_CONFIDENCE = 0.45
/** …and below this in any case (a guess this weak mislabels the ticket for statistics and review). */
export const VERY_LOW_CATEGORY_CONFIDENCE = 0.35

export function placeName(l: LocationResult): string {
  return [l.district, l.street, l.community].filter(Boolean).join('') || l.city || ''
}

export function placeIsUnsure(l: LocationResult, pinned: boolean): boolean {
  return !pinned && !!(l.district || l.street || l.community) && l.confidence < LOW_PLACE_CONFIDENCE
}

/** The classes to offer (detected first), or null when the category is clear enough or there is nothing to offer. */
export function categoryChoices(a: Analysis): string[] | null {
  const c = a.category
  if (a.urgency === 'emergency' || a.intent === 'praise' || !c.level1) return null
  if (c.confidence >= LOW_CATEGORY_CONFIDENCE || !c.alternatives?.length) return null
  return [c.level1, ...c.alternatives].slice(0, 4)
}

const DIGITS: Record<string, number> = { '１': 1, '２': 2, '３': 3, '４': 4, 一: 1, 二: 2, 三: 3, 四: 4 }

/** "2", "２", "第二个", "选2" or the class's name → the chosen class; null when the reply is none of them. */
export function readChoice(text: string, options: string[]): string | null {
  const s = text.replace(/[\s，。！？!?,.、]/g, '')
  const m = /^(?:选|第)?([1-4１-４一二三四])(?:个|项|类|号)?$/.exec(s)
  if (m) {
    const n = Number(m[1]) || DIGITS[m[1] as string] || 0
    return options[n - 1] ?? null
  }
  return options.find((o) => s.includes(o)) ?? null
}

/** The analysis with the class the citizen chose (its sub-levels kept only if it is the detected class). */
export function withCategory(a: Analysis, level1: string): Analysis {
  const same = a.category.level1 === level1
  return {
    ...a,
    category: {
      level1,
      level2: same ? a.category.level2 : null,
      level3: same ? a.category.level3 : null,
      confidence: 1,
    },
  }
}
