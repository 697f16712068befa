/**
 * Who handles a matter, by the directory's rules (Beijing 接诉即办):
 *  1. enterprise channel → the enterprise service desk, unless it is an emergency tied to a known place;
 *  2. place-bound matter with a known street/township → that street (直派属地);
 *  3. city-wide policy matter owned by a bureau → that bureau;
 *  4. place-bound matter with only the district known → the district government;
 *  5. otherwise → the hotline center's manual-dispatch queue.
 * The rule that fired is returned so that dispatch can record it.
 */
import type { CategoryResult, Intent, LocationResult, RoutingResult, Urgency } from '../types.js'
import { classifyScope } from './classifyScope.js'
import { indexDirectory, resolvePlace, toRef } from './directoryIndex.js'
import { matchBureau } from './matchBureau.js'
import type { Directory } from './types.js'

export interface RoutingInput {
  category: CategoryResult
  location: LocationResult
  intent: Intent | string
  text: string
  enterprise?: boolean
  /** When the caller knows it; otherwise a few unmistakable cues in the text stand in. */
  urgency?: Urgency
}

const EMERGENCY_CUES = /燃气泄漏|煤气泄漏|天然气泄漏|漏气|着火|起火|失火|火灾|爆炸|坍塌|塌方|触电|被困|昏迷|晕倒/u

export function routeDepartment(input: RoutingInput, dir: Directory): RoutingResult {
  const idx = indexDirectory(dir)
  const place = resolvePlace(input.location, dir)
  const hasPlace = place.street !== null || place.district !== null
  const { scope } = classifyScope(input.category, input.text, dir.scope)
  const bureau = matchBureau(input.category, input.text, idx.bureaus)?.bureau ?? null

  // When the scope rules are silent, a question is about policy; a complaint, report or help request is
  // about a place when it names one or when its bureau works on site.
  const placeBound =
    scope === 'place' ||
    (scope === null && input.intent !== 'consultation' && (hasPlace || bureau?.placeBound === true))

  const emergency = input.urgency === 'emergency' || EMERGENCY_CUES.test(input.text)
  if (input.enterprise && idx.enterprise && !(emergency && placeBound && hasPlace)) {
    return { department: toRef(idx.enterprise), rule: 'enterprise:desk' }
  }
  if (placeBound && place.street) return { department: toRef(place.street), rule: 'place-bound:street' }
  // An emergency nobody has placed yet is the center's to coordinate with 110/119/120: a city bureau cannot
  // send anyone without a place, and the category of a message like "我父亲突然晕倒了" says little.
  if (emergency && !hasPlace) return { department: toRef(idx.center), rule: 'manual' }
  if (bureau && !placeBound) return { department: toRef(bureau), rule: `citywide:bureau:${bureau.id}` }
  if (placeBound && place.district) return { department: toRef(place.district), rule: 'place-bound:district' }
  return { department: toRef(idx.center), rule: 'manual' }
}
