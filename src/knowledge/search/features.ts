import { normalizeText } from './normalize.js'
import { type Place, placeRelation } from './regions.js'

/**
 * Per-candidate retrieval features. They serve twice: the learned re-rank of the BM25 top list, and the
 * answerability model. All are cheap (a few hundred characters per candidate) and bounded to about [-1, 1].
 */
export interface QueryInfo {
  norm: string
  /** Distinct query bigrams with their idf in the index, and the sum of those idfs. */
  bigrams: Map<string, number>
  idfSum: number
  /** Distinct query word terms (`w:`) with their idf, and the sum of those idfs. */
  words: Map<string, number>
  wordIdfSum: number
  /** Bigrams of the query's first characters, where the subject (place, agency) usually stands. */
  lead: Set<string>
  places: Place[]
  /** idf-weighted share of query bigrams that no entry contains: names the knowledge base never mentions. */
  oov: number
  /** BM25 score an entry would get by matching every query term at saturation; normalises scores. */
  upper: number
}

export interface CandidateText {
  /** Title and question variants. */
  questions: string[]
  /** Answer text (the body without its question lines). */
  body: string
  places: Place[]
}

export interface TextUnits {
  bigrams(text: string): Set<string>
  words(text: string): Set<string>
  idf(term: string): number
}

export interface CandidateFeatures {
  features: Record<string, number>
  matchedQuestion: string | null
}

/** idf-weighted Dice overlap of the query's units and a text's units. */
function dice(query: Map<string, number>, querySum: number, units: Set<string>, idf: (t: string) => number): number {
  let inter = 0
  let other = 0
  for (const u of units) {
    const w = query.get(u)
    if (w !== undefined) inter += w
    else other += idf(u)
  }
  const denom = querySum + inter + other
  return denom > 0 ? (2 * inter) / denom : 0
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

export function candidateFeatures(q: QueryInfo, c: CandidateText, bm25: number, units: TextUnits): CandidateFeatures {
  let qsim = 0
  let wsim = 0
  let prefix = 0
  let matchedQuestion: string | null = null
  const head = new Set<string>()
  for (const question of c.questions) {
    const bg = units.bigrams(question)
    for (const b of bg) head.add(b)
    const s = dice(q.bigrams, q.idfSum, bg, units.idf)
    if (matchedQuestion === null || s > qsim) {
      qsim = s
      matchedQuestion = question
    }
    wsim = Math.max(wsim, dice(q.words, q.wordIdfSum, units.words(question), units.idf))
    prefix = Math.max(prefix, commonPrefix(q.norm, normalizeText(question)))
  }
  const body = units.bigrams(c.body)
  let covered = 0
  for (const [b, w] of q.bigrams) if (head.has(b) || body.has(b)) covered += w
  let lead = 0
  for (const b of q.lead) if (head.has(b)) lead++
  return {
    features: {
      bm25,
      norm: q.upper > 0 ? bm25 / q.upper : 0,
      qsim,
      wsim,
      coverage: q.idfSum > 0 ? covered / q.idfSum : 0,
      place: placeRelation(q.places, c.places),
      placeExtra: q.places.length === 0 && c.places.length > 0 ? 1 : 0,
      prefix: Math.min(prefix, 8) / 8,
      lead: q.lead.size > 0 ? lead / q.lead.size : 0,
      oov: q.oov,
    },
    matchedQuestion,
  }
}

/** Features relative to the rest of the list: BM25 relative to the best candidate. */
export function addListFeatures(list: Array<{ features: Record<string, number> }>): void {
  let max = 0
  for (const c of list) max = Math.max(max, c.features.bm25 ?? 0)
  for (const c of list) c.features.rel = max > 0 ? (c.features.bm25 ?? 0) / max : 0
}

/**
 * Answerability inputs that depend on the whole re-ranked list (scores best first): the top hit's softmax
 * share of the scores (how clearly it wins), its margin over the runner-up, and its own score.
 */
export function topFeatures(scores: number[]): { p1: number; margin: number; top: number } {
  const first = scores[0] ?? 0
  let z = 0
  for (const s of scores) z += Math.exp(s - first)
  return { p1: z > 0 ? 1 / z : 0, margin: scores.length > 1 ? first - (scores[1] as number) : 5, top: first }
}
