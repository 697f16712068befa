/**
 * Last resort when no place name matches: guess the district from the character pairs the text shares with
 * the names of the city's streets and communities. Estates, roads and rivers are mostly named after the
 * village they were built on (an estate "X家园三期" near the "X村" or "X社区"), so a pair that occurs
 * in one district's names and hardly anywhere else is a fair hint. The answer is a district only, with low
 * confidence, so the conversation asks the citizen to confirm it.
 */
import { type CityScope, type Gazetteer, getGazetteer } from './gazetteer.js'
import { normalizePlaceName } from './normalizePlaceName.js'

interface PairTable {
  /** pair → district id → number of names containing the pair */
  pairs: Map<string, Map<number, number>>
  names: number
}

/** A pair in more names than this is a naming habit (家园, 北里, 新村), not a place. */
const MAX_NAMES_PER_PAIR = 30
/** Share of a pair's names that must lie in one district for the pair to count. */
const MIN_SHARE = 0.6
/** Least total score, and lead over the runner-up, to answer at all. */
const MIN_SCORE = 3
const MIN_LEAD = 1.5
const HAN_PAIR = /^\p{Script=Han}{2}$/u

const tables = new Map<string, PairTable>()

function pairsOf(s: string): Set<string> {
  const out = new Set<string>()
  for (let i = 0; i + 1 < s.length; i++) {
    const p = s.slice(i, i + 2)
    if (HAN_PAIR.test(p)) out.add(p)
  }
  return out
}

function build(g: Gazetteer, scope: CityScope): PairTable {
  const pairs = new Map<string, Map<number, number>>()
  let names = 0
  // Only a name's leading pair: people shorten "ABCD社区" to AB…, never to BC; inner pairs
  // mostly meet the text by chance, straddling two words.
  const addName = (name: string, district: number) => {
    names++
    const p = name.slice(0, 2)
    if (!HAN_PAIR.test(p)) return
    const byDistrict = pairs.get(p) ?? new Map<number, number>()
    byDistrict.set(district, (byDistrict.get(district) ?? 0) + 1)
    pairs.set(p, byDistrict)
  }
  for (const level of [3, 4] as const) {
    for (const id of g.placesIn(scope, level)) {
      const district = g.lineage(id).find((a) => g.level(a) === 2)
      if (district !== undefined) addName(normalizePlaceName(g.name(id), level), district)
    }
  }
  return { pairs, names }
}

export interface DistrictGuess {
  district: number
  score: number
  lead: number
}

/**
 * Only short address-like replies (an estate, a house number): in a complaint's running prose the same
 * pairs are ordinary words (今天, 门口…).
 */
const ADDRESS_LIKE =
  /\d+\s*(号|楼|单元|室|栋|门|期|区)|\p{Script=Han}{2}(小区|家园|花园|公寓|大厦|胡同|[村苑园里路街巷院])/u
const MAX_ADDRESS_LENGTH = 60
/** A sentence about what is wrong ("污水漫到路上，味道很大"), not an address: its pairs are just words. */
const PROSE = /[了吗呢吧啊很，。！？,!?]|没有|不能|怎么/u

export function guessDistrict(text: string, scope: CityScope): DistrictGuess | null {
  if (text.length > MAX_ADDRESS_LENGTH || !ADDRESS_LIKE.test(text) || PROSE.test(text)) return null
  const g = getGazetteer()
  let table = tables.get(scope.code)
  if (!table) {
    table = build(g, scope)
    tables.set(scope.code, table)
  }
  const scores = new Map<number, number>()
  for (const p of pairsOf(text)) {
    const byDistrict = table.pairs.get(p)
    if (!byDistrict) continue
    let total = 0
    for (const c of byDistrict.values()) total += c
    if (total > MAX_NAMES_PER_PAIR) continue
    // Rarer pairs say more (idf); a pair counts for a district holding most of the names that contain it.
    const idf = Math.log(table.names / total)
    for (const [d, c] of byDistrict) {
      const share = c / total
      if (share >= MIN_SHARE) scores.set(d, (scores.get(d) ?? 0) + share * idf)
    }
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < MIN_SCORE) return null
  const lead = best[1] - (second?.[1] ?? 0)
  return lead >= MIN_LEAD ? { district: best[0], score: best[1], lead } : null
}
