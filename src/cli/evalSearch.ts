/**
 * Scores the knowledge search on the shared dev questions exactly like ../shared/eval/run_eval.mjs (`policy`
 * section: limit 3, hit@1/hit@3 on covered questions, answerable recall on covered ones, abstention on
 * uncovered ones), then benchmarks a synthetic 100,000-entry index (build time, search p50/p99, heap).
 *
 *   node --expose-gc --import tsx src/cli/evalSearch.ts [--data /work/shared/data] [--jieba] [--no-bench]
 *        [--bench-size 100000] [--rank '{"rerankDepth":40}'] [--misses 20]
 *   node --import tsx src/cli/evalSearch.ts --cpu   (per-query search CPU at the committed and the shared base)
 *
 * Without --jieba the index uses its built-in segmenter, as the gateway does (`new KnowledgeIndex()`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readMarkdownDir } from './loadKnowledgeDir.js'
import { loadJiebaSegmenter } from '../knowledge/search/jiebaSegmenter.js'
import { KnowledgeIndex, type KnowledgeIndexOptions } from '../knowledge/search/KnowledgeIndex.js'
import { parseQaPairs, sentences } from '../knowledge/search/passages.js'
import { placeNames } from '../knowledge/search/regions.js'
import { SynonymTable } from '../knowledge/search/synonyms.js'
import type { SearchableEntry } from '../knowledge/search/types.js'
import synonymsJson from '../../knowledge/synonyms.json' with { type: 'json' }

export interface KbRow {
  id: string
  title: string
  questions?: string[]
  body: string
  category?: string
  source?: string
}
export interface QuestionRow {
  question: string
  expected: string | null
}

export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
export const flag = (name: string): boolean => process.argv.includes(`--${name}`)

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T)
}

export function toEntry(r: KbRow): SearchableEntry {
  return {
    id: r.id,
    title: r.title,
    questions: r.questions ?? [],
    body: r.body,
    category: r.category ?? null,
    source: r.source ?? null,
    audience: 'all',
    region: null,
    state: 'published',
  }
}

/** Index options: the built-in max-match segmenter, or jieba when asked for and loadable. */
export async function indexOptions(useJieba: boolean): Promise<KnowledgeIndexOptions> {
  const synonyms = SynonymTable.fromJson(synonymsJson)
  const rank = arg('rank') ? JSON.parse(arg('rank') as string) : undefined
  const segmenter = useJieba ? ((await loadJiebaSegmenter(synonyms.words)) ?? undefined) : undefined
  return { synonyms, segmenter, rank }
}

export interface DevScore {
  n: number
  hit1: number
  hit3: number
  answerableRecall: number
  abstainOnUnknown: number
  answeredTop1Correct: number
  p50ms: number
  p99ms: number
}

const r3 = (x: number) => Math.round(x * 1000) / 1000
export const pct = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN
}

export function scoreDev(index: KnowledgeIndex, rows: QuestionRow[], misses = 0): DevScore {
  let pos = 0
  let h1 = 0
  let h3 = 0
  let ansPos = 0
  let neg = 0
  let absNeg = 0
  let answered = 0
  let answeredRight = 0
  const ms: number[] = []
  const shown: string[] = []
  for (const r of rows) {
    const t0 = performance.now()
    const res = index.search(r.question, { limit: 3 })
    ms.push(performance.now() - t0)
    const ids = res.results.map((h) => h.id)
    if (res.answerable) {
      answered++
      if (r.expected !== null && ids[0] === r.expected) answeredRight++
    }
    if (r.expected === null) {
      neg++
      if (!res.answerable) absNeg++
      continue
    }
    pos++
    if (ids[0] === r.expected) h1++
    else if (shown.length < misses) shown.push(`${r.question}\n   got: ${res.results[0]?.title}\n`)
    if (ids.slice(0, 3).includes(r.expected)) h3++
    if (res.answerable) ansPos++
  }
  if (shown.length) console.log(shown.join('\n'))
  return {
    n: rows.length,
    hit1: r3(h1 / pos),
    hit3: r3(h3 / pos),
    answerableRecall: r3(ansPos / pos),
    abstainOnUnknown: r3(absNeg / Math.max(1, neg)),
    answeredTop1Correct: r3(answeredRight / Math.max(1, answered)),
    p50ms: r3(pct(ms, 0.5)),
    p99ms: r3(pct(ms, 0.99)),
  }
}

/** Deterministic PRNG (mulberry32) so the synthetic benchmark corpus is the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PLACE_RE = new RegExp(
  placeNames()
    .filter((n) => n.length >= 2)
    .sort((a, b) => b.length - a.length)
    .join('|'),
  'gu',
)

/**
 * Synthetic entries shaped like the shared ones: each takes a real entry, swaps its place names for random
 * others, and recombines its answer sentences with sentences of another entry, so vocabulary, lengths and
 * the many near-duplicates between regions resemble a large real knowledge base.
 */
export function* syntheticEntries(kb: KbRow[], count: number, seed = 12345): Generator<SearchableEntry> {
  const rnd = prng(seed)
  const places = placeNames().filter((n) => /[省市区县州]$/u.test(n))
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T
  const pieces = (r: KbRow) =>
    sentences(
      parseQaPairs(r.body)
        .map((p) => p.answer)
        .join('\n') || r.body,
    )
  for (let i = 0; i < count; i++) {
    const base = pick(kb)
    const other = pick(kb)
    const place = pick(places)
    const swap = (s: string) => s.replace(PLACE_RE, place)
    const mix = [...pieces(base), ...pieces(other).slice(0, 2)].sort(() => rnd() - 0.5)
    const answer = swap(mix.join(''))
    const questions = (base.questions?.length ? base.questions : [base.title]).map(swap)
    const title = questions[0] ?? swap(base.title)
    yield {
      ...toEntry(base),
      id: `syn-${i}`,
      title,
      questions,
      body: questions.map((q, k) => `问：${q}\n答：${k === 0 ? answer : (pieces(base)[k] ?? answer)}`).join('\n'),
    }
  }
}

function heap(): Record<string, number> {
  const g = (globalThis as { gc?: () => void }).gc
  if (g) g()
  const m = process.memoryUsage()
  const mb = (x: number) => Math.round(x / 1048576)
  return {
    heapUsedMB: mb(m.heapUsed),
    arrayBuffersMB: mb(m.arrayBuffers),
    externalMB: mb(m.external),
    rssMB: mb(m.rss),
  }
}

/** Builds a 100,000-entry index (the shared entries plus synthetic ones) and times import and search. */
export function runBenchmark(kb: KbRow[], rows: QuestionRow[], opts: KnowledgeIndexOptions, size: number) {
  const synthetic = [...syntheticEntries(kb, Math.max(0, size - kb.length))]
  const before = heap()
  const index = new KnowledgeIndex(opts)
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  for (const r of kb) index.upsert(toEntry(r))
  for (const e of synthetic) index.upsert(e)
  index.compact()
  const buildMs = performance.now() - t0
  const buildCpuMs = process.cpuUsage(c0).user / 1000
  synthetic.length = 0
  index.search('预热', { limit: 3 })
  const after = heap()
  const dev = scoreDev(index, rows)
  // On a shared machine a single pass mostly measures waiting for the CPU; the best of three runs of each
  // query is the search's own cost. Both are reported.
  const best: number[] = []
  const c1 = process.cpuUsage()
  for (const r of rows) {
    let b = Number.POSITIVE_INFINITY
    for (let k = 0; k < 3; k++) {
      const t = performance.now()
      index.search(r.question, { limit: 3 })
      b = Math.min(b, performance.now() - t)
    }
    best.push(b)
  }
  const cpuPerQuery = process.cpuUsage(c1).user / 1000 / (3 * rows.length)
  return {
    loadAverage1m: r3(loadavg()[0] ?? 0),
    entries: index.size,
    buildMs: Math.round(buildMs),
    buildCpuMs: Math.round(buildCpuMs),
    searchP50ms: dev.p50ms,
    searchP99ms: dev.p99ms,
    searchBestOf3P50ms: r3(pct(best, 0.5)),
    searchBestOf3P99ms: r3(pct(best, 0.99)),
    searchCpuMsPerQuery: r3(cpuPerQuery),
    hit1At100k: dev.hit1,
    hit3At100k: dev.hit3,
    memoryBefore: before,
    memoryAfter: after,
  }
}

/**
 * Process CPU per search (user + system), the dev questions searched `rounds` times after a warm-up pass:
 * what one chat message's knowledge lookup costs the gateway, independent of waiting on a shared machine.
 */
export function cpuPerQuery(index: KnowledgeIndex, rows: QuestionRow[], rounds = 5): number {
  for (const r of rows) index.search(r.question, { limit: 3 })
  const c0 = process.cpuUsage()
  for (let k = 0; k < rounds; k++) for (const r of rows) index.search(r.question, { limit: 3 })
  const c = process.cpuUsage(c0)
  return r3((c.user + c.system) / 1000 / (rounds * rows.length))
}

function cpuReport(kb: KbRow[], rows: QuestionRow[], opts: KnowledgeIndexOptions): Record<string, number> {
  const committed = new KnowledgeIndex(opts)
  for (const e of readMarkdownDir(join(process.cwd(), 'knowledge/policies')).entries)
    committed.upsert({ ...e, category: e.category ?? null })
  const shared = new KnowledgeIndex(opts)
  for (const r of kb) shared.upsert(toEntry(r))
  return {
    committedEntries: committed.size,
    committedCpuMsPerQuery: cpuPerQuery(committed, rows),
    sharedEntries: shared.size,
    sharedCpuMsPerQuery: cpuPerQuery(shared, rows),
  }
}

async function main(): Promise<void> {
  const data = arg('data') ?? '/work/shared/data'
  const kbPath = join(data, 'knowledge/policy_kb.jsonl')
  const qPath = join(data, 'eval/policy_questions.jsonl')
  if (!existsSync(kbPath) || !existsSync(qPath)) throw new Error(`shared data not found under ${data}`)
  const kb = readJsonl<KbRow>(kbPath)
  const rows = readJsonl<QuestionRow>(qPath)
  const opts = await indexOptions(flag('jieba'))
  console.log(`segmenter: ${opts.segmenter?.name ?? 'max-match (fallback)'}`)
  if (flag('cpu')) {
    console.log(JSON.stringify({ cpu: cpuReport(kb, rows, opts) }))
    return
  }
  const index = new KnowledgeIndex(opts)
  const t0 = performance.now()
  for (const r of kb) index.upsert(toEntry(r))
  console.log(`indexed ${index.size} entries in ${Math.round(performance.now() - t0)} ms`)
  const dev = scoreDev(index, rows, Number(arg('misses') ?? 0))
  console.log(JSON.stringify({ policy: dev }))
  if (flag('no-bench')) return
  console.log(JSON.stringify({ bench: runBenchmark(kb, rows, opts, Number(arg('bench-size') ?? 100_000)) }))
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
