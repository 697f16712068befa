/** Which city bureau owns a matter, by its category (most specific path) and keywords in the text. */
import type { CategoryResult } from '../types.js'
import { categoryPaths, coverDepth, keywordHits } from './categoryPaths.js'
import type { Department } from './types.js'

// A level-2 category match (4) outweighs two keyword hits (3); a level-1 match (2) does not.
const CATEGORY_WEIGHT = 2
const KEYWORD_WEIGHT = 1.5
const MAX_KEYWORD_HITS = 3

export interface BureauMatch {
  bureau: Department
  score: number
  categoryDepth: number
}

export function matchBureau(
  category: CategoryResult,
  text: string,
  bureaus: readonly Department[],
): BureauMatch | null {
  const paths = categoryPaths(category)
  let best: BureauMatch | null = null
  for (const bureau of bureaus) {
    const categoryDepth = coverDepth(bureau.categories, paths)
    const hits = Math.min(keywordHits(bureau.keywords, text).length, MAX_KEYWORD_HITS)
    const score = categoryDepth * CATEGORY_WEIGHT + hits * KEYWORD_WEIGHT
    if (score === 0) continue
    // Ties go to the better category match, then to the directory's order.
    if (!best || score > best.score || (score === best.score && categoryDepth > best.categoryDepth)) {
      best = { bureau, score, categoryDepth }
    }
  }
  return best
}
