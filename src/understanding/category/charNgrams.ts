/**
 * Character n-gram features that mean the same on segmented training text and raw live text.
 *
 * The training file is word-segmented ("小区 高层 二次 供水") while citizens type raw text
 * ("我们小区的高层二次供水…"). Spaces are therefore dropped, not treated as boundaries: n-grams
 * run across the joined words exactly as they would in the raw message. Punctuation, emoji and
 * other symbols are boundaries. Digit runs collapse to one `0` so that numbers, dates and the
 * anonymised place codes ("A3区") generalise.
 */
import { normalizeText } from './normalizeText.js'

/** Messages beyond this length add nothing to the topic but cost time (20,000-character inputs). */
export const MAX_FEATURE_CHARS = 4000

// BMP Han (basic block, extension A, compatibility), latin letters, digits.
const RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffa-z0-9]+/g

/**
 * Normalized runs of Han characters, latin letters and digits; everything else separates runs.
 * Pass `normalized: true` when the caller already ran `normalizeText` on the text.
 */
export function textRuns(text: string, normalized = false): string[] {
  const head = text.length > MAX_FEATURE_CHARS * 2 ? text.slice(0, MAX_FEATURE_CHARS * 2) : text
  const folded = (normalized ? head : normalizeText(head)).replace(/\s+/g, '').replace(/[0-9]+/g, '0')
  const runs = folded.match(RUN) ?? []
  const out: string[] = []
  let budget = MAX_FEATURE_CHARS
  for (const run of runs) {
    if (budget <= 0) break
    const cut = run.length > budget ? run.slice(0, budget) : run
    budget -= cut.length
    out.push(cut)
  }
  return out
}

/** Term counts of character n-grams of length minN..maxN inside each run. */
export function charNgramCounts(text: string, minN = 1, maxN = 3, normalized = false): Map<string, number> {
  const counts = new Map<string, number>()
  // Code-unit slicing: runs hold BMP Han, latin and digits, so a code unit is a character.
  for (const run of textRuns(text, normalized)) {
    for (let i = 0; i < run.length; i++) {
      for (let n = minN; n <= maxN && i + n <= run.length; n++) {
        const gram = run.slice(i, i + n)
        counts.set(gram, (counts.get(gram) ?? 0) + 1)
      }
    }
  }
  return counts
}
