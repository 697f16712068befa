import type { EntryProfile } from './EntryProfile.js'
import { issuerRelation } from './issuers.js'
import { longestCommonRun } from './longestCommonRun.js'
import type { EntryTags } from './entryTags.js'
import { type Place, placeRelation, specificPlaces } from './regions.js'
import type { TermKey } from './tokenizer.js'
import { topicAgreement } from './topics.js'

/**
 * Per-candidate retrieval features. They serve twice: the learned re-rank of the BM25 top list, and the
 * answerability model. All are bounded to about [-1, 1] and computed from term ids (see EntryProfile).
 */
export interface QueryInfo {
  norm: string
  /** BM25 query terms, repeats kept: units, then words longer than two characters. */
  terms: TermKey[]
  /** Distinct query units (bigrams, concepts): index term id (-1 when no entry has it) and idf; idf sum. */
  unitIds: Int32Array
  unitIdf: Float64Array
  idfSum: number
  /** 1 for the units of the query's first characters, where the subject (place, agency) usually stands. */
  lead: Uint8Array
  leadCount: number
  /** 1 for the query's rarest units in the index: the words that pick one policy out of many similar ones. */
  rare: Uint8Array
  rareIdf: number
  /** Distinct query words as index term ids with their idf, and the sum of those idfs. */
  wordIds: Int32Array
  wordIdf: Float64Array
  wordIdfSum: number
  /** idf of each query CJK bigram by its numeric key, for choosing the snippet. */
  bigramIdf: Map<number, number>
  places: Place[]
  /** Issuing bodies the question names (issuers.ts). */
  issuers: string[]
  /** The topics the question is about (topics.ts). */
  topics: Float32Array
  /** idf-weighted share of query units that no entry contains: names the knowledge base never mentions. */
  oov: number
  /** BM25 score an entry would get by matching every query term at saturation; normalises scores. */
  upper: number
}

/** How many of the query's highest-idf units count as its rare ones. */
export const RARE_UNITS = 3

export interface CandidateFeatures {
  features: Record<string, number>
  matchedQuestion: string | null
}

function commonPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/**
 * Computes candidate features for one query at a time: `begin` maps the query's term ids to their positions
 * in a scratch array sized to the index's terms, so each candidate is a pass over its own id arrays with no
 * hashing and no allocation; `end` clears the scratch for the next query.
 */
export class FeatureScorer {
  private unitPos = new Int32Array(0)
  private wordPos = new Int32Array(0)
  private stampAny = new Int32Array(0)
  private stampHead = new Int32Array(0)
  private stampPass = new Int32Array(0)
  private stamp = 0
  private version = -1

  constructor(private readonly idfById: (id: number) => number) {}

  begin(q: QueryInfo, termCount: number, version: number): void {
    this.version = version
    if (this.unitPos.length < termCount) {
      const size = Math.max(1024, termCount * 2)
      this.unitPos = new Int32Array(size)
      this.wordPos = new Int32Array(size)
    }
    for (let p = 0; p < q.unitIds.length; p++) {
      const id = q.unitIds[p] as number
      if (id >= 0) this.unitPos[id] = p + 1
    }
    for (let p = 0; p < q.wordIds.length; p++) {
      const id = q.wordIds[p] as number
      if (id >= 0) this.wordPos[id] = p + 1
    }
    const m = q.unitIds.length
    if (this.stampAny.length < m) {
      this.stampAny = new Int32Array(m * 2)
      this.stampHead = new Int32Array(m * 2)
      this.stampPass = new Int32Array(m * 2)
      this.stamp = 0
    }
  }

  end(q: QueryInfo): void {
    for (const id of q.unitIds) if (id >= 0) this.unitPos[id] = 0
    for (const id of q.wordIds) if (id >= 0) this.wordPos[id] = 0
  }

  /**
   * idf-weighted Dice overlap of the query's units (or words) and one text's, given the idf sum of the text's
   * own units: the shared idf counts on both sides, 2·shared / (query sum + text sum).
   */
  private dice(ids: Int32Array, pos: Int32Array, idf: Float64Array, querySum: number, textSum: number): number {
    let inter = 0
    for (let i = 0; i < ids.length; i++) {
      const p = pos[ids[i] as number] as number
      if (p > 0) inter += idf[p - 1] as number
    }
    const denom = querySum + textSum
    return denom > 0 ? (2 * inter) / denom : 0
  }

  private idfSum(ids: Int32Array): number {
    let sum = 0
    for (let i = 0; i < ids.length; i++) sum += this.idfById(ids[i] as number)
    return sum
  }

  /** Refreshes the profile's per-question idf sums when the index changed since they were taken. */
  private refresh(c: EntryProfile): void {
    if (c.idfVersion === this.version) return
    for (let k = 0; k < c.questions.length; k++) {
      c.unitIdfSums[k] = this.idfSum(c.questionUnits[k] as Int32Array)
      c.wordIdfSums[k] = this.idfSum(c.questionWords[k] as Int32Array)
    }
    c.idfVersion = this.version
  }

  /** Stamps the query units found in `ids`; returns the idf they add that `stampArr` did not have yet. */
  private mark(ids: Int32Array, stampArr: Int32Array, idf: Float64Array): number {
    const s = this.stamp
    let added = 0
    for (let i = 0; i < ids.length; i++) {
      const p = this.unitPos[ids[i] as number] as number
      if (p > 0 && stampArr[p - 1] !== s) {
        stampArr[p - 1] = s
        added += idf[p - 1] as number
      }
    }
    return added
  }

  features(q: QueryInfo, c: EntryProfile, tags: EntryTags, bm25: number): CandidateFeatures {
    const { places } = tags
    let qsim = 0
    let wsim = 0
    let prefix = 0
    let run = 0
    let matched = -1
    this.refresh(c)
    this.stamp++
    const headStamp = this.stamp
    let head = 0
    for (let k = 0; k < c.questions.length; k++) {
      const units = c.questionUnits[k] as Int32Array
      const s = this.dice(units, this.unitPos, q.unitIdf, q.idfSum, c.unitIdfSums[k] as number)
      if (matched < 0 || s > qsim) {
        qsim = s
        matched = k
      }
      const words = c.questionWords[k] as Int32Array
      wsim = Math.max(wsim, this.dice(words, this.wordPos, q.wordIdf, q.wordIdfSum, c.wordIdfSums[k] as number))
      prefix = Math.max(prefix, commonPrefix(q.norm, c.normQuestions[k] as string))
      run = Math.max(run, longestCommonRun(q.norm, c.normQuestions[k] as string))
      head += this.mark(units, this.stampHead, q.unitIdf)
    }
    let lead = 0
    for (let p = 0; p < q.lead.length; p++) if (q.lead[p] === 1 && this.stampHead[p] === headStamp) lead++
    // Whole-entry coverage starts from what the questions cover; then each passage on its own.
    for (let p = 0; p < q.unitIdf.length; p++) if (this.stampHead[p] === headStamp) this.stampAny[p] = headStamp
    let covered = head
    let best = 0
    for (const ids of c.passages) {
      covered += this.markAny(ids, q.unitIdf, headStamp)
      this.stamp++
      best = Math.max(best, this.mark(ids, this.stampPass, q.unitIdf))
    }
    const headCov = head
    let wordsCovered = 0
    for (let i = 0; i < c.words.length; i++) {
      const p = this.wordPos[c.words[i] as number] as number
      if (p > 0) wordsCovered += q.wordIdf[p - 1] as number
    }
    let rare = 0
    for (let p = 0; p < q.rare.length; p++)
      if (q.rare[p] === 1 && this.stampAny[p] === headStamp) rare += q.unitIdf[p] as number
    const share = (x: number, of: number) => (of > 0 ? x / of : 0)
    return {
      features: {
        bm25,
        norm: share(bm25, q.upper),
        qsim,
        wsim,
        coverage: share(covered, q.idfSum),
        passage: share(best, q.idfSum),
        headCoverage: share(headCov, q.idfSum),
        wordCoverage: share(wordsCovered, q.wordIdfSum),
        rare: share(rare, q.rareIdf),
        place: placeRelation(q.places, places),
        placeExtra: q.places.length === 0 && places.length > 0 ? 1 : 0,
        // The question's most specific place: 北京市西城区 matches an entry on 西城区, an entry on 北京市 only contains it.
        placeSpecific: placeRelation(specificPlaces(q.places), places),
        run: Math.min(run, 12) / 12,
        issuer: issuerRelation(q.issuers, tags.issuers),
        topic: topicAgreement(q.topics, c.topics),
        // How much of its document an entry holds (its Q/A pairs): a larger document is asked about more.
        pairs: Math.min(c.passages.length - 1, 3) / 3,
        prefix: Math.min(prefix, 8) / 8,
        lead: q.leadCount > 0 ? lead / q.leadCount : 0,
        oov: q.oov,
      },
      matchedQuestion: matched >= 0 ? (c.questions[matched] as string) : null,
    }
  }

  /** Like mark, on the whole-entry stamp `s` (which is not advanced per passage). */
  private markAny(ids: Int32Array, idf: Float64Array, s: number): number {
    let added = 0
    for (let i = 0; i < ids.length; i++) {
      const p = this.unitPos[ids[i] as number] as number
      if (p > 0 && this.stampAny[p - 1] !== s) {
        this.stampAny[p - 1] = s
        added += idf[p - 1] as number
      }
    }
    return added
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
