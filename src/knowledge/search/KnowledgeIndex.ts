import modelJson from '../../../knowledge/models/answerability.json' with { type: 'json' }
import synonymsJson from '../../../knowledge/synonyms.json' with { type: 'json' }
import { AnswerabilityModel } from './AnswerabilityModel'
import { type CandidateFeatures, candidateFeatures, type QueryInfo } from './features'
import { audienceFactor, type FilterFields, filterFields, isVisible } from './filters'
import { type FieldTerms, InvertedIndex } from './InvertedIndex'
import { normalizeText } from './normalize'
import { answerText, bestPassage, parseQaPairs } from './passages'
import { DEFAULT_RANK, type RankParams } from './rankParams'
import { findPlaces, type Place, placeNames } from './regions'
import { MaxMatchSegmenter, type Segmenter } from './segmenter'
import { subjectOf } from './subject'
import { SynonymTable } from './synonyms'
import { type TermKey, Tokenizer, termKey } from './tokenizer'
import type { SearchableEntry, SearchHit, SearchOptions, SearchResponse } from './types'

export interface KnowledgeIndexOptions {
  /** Defaults to dictionary max-match (synonyms + place names); pass loadJiebaSegmenter()'s result on Node. */
  segmenter?: Segmenter
  synonyms?: SynonymTable
  /** null disables the model: answerable then falls back to a fixed normalised-score threshold. */
  model?: AnswerabilityModel | null
  rank?: Partial<RankParams>
}

interface Rec {
  entry: SearchableEntry
  filter: FilterFields
  places: Place[]
}

interface Candidate {
  slot: number
  score: number
  cf?: CandidateFeatures
}

/** Used only when no model file is usable: a deliberately cautious cut on the normalised BM25 score. */
const FALLBACK_NORM_THRESHOLD = 0.45

/**
 * In-memory policy search: BM25F over title/questions/body with Chinese bigrams, words and synonym concepts,
 * hard filters (state, validity, region), an audience preference, a feature re-rank of the top list, and a
 * calibrated answerability decision. Runtime-agnostic: no I/O; data files arrive through static JSON imports.
 */
export class KnowledgeIndex {
  readonly tokenizer: Tokenizer
  readonly rank: RankParams
  private readonly model: AnswerabilityModel | null
  private readonly inv: InvertedIndex
  private readonly ids = new Map<string, number>()
  private readonly recs: Array<Rec | undefined> = []
  private acc = new Float32Array(0)
  private mark = new Uint8Array(0)
  private touched = new Int32Array(0)

  constructor(opts: KnowledgeIndexOptions = {}) {
    const synonyms = opts.synonyms ?? SynonymTable.fromJson(synonymsJson)
    const segmenter = opts.segmenter ?? new MaxMatchSegmenter([...synonyms.words, ...placeNames()])
    this.tokenizer = new Tokenizer({ segmenter, synonyms })
    this.rank = { ...DEFAULT_RANK, ...opts.rank }
    this.model = opts.model === undefined ? AnswerabilityModel.fromJson(modelJson) : opts.model
    this.inv = new InvertedIndex(this.rank.bm25)
  }

  get size(): number {
    return this.ids.size
  }

  has(id: string): boolean {
    return this.ids.has(id)
  }

  upsert(e: SearchableEntry): void {
    this.remove(e.id)
    const slot = this.inv.add(this.fieldTerms(e))
    const head = normalizeText(`${e.title}\n${e.questions.join('\n')}`)
    let places = findPlaces(head)
    if (places.length === 0) places = findPlaces(normalizeText(e.body.slice(0, 200)))
    this.recs[slot] = { entry: e, filter: filterFields(e), places }
    this.ids.set(e.id, slot)
  }

  remove(id: string): void {
    const slot = this.ids.get(id)
    if (slot === undefined) return
    const rec = this.recs[slot] as Rec
    this.inv.remove(slot, this.fieldTerms(rec.entry))
    this.recs[slot] = undefined
    this.ids.delete(id)
  }

  search(query: string, opts: SearchOptions = {}): SearchResponse {
    const limit = Math.max(1, Math.min(opts.limit ?? 5, 50))
    const q = this.queryInfo(query)
    const ranked = this.candidates(q, opts)
    const top = ranked[0]
    const decision = top?.cf ? this.decide(top.cf.features) : { answerable: false, confidence: 0 }
    const results = ranked.slice(0, limit).map((c) => this.hit(c, q))
    return { results, answerable: decision.answerable, confidence: round(decision.confidence) }
  }

  /** Features and scores of the top candidates before the answerability decision, for the console. */
  explain(
    query: string,
    opts: SearchOptions = {},
  ): Array<{ id: string; title: string; features: Record<string, number> }> {
    const q = this.queryInfo(query)
    return this.candidates(q, opts)
      .slice(0, opts.limit ?? 10)
      .map((c) => {
        const e = (this.recs[c.slot] as Rec).entry
        return { id: e.id, title: e.title, features: c.cf?.features ?? {} }
      })
  }

  private fieldTerms(e: SearchableEntry): FieldTerms {
    const t = this.tokenizer
    const pairs = parseQaPairs(e.body)
    const questions = [...new Set([...e.questions, ...pairs.map((p) => p.question)])]
    return [t.terms(e.title), t.terms(questions.join('\n')), t.terms(answerText(e.body, pairs), false)]
  }

  private queryInfo(query: string): QueryInfo {
    let norm = normalizeText(query)
    if (this.rank.queryStop.length > 0) norm = norm.replace(new RegExp(this.rank.queryStop.join('|'), 'gu'), ' ')
    const bigrams = new Map<string, number>()
    let idfSum = 0
    let oov = 0
    const maxIdf = this.inv.idfOf(0)
    for (const b of this.tokenizer.bigrams(norm)) {
      const w = this.inv.idf(termKey(b))
      bigrams.set(b, w)
      idfSum += w
      if (w >= maxIdf) oov += w
    }
    oov = idfSum > 0 ? oov / idfSum : 0
    const words = new Map<string, number>()
    let wordIdfSum = 0
    for (const w of this.tokenizer.words(norm)) {
      const v = this.inv.idf(w)
      words.set(w, v)
      wordIdfSum += v
    }
    const lead = this.tokenizer.bigrams(norm.slice(0, 8))
    const subject = this.tokenizer.bigrams(subjectOf(norm))
    return { norm, bigrams, idfSum, words, wordIdfSum, subject, lead, maxIdf, oov, places: findPlaces(norm), upper: 0 }
  }

  /** BM25F accumulation, filters and audience factor, top-N by BM25, then the feature re-rank. */
  private candidates(q: QueryInfo, opts: SearchOptions): Candidate[] {
    const { rank } = this
    const weights = new Map<TermKey, number>()
    for (const t of this.tokenizer.terms(q.norm)) {
      const w = typeof t === 'number' ? 1 : t.startsWith('w:') ? rank.wordWeight : t.startsWith('s:') ? rank.conceptWeight : 1
      weights.set(t, (weights.get(t) ?? 0) + w)
    }
    let upper = 0
    for (const [t, w] of weights) if (this.inv.df(t) > 0) upper += w * this.inv.idf(t) * (rank.bm25.k1 + 1)
    q.upper = upper
    this.ensureBuffers()
    const n = this.inv.accumulate(weights, this.acc, this.mark, this.touched)
    const nowMs = (opts.now ?? new Date()).getTime()
    const depth = rank.rerankDepth
    const top: Candidate[] = []
    for (let i = 0; i < n; i++) {
      const slot = this.touched[i] as number
      let score = this.acc[slot] as number
      this.acc[slot] = 0
      this.mark[slot] = 0
      const rec = this.recs[slot]
      if (!rec || !isVisible(rec.filter, opts, nowMs)) continue
      score *= audienceFactor(rec.filter.audience, opts.audience)
      if (top.length === depth && score <= (top[depth - 1] as Candidate).score) continue
      let j = Math.min(top.length, depth - 1)
      while (j > 0 && (top[j - 1] as Candidate).score < score) {
        top[j] = top[j - 1] as Candidate
        j--
      }
      top[j] = { slot, score }
    }
    for (const c of top) {
      const rec = this.recs[c.slot] as Rec
      c.cf = this.features(q, rec, c.score)
      const f = c.cf.features
      c.score =
        (f.norm as number) +
        rank.wQsim * (f.qsim as number) +
        rank.wCoverage * (f.coverage as number) +
        rank.wPlace * (f.place as number) +
        rank.wPrefix * (f.prefix as number)
    }
    top.sort((a, b) => b.score - a.score)
    const first = top[0]
    if (first?.cf) {
      const second = top[1]?.score ?? 0
      first.cf.features.margin = first.score > 0 ? Math.max(0, (first.score - second) / first.score) : 0
      first.cf.features.rankScore = first.score
    }
    return top
  }

  private features(q: QueryInfo, rec: Rec, bm25: number): CandidateFeatures {
    const e = rec.entry
    const pairs = parseQaPairs(e.body)
    const questions = [...new Set([e.title, ...e.questions, ...pairs.map((p) => p.question)])]
    const t = this.tokenizer
    return candidateFeatures(
      q,
      { questions, body: answerText(e.body, pairs), pairs: Math.max(1, pairs.length), places: rec.places },
      bm25,
      (s) => t.bigrams(s),
      (s) => t.words(s),
      (b) => this.inv.idf(termKey(b)),
    )
  }

  private decide(f: Record<string, number>): { answerable: boolean; confidence: number } {
    if (this.model) return this.model.decide(f)
    const norm = f.norm ?? 0
    return { answerable: norm >= FALLBACK_NORM_THRESHOLD, confidence: Math.min(1, norm) }
  }

  private hit(c: Candidate, q: QueryInfo): SearchHit {
    const e = (this.recs[c.slot] as Rec).entry
    const pairs = parseQaPairs(e.body)
    const t = this.tokenizer
    const overlap = (s: string) => {
      let v = 0
      for (const b of t.bigrams(s)) v += q.bigrams.get(b) ?? 0
      return v
    }
    const matchedQuestion = c.cf?.matchedQuestion ?? null
    const pair = pairs.find((p) => p.question === matchedQuestion) ?? bestBy(pairs, (p) => overlap(p.question))
    const answer = pair ? pair.answer : e.body.trim().slice(0, 300)
    const snippet = bestPassage(answerText(e.body, pairs), overlap, 120)
    const features: Record<string, number> = {}
    for (const [k, v] of Object.entries(c.cf?.features ?? {})) features[k] = round(v)
    return { id: e.id, title: e.title, score: round(c.score), snippet, answer, matchedQuestion, features }
  }

  private ensureBuffers(): void {
    const cap = this.inv.capacity
    if (this.acc.length >= cap) return
    const size = Math.max(1024, cap * 2)
    this.acc = new Float32Array(size)
    this.mark = new Uint8Array(size)
    this.touched = new Int32Array(size)
  }
}

function bestBy<T>(items: T[], score: (x: T) => number): T | undefined {
  let best: T | undefined
  let bestScore = Number.NEGATIVE_INFINITY
  for (const x of items) {
    const s = score(x)
    if (s > bestScore) {
      best = x
      bestScore = s
    }
  }
  return best
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000
}
