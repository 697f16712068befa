/**
 * Is a matter place-bound (handled where it happens: 直派属地) or city-wide policy (its bureau decides the
 * same way for every street)? The category decides when the directory's scope rules cover it; the most
 * specific rule wins, so `城乡建设/住房保障与房地产/物业服务` can be place-bound while its level-2 parent is
 * not. Only when the category is silent do keywords in the citizen's text decide.
 */
import type { CategoryResult } from '../types.js'
import { categoryPaths, coverDepth, keywordHits } from './categoryPaths.js'
import type { Scope } from './types.js'

export interface ScopeVerdict {
  scope: 'place' | 'citywide' | null
  by: 'category' | 'keywords' | null
}

export function classifyScope(category: CategoryResult, text: string, rules: Scope): ScopeVerdict {
  const paths = categoryPaths(category)
  const place = coverDepth(rules.placeBound.categories, paths)
  const city = coverDepth(rules.citywide.categories, paths)
  if (place !== city) return { scope: place > city ? 'place' : 'citywide', by: 'category' }
  const placeHits = keywordHits(rules.placeBound.keywords, text).length
  const cityHits = keywordHits(rules.citywide.keywords, text).length
  if (placeHits !== cityHits) return { scope: placeHits > cityHits ? 'place' : 'citywide', by: 'keywords' }
  return { scope: null, by: null }
}
