/** Taxonomy paths (`level1`, `level1/level2`, `level1/level2/level3`) as the directory files write them. */
import { PairBits } from '../PairBits.js'
import type { CategoryResult } from '../types.js'

/**
 * Below this the classifier is guessing; routing then relies on keywords in the text instead. The
 * classifier's confidence is a probability-like score in [0, 1].
 */
export const MIN_CATEGORY_CONFIDENCE = 0.2

/** The category's paths from general to specific, or [] when the category is unknown or too unsure. */
export function categoryPaths(c: CategoryResult): string[] {
  if (!c.level1 || c.confidence < MIN_CATEGORY_CONFIDENCE) return []
  const paths = [c.level1]
  if (c.level2) {
    paths.push(`${c.level1}/${c.level2}`)
    if (c.level3) paths.push(`${c.level1}/${c.level2}/${c.level3}`)
  }
  return paths
}

/** How specifically `rules` cover the category: 3 for a level-3 path, 1 for level 1, 0 when none applies. */
export function coverDepth(rules: readonly string[] | undefined, paths: readonly string[]): number {
  let depth = 0
  for (const rule of rules ?? []) {
    const i = paths.indexOf(rule)
    if (i + 1 > depth) depth = i + 1
  }
  return depth
}

/**
 * A bit per hashed two-character sequence of the last text seen: routing asks about several hundred
 * keywords of one message, and a bit test rules most of them out without searching a long message
 * once per keyword (a false positive only costs that search).
 */
const textPairs = new PairBits(16)
let lastText: string | undefined

function mayContain(text: string, k: string): boolean {
  if (k.length < 2) return true
  if (text !== lastText) {
    textPairs.clear()
    for (let i = 0; i + 1 < text.length; i++) textPairs.add(text.charCodeAt(i), text.charCodeAt(i + 1))
    lastText = text
  }
  return textPairs.mayHave(k.charCodeAt(0), k.charCodeAt(1))
}

/** Distinct keywords of `keywords` that occur in `text`. */
export function keywordHits(keywords: readonly string[] | undefined, text: string): string[] {
  if (!keywords?.length) return []
  return keywords.filter((k) => mayContain(text, k) && text.includes(k))
}
