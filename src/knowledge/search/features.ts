import { normalizeText } from './normalize'
import { type Place, placeRelation } from './regions'
import { subjectOf } from './subject'

/**
 * Per-candidate retrieval features. They serve twice: a linear re-rank of the BM25 top list, and the
 * answerability model. All are cheap (a few hundred characters per candidate) and bounded.
 */
export interface QueryInfo {
  norm: string
  /** Distinct query bigrams with their idf in the index. */
  bigrams: Map<string, number>
  idfSum: number
  /** Distinct query word terms (`w:`) with their idf, and the sum of those idfs. */
  words: Map<string, number>
  wordIdfSum: number
  /** Bigrams of the query's subject phrase (see subject.ts). */
  subject: Set<string>
  /** Bigrams of the query's first characters, where the subject (place, agency) usually stands. */
  lead: Set<string>
  places: Place[]
  /** idf of a term found in no entry, and the idf-weighted share of query bigrams that no entry has. */
  maxIdf: number
  oov: number
  /** BM25 score a document would get by matching every query term at saturation; normalises scores. */
  upper: number
}

export interface CandidateFeatures {
  features: Record<string, number>
  matchedQuestion: string | null
}

export interface CandidateText {
  questions: string[]
  body: string
  pairs: number
  places: Place[]
}

/** Length of the longest common substring: long shared names (慈善组织、红十字会, 公告2020年第8号). */
function longestCommon(a: string, b: string): number {
  let best = 0
  let prev = new Uint8Array(b.length + 1)
  let cur = new Uint8Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? Math.min(255, (prev[j - 1] as number) + 1) : 0
      if ((cur[j] as number) > best) best = cur[j] as number
    }
    ;[prev, cur] = [cur, prev]
  }
  return best
}

function setDice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let n = 0
  for (const x of a) if (b.has(x)) n++
  return (2 * n) / (a.size + b.size)
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

export function candidateFeatures(
  q: QueryInfo,
  c: CandidateText,
  bm25: number,
  bigramsOf: (s: string) => Set<string>,
  wordsOf: (s: string) => Set<string>,
  idfOf: (b: string) => number,
): CandidateFeatures {
  let wsim = 0
  let subj = 0
  let qsim = 0
  let qcov = 0
  let prefix = 0
  let lcs = 0
  let matchedQuestion: string | null = null
  const head = new Set<string>()
  for (const question of c.questions) {
    const bg = bigramsOf(question)
    let inter = 0
    let other = 0
    for (const b of bg) {
      head.add(b)
      const w = q.bigrams.get(b)
      if (w !== undefined) inter += w
      else other += idfOf(b)
    }
    const dice = q.idfSum + inter + other > 0 ? (2 * inter) / (q.idfSum + inter + other) : 0
    if (matchedQuestion === null || dice > qsim) {
      qsim = dice
      matchedQuestion = question
    }
    qcov = Math.max(qcov, q.idfSum > 0 ? inter / q.idfSum : 0)
    let wi = 0
    let wo = 0
    for (const w of wordsOf(question)) {
      const v = q.words.get(w)
      if (v !== undefined) wi += v
      else wo += idfOf(w)
    }
    if (q.wordIdfSum + wi + wo > 0) wsim = Math.max(wsim, (2 * wi) / (q.wordIdfSum + wi + wo))
    const nq = normalizeText(question)
    subj = Math.max(subj, setDice(q.subject, bigramsOf(subjectOf(nq))))
    prefix = Math.max(prefix, commonPrefix(q.norm, nq))
    lcs = Math.max(lcs, longestCommon(q.norm, nq))
  }
  const body = bigramsOf(c.body)
  let inHead = 0
  let inBody = 0
  let inAny = 0
  let miss = 0
  for (const [b, w] of q.bigrams) {
    const h = head.has(b)
    const d = body.has(b)
    if (h) inHead += w
    if (d) inBody += w
    if (h || d) inAny += w
    else if (w > miss && w < q.maxIdf) miss = w
  }
  // Does the entry contain the query's most specific (highest-idf) bigrams?
  let rare = 0
  let rareW = 0
  for (const [b, w] of [...q.bigrams].sort((x, y) => y[1] - x[1]).slice(0, 3)) {
    rareW += w
    if (head.has(b) || body.has(b)) rare += w
  }
  let lead = 0
  for (const b of q.lead) if (head.has(b)) lead++
  const place = placeRelation(q.places, c.places)
  const s = q.idfSum || 1
  return {
    features: {
      bm25,
      norm: q.upper > 0 ? bm25 / q.upper : 0,
      qsim,
      qcov,
      wsim,
      covHead: inHead / s,
      covBody: inBody / s,
      coverage: inAny / s,
      place,
      placeSame: place === 1 ? 1 : 0,
      placeConflict: place === -1 ? 1 : 0,
      placeMissing: q.places.length > 0 && c.places.length === 0 ? 1 : 0,
      placeExtra: q.places.length === 0 && c.places.length > 0 ? 1 : 0,
      prefix: Math.min(prefix, 8) / 8,
      miss: q.maxIdf > 0 ? miss / q.maxIdf : 0,
      oov: q.oov,
      subj,
      lcs: Math.min(lcs, 12) / 12,
      rare: rareW > 0 ? rare / rareW : 0,
      lead: q.lead.size > 0 ? lead / q.lead.size : 0,
      pairs: Math.log(1 + c.pairs),
    },
    matchedQuestion,
  }
}
