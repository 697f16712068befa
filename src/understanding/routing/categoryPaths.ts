/** Taxonomy paths (`level1`, `level1/level2`, `level1/level2/level3`) as the directory files write them. */
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
 * The text's two-character sequences, kept for the last text seen: routing asks about several
 * hundred keywords of one message, and a set lookup rules most of them out without searching a
 * long message once per keyword.
 */
let lastText: string | undefined
let lastPairs = new Set<number>()

function pairsOf(text: string): Set<number> {
  if (text !== lastText) {
    lastPairs = new Set<number>()
    for (let i = 0; i + 1 < text.length; i++) lastPairs.add((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1))
    lastText = text
  }
  return lastPairs
}

/** Distinct keywords of `keywords` that occur in `text`. */
export function keywordHits(keywords: readonly string[] | undefined, text: string): string[] {
  if (!keywords?.length) return []
  const pairs = pairsOf(text)
  return keywords.filter(
    (k) => (k.length < 2 || pairs.has((k.charCodeAt(0) << 16) | k.charCodeAt(1))) && text.includes(k),
  )
}
