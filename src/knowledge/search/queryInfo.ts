import { type QueryInfo, RARE_UNITS } from './features.js'
import type { InvertedIndex } from './InvertedIndex.js'
import { normalizeText } from './normalize.js'
import { findIssuers } from './issuers.js'
import { findPlaces } from './regions.js'
import type { Tokenizer } from './tokenizer.js'
import { topicVector } from './topics.js'

/**
 * What the features need of a query, computed once per search: its units and words as index term ids with
 * their idf, which of them lead the query and which are its rarest, and the BM25 query terms. One pass of the
 * tokenizer and one of the segmenter; everything per candidate then works on ids.
 */
export function queryInfo(query: string, t: Tokenizer, inv: InvertedIndex): QueryInfo {
  const norm = normalizeText(query)
  const terms = t.units(norm)
  const units = [...new Set(terms)]
  const unitIds = new Int32Array(units.length)
  const unitIdf = new Float64Array(units.length)
  const bigramIdf = new Map<number, number>()
  let idfSum = 0
  let oov = 0
  units.forEach((u, p) => {
    const id = inv.termId(u)
    const w = inv.idfById(id)
    unitIds[p] = id
    unitIdf[p] = w
    idfSum += w
    if (id < 0 || inv.dfById(id) === 0) oov += w
    if (typeof u === 'number') bigramIdf.set(u, w)
  })
  const leadKeys = new Set(t.units(norm.slice(0, 8)).filter((u) => typeof u === 'number' || !u.startsWith('s:')))
  const lead = Uint8Array.from(units, (u) => (leadKeys.has(u) ? 1 : 0))
  // The rarest units the index knows (a unit no entry has cannot be matched, so it is not "rare" here).
  const rare = new Uint8Array(units.length)
  let rareIdf = 0
  const known = units.map((_, p) => p).filter((p) => inv.dfById(unitIds[p] as number) > 0)
  known.sort((x, y) => (unitIdf[y] as number) - (unitIdf[x] as number))
  for (const p of known.slice(0, RARE_UNITS)) {
    rare[p] = 1
    rareIdf += unitIdf[p] as number
  }
  const words = t.wordKeys(norm)
  // Two-character words are bigrams already (see Tokenizer.terms): BM25 counts only the longer ones again.
  for (const w of words) if (typeof w === 'string' && w.startsWith('w:')) terms.push(w)
  const wordIds = Int32Array.from(words, (w) => inv.termId(w))
  const wordIdf = Float64Array.from(wordIds, (id) => inv.idfById(id))
  let wordIdfSum = 0
  for (const w of wordIdf) wordIdfSum += w
  return {
    norm,
    terms,
    unitIds,
    unitIdf,
    idfSum,
    lead,
    leadCount: lead.reduce((x, y) => x + y, 0),
    rare,
    rareIdf,
    wordIds,
    wordIdf,
    wordIdfSum,
    bigramIdf,
    places: findPlaces(norm),
    issuers: findIssuers(norm),
    topics: topicVector(norm),
    oov: idfSum > 0 ? oov / idfSum : 0,
    upper: 0,
  }
}
