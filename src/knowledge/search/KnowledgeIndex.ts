import modelJson from '../../../knowledge/models/answerability.json' with { type: 'json' }
import synonymsJson from '../../../knowledge/synonyms.json' with { type: 'json' }
import { buildProfile, type EntryProfile } from './EntryProfile.js'
import { addListFeatures, type CandidateFeatures, FeatureScorer, type QueryInfo, topFeatures } from './features.js'
import {
  audienceFactor,
  type FilterFields,
  filterFields,
  isVisible,
  MAX_AUDIENCE_FACTOR,
  regionScope,
} from './filters.js'
import { type FieldTerms, InvertedIndex } from './InvertedIndex.js'
import { normalizeText } from './normalize.js'
import { answerText, bestPassage, parseQaPairs } from './passages.js'
import { bigramOverlap } from './bigramOverlap.js'
import { queryInfo } from './queryInfo.js'
import { RankModel } from './RankModel.js'
import { DEFAULT_RANK, type RankParams } from './rankParams.js'
import { addTagWeights, type EntryTags, entryTags, tagTerms } from './entryTags.js'
import { placeNames } from './regions.js'
import { MaxMatchSegmenter, type Segmenter } from './segmenter.js'
import { SynonymTable } from './synonyms.js'
import { type TermKey, Tokenizer } from './tokenizer.js'
import type { SearchableEntry, SearchHit, SearchOptions, SearchResponse } from './types.js'
import { contentCoverage, contentPairs, isVagueQuery } from './vagueQuery.js'

export interface KnowledgeIndexOptions {
  /** Defaults to dictionary max-match (synonyms + place names); on Node pass loadJiebaSegmenter()'s result. */
  segmenter?: Segmenter
  synonyms?: SynonymTable
  /** Defaults to knowledge/models/answerability.json. */
  model?: RankModel
  rank?: Partial<RankParams>
  /** Entry profiles kept at once (default 20,000); see `profileOf`. */
  maxProfiles?: number
}

/** One candidate as `explain` reports it: its features and learned re-rank score, best first. */
export interface Explained {
  id: string
  title: string
  score: number
  features: Record<string, number>
}

interface Rec {
  entry: SearchableEntry
  filter: FilterFields
  tags: EntryTags
  /** Built the first time the entry is a candidate: only entries that queries reach pay its memory. */
  profile?: EntryProfile
}

interface Candidate {
  slot: number
  score: number
  cf: CandidateFeatures
}

/**
 * Least share of a question's content pairs the answering entry must contain. A floor, not a tuned cut: the
 * answerability model weighs coverage too; this keeps a small base from answering 离婚 with building noise.
 */
export const MIN_CONTENT_COVERAGE = 0.34

/** Below this document frequency no term counts as too common to accumulate, whatever the index size. */
const MIN_COMMON_DF = 500

/**
 * In-memory policy search: BM25F over title/questions/body with Chinese bigrams, words and synonym concepts;
 * hard filters (state, validity, region) and an audience preference; a learned re-rank of the top list; a
 * calibrated answerability decision. Runtime-agnostic: no I/O, data files come in through static JSON imports.
 */
export class KnowledgeIndex {
  readonly tokenizer: Tokenizer
  readonly rank: RankParams
  readonly model: RankModel
  private readonly inv: InvertedIndex
  private readonly ids = new Map<string, number>()
  private readonly recs: Array<Rec | undefined> = []
  private readonly scorer: FeatureScorer
  /** Slots whose profile was built, oldest first (a ring), to bound the profiles' memory on a large base. */
  private readonly profiled: Int32Array
  private profiledAt = 0
  private acc = new Float32Array(0)
  private mark = new Uint8Array(0)
  private touched = new Int32Array(0)

  constructor(opts: KnowledgeIndexOptions = {}) {
    const synonyms = opts.synonyms ?? SynonymTable.fromJson(synonymsJson)
    const segmenter = opts.segmenter ?? new MaxMatchSegmenter([...synonyms.words, ...placeNames()])
    this.tokenizer = new Tokenizer({ segmenter, synonyms })
    this.rank = { ...DEFAULT_RANK, ...opts.rank }
    this.model = opts.model ?? RankModel.fromJson(modelJson)
    this.inv = new InvertedIndex(this.rank.bm25)
    this.scorer = new FeatureScorer((id) => this.inv.idfById(id))
    this.profiled = new Int32Array(Math.max(1, opts.maxProfiles ?? 20_000)).fill(-1)
  }

  get size(): number {
    return this.ids.size
  }

  has(id: string): boolean {
    return this.ids.has(id)
  }

  upsert(e: SearchableEntry): void {
    this.remove(e.id)
    const tags = entryTags(e)
    const slot = this.inv.add(this.fieldTerms(e, tags))
    this.recs[slot] = { entry: e, filter: filterFields(e), tags }
    this.ids.set(e.id, slot)
  }

  remove(id: string): void {
    const slot = this.ids.get(id)
    if (slot === undefined) return
    const rec = this.recs[slot] as Rec
    this.inv.remove(slot, this.fieldTerms(rec.entry, rec.tags))
    this.recs[slot] = undefined
    this.ids.delete(id)
  }

  /**
   * Files buffered postings, recomputes length norms, releases growth slack and builds entry profiles;
   * call once after a bulk import. Otherwise the first searches after it do this work.
   */
  compact(): void {
    this.inv.compact()
    // Profiles too, newest entries first, as many as are kept: built lazily, the first few hundred
    // searches after an import each paid for about thirty of them.
    const keep = this.profiled.length
    let built = 0
    for (let slot = this.recs.length - 1; slot >= 0 && built < keep; slot--) {
      const rec = this.recs[slot]
      if (!rec || rec.profile) continue
      this.profileOf(slot, rec)
      built++
    }
  }

  search(query: string, opts: SearchOptions = {}): SearchResponse {
    const limit = Math.max(1, Math.min(opts.limit ?? 5, 50))
    const q = this.queryInfo(query)
    const ranked = this.ranked(q, opts, limit)
    const top = ranked[0]
    const confidence = top ? this.model.answerProbability(top.cf.features) : 0
    return {
      results: ranked.slice(0, limit).map((c) => this.hit(c, q)),
      // A question with nothing to look up ("多少钱？") matches by chance, however well it scores; and an
      // entry that holds little of what the question is about does not answer it, whatever the model says.
      answerable:
        top !== undefined &&
        confidence >= this.model.threshold &&
        !isVagueQuery(query) &&
        (top.cf.features.contentCoverage ?? 1) >= MIN_CONTENT_COVERAGE,
      confidence: round(confidence),
    }
  }

  /** Every candidate the re-rank saw, best first, with all features: for the console and for calibration. */
  explain(query: string, opts: SearchOptions = {}): Explained[] {
    const q = this.queryInfo(query)
    const list = this.ranked(q, opts, opts.limit ?? this.rank.rerankDepth)
    const pairs = contentPairs(q.norm)
    for (const c of list.slice(1)) this.addContentCoverage(q, c, pairs)
    return list.map((c) => {
      const e = (this.recs[c.slot] as Rec).entry
      return { id: e.id, title: e.title, score: c.score, features: c.cf.features }
    })
  }

  private fieldTerms(e: SearchableEntry, tags: EntryTags): FieldTerms {
    const t = this.tokenizer
    const pairs = parseQaPairs(e.body)
    const title = t.terms(e.title)
    // The title is usually also the first question: reuse its terms rather than segment it twice.
    const rest = [...new Set([...e.questions, ...pairs.map((p) => p.question)])].filter((q) => q !== e.title)
    const questions = rest.length === 0 ? title : [...title, ...t.terms(rest.join('\n'))]
    // Body text is long; bigrams and concepts cover it, segmenting it too would double the import time.
    // The entry's places and issuers count as title terms: what the whole entry is about.
    return [[...title, ...tagTerms(tags)], questions, t.terms(answerText(e.body, pairs), false)]
  }

  private queryInfo(query: string): QueryInfo {
    return queryInfo(query, this.tokenizer, this.inv)
  }

  /** Query term weights; sets q.upper, and leaves very common terms out of accumulation. */
  private queryTerms(q: QueryInfo): Map<TermKey, number> {
    const { rank } = this
    const weights = new Map<TermKey, number>()
    for (const t of q.terms) {
      const w =
        typeof t === 'number' ? 1 : t.startsWith('w:') ? rank.wordWeight : t.startsWith('s:') ? rank.conceptWeight : 1
      weights.set(t, (weights.get(t) ?? 0) + w)
    }
    addTagWeights(weights, q, rank.placeWeight, rank.issuerWeight)
    let upper = 0
    let matching = 0
    const common: TermKey[] = []
    const maxDf = Math.max(rank.maxDfRatio * this.inv.size, MIN_COMMON_DF)
    for (const [t, w] of weights) {
      const df = this.inv.df(t)
      if (df === 0) continue
      matching++
      upper += w * this.inv.idfOf(df) * (rank.bm25.k1 + 1)
      if (df > maxDf) common.push(t)
    }
    q.upper = upper
    // A term in a large share of entries barely moves BM25 but costs a pass over that many postings; skip
    // it in accumulation (features still see it) unless the query would have almost nothing left.
    if (matching - common.length >= 3) for (const t of common) weights.delete(t)
    return weights
  }

  /** BM25F top list (filters, audience preference), then features and the learned re-rank. */
  private ranked(q: QueryInfo, opts: SearchOptions, limit: number): Candidate[] {
    const depth = Math.max(this.rank.rerankDepth, limit)
    const top = this.retrieve(this.queryTerms(q), opts, depth)
    this.scorer.begin(q, this.inv.termCount, this.inv.version)
    const list = top.map(({ slot, score }) => {
      const rec = this.recs[slot] as Rec
      return { slot, score, cf: this.scorer.features(q, this.profileOf(slot, rec), rec.tags, score) }
    })
    this.scorer.end(q)
    addListFeatures(list.map((c) => c.cf))
    for (const c of list) c.score = this.model.rerankScore(c.cf.features)
    list.sort((a, b) => b.score - a.score)
    addTopFeatures(list)
    const first = list[0]
    if (first) this.addContentCoverage(q, first)
    return list
  }

  /** See vagueQuery.ts: computed for the hit that would answer (and, in `explain`, for every candidate). */
  private addContentCoverage(q: QueryInfo, c: Candidate, pairs = contentPairs(q.norm)): void {
    const e = (this.recs[c.slot] as Rec).entry
    c.cf.features.contentCoverage = contentCoverage(
      pairs,
      normalizeText(`${e.title}\n${e.questions.join('\n')}\n${e.body}`),
    )
  }

  private retrieve(
    terms: Map<TermKey, number>,
    opts: SearchOptions,
    depth: number,
  ): Array<{ slot: number; score: number }> {
    this.ensureBuffers()
    const { acc, mark, touched } = this
    const n = this.inv.accumulate(terms, acc, mark, touched)
    const nowMs = (opts.now ?? new Date()).getTime()
    const scope = regionScope(opts.region)
    const maxFactor = opts.audience ? MAX_AUDIENCE_FACTOR : 1
    const top: Array<{ slot: number; score: number }> = []
    let floor = Number.NEGATIVE_INFINITY
    for (let i = 0; i < n; i++) {
      const slot = touched[i] as number
      let score = acc[slot] as number
      acc[slot] = 0
      mark[slot] = 0
      // Most touched entries cannot reach the top list: compare before the (slower) filters.
      if (score * maxFactor <= floor) continue
      const rec = this.recs[slot]
      if (!rec || !isVisible(rec.filter, opts, nowMs, scope)) continue
      score *= audienceFactor(rec.filter.audience, opts.audience)
      if (score <= floor) continue
      let j = Math.min(top.length, depth - 1)
      while (j > 0 && (top[j - 1] as { score: number }).score < score) {
        top[j] = top[j - 1] as { slot: number; score: number }
        j--
      }
      top[j] = { slot, score }
      if (top.length === depth) floor = (top[depth - 1] as { score: number }).score
    }
    return top
  }

  /**
   * The entry's profile, built on first use. At most `maxProfiles` are kept: a profile costs a few KB, and on a
   * 100,000-entry base nearly every entry is a candidate some day. The oldest built is dropped first; rebuilding
   * one costs about 0.1 ms, so a popular entry dropped this way is soon back.
   */
  private profileOf(slot: number, rec: Rec): EntryProfile {
    if (rec.profile) return rec.profile
    const ring = this.profiled
    const old = ring[this.profiledAt] as number
    if (old >= 0) {
      const r = this.recs[old]
      if (r) r.profile = undefined
    }
    ring[this.profiledAt] = slot
    this.profiledAt = (this.profiledAt + 1) % ring.length
    rec.profile = buildProfile(rec.entry, this.tokenizer, (k) => this.inv.termId(k))
    return rec.profile
  }

  private hit(c: Candidate, q: QueryInfo): SearchHit {
    const e = (this.recs[c.slot] as Rec).entry
    const pairs = parseQaPairs(e.body)
    const overlap = (s: string) => bigramOverlap(s, q.bigramIdf)
    const matchedQuestion = c.cf.matchedQuestion
    const pair = pairs.find((p) => p.question === matchedQuestion) ?? bestBy(pairs, (p) => overlap(p.question))
    const features: Record<string, number> = {}
    for (const [k, v] of Object.entries(c.cf.features)) features[k] = round(v)
    return {
      id: e.id,
      title: e.title,
      score: round(c.score),
      snippet: bestPassage(answerText(e.body, pairs), overlap, 120),
      answer: pair ? pair.answer : e.body.trim().slice(0, 300),
      matchedQuestion,
      features,
    }
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

/** Adds the list-level answerability inputs to the top candidate's features. */
function addTopFeatures(list: Candidate[]): void {
  const first = list[0]
  if (first) Object.assign(first.cf.features, topFeatures(list.map((c) => c.score)))
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
