/**
 * Fits knowledge/models/answerability.json: the learned re-rank and the answerability decision of
 * src/knowledge/search (see RankModel.ts), with k-fold cross-validation split by entry.
 *
 * Provenance: trained on ../shared/data/eval/policy_questions.jsonl (1,018 questions, `expected` entry id or
 * null) against an index of ../shared/data/knowledge/policy_kb.jsonl (DataFountain 2020 疫情政务问答). Only
 * weights, feature means/scales, the threshold and CV figures are written; no text of the data.
 *
 *   npx tsx src/cli/calibrateAnswerability.ts [--data /work/shared/data] [--folds 5] [--abstain 0.8]
 *                                            [--jieba] [--dry-run]
 *                                            [--rerank-features a,b,…] [--answer-features a,b,…]
 *
 * The feature flags are for trying a feature set; the CV figures printed are the ones to compare.
 *
 * 1. Re-rank: a listwise softmax model (L2-regularised linear weights over a few candidate features),
 *    trained on the covered questions whose entry is among the BM25 candidates.
 * 2. Answerability: a logistic model over features of the re-ranked top hit, label = "some entry covers the
 *    question" (what the scorer counts). Its inputs come from out-of-fold re-rankers, so they look like
 *    features of unseen questions; the threshold is the lowest probability whose out-of-fold abstention on
 *    uncovered questions reaches --abstain (default 0.8): a wrong confident answer is the worst failure.
 *    Search also refuses a hit that holds less than MIN_CONTENT_COVERAGE of the question's content (see
 *    KnowledgeIndex.ts); the cross-validation applies the same floor, so its figures are what search does.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { topFeatures } from '../knowledge/search/features.js'
import { KnowledgeIndex, MIN_CONTENT_COVERAGE } from '../knowledge/search/KnowledgeIndex.js'
import {
  FALLBACK_MODEL,
  type LinearModel,
  type LogisticModel,
  logistic,
  RankModel,
} from '../knowledge/search/RankModel.js'
import { arg, flag, indexOptions, type KbRow, type QuestionRow, readJsonl, toEntry } from './evalSearch.js'

const list = (name: string, fallback: string[]) => arg(name)?.split(',') ?? fallback
const RERANK_FEATURES = list('rerank-features', [
  'norm',
  'rel',
  'qsim',
  'wsim',
  'coverage',
  'passage',
  'rare',
  'place',
  'placeExtra',
  'prefix',
  'lead',
  'wordCoverage',
  'headCoverage',
  'pairs',
  'run',
  'placeSpecific',
])
// Deliberately no feature that depends on the size of the knowledge base (such as the share of query words no
// entry contains): the gateway's own base is far smaller than the data this is fitted on.
const ANSWER_FEATURES = list('answer-features', [
  'p1',
  'margin',
  'top',
  'norm',
  'coverage',
  'passage',
  'rare',
  'qsim',
  'wordCoverage',
  'contentCoverage',
  'lead',
  'run',
  'prefix',
])
const RERANK_L2 = 0.003
const ANSWER_L2 = 0.01

interface Cand {
  y: boolean
  x: number[]
  f: Record<string, number>
}
interface Query {
  covered: boolean
  cands: Cand[]
}

/**
 * Fold of each question, split by entry: questions about the same entry share a fold, so no entry is seen in
 * training and then scored as unseen (an uncovered question is a group of its own).
 */
function folds(groups: string[], k: number, seed = 7): number[] {
  const keys = [...new Set(groups)]
  let s = seed
  for (let i = keys.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    const j = s % (i + 1)
    ;[keys[i], keys[j]] = [keys[j] as string, keys[i] as string]
  }
  const foldOf = new Map(keys.map((key, i) => [key, i % k]))
  return groups.map((g) => foldOf.get(g) as number)
}

const dot = (w: number[], x: number[]) => x.reduce((a, v, i) => a + v * (w[i] as number), 0)

/** Listwise softmax regression by gradient descent: maximise the log-probability of the right entry. */
function fitRerank(qs: Query[], iterations = 1000): number[] {
  const d = RERANK_FEATURES.length
  const w = new Array<number>(d).fill(0)
  const lists = qs.filter((q) => q.cands.some((c) => c.y))
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0)
    for (const q of lists) {
      const s = q.cands.map((c) => dot(w, c.x))
      const m = Math.max(...s)
      const e = s.map((v) => Math.exp(v - m))
      const z = e.reduce((a, b) => a + b, 0)
      q.cands.forEach((c, j) => {
        const err = (e[j] as number) / z - (c.y ? 1 : 0)
        for (let i = 0; i < d; i++) g[i] = (g[i] as number) + err * (c.x[i] as number)
      })
    }
    for (let i = 0; i < d; i++)
      w[i] = (w[i] as number) - 0.5 * ((g[i] as number) / lists.length + RERANK_L2 * (w[i] as number))
  }
  return w
}

/** The re-ranked top candidate's answerability features under weights w, and whether it is the right entry. */
function topOf(q: Query, w: number[]): { f: Record<string, number>; right: boolean; top3: boolean } | null {
  if (q.cands.length === 0) return null
  const order = q.cands.map((c) => ({ c, s: dot(w, c.x) })).sort((a, b) => b.s - a.s)
  const first = order[0] as { c: Cand; s: number }
  return {
    f: { ...first.c.f, ...topFeatures(order.map((o) => o.s)) },
    right: first.c.y,
    top3: order.slice(0, 3).some((o) => o.c.y),
  }
}

function fitLogistic(xs: number[][], ys: boolean[], iterations = 3000): Omit<LogisticModel, 'threshold'> {
  const d = ANSWER_FEATURES.length
  const mean = ANSWER_FEATURES.map((_, i) => xs.reduce((a, x) => a + (x[i] as number), 0) / xs.length)
  const scale = ANSWER_FEATURES.map(
    (_, i) => Math.sqrt(xs.reduce((a, x) => a + ((x[i] as number) - (mean[i] as number)) ** 2, 0) / xs.length) || 1,
  )
  const z = xs.map((x) => x.map((v, i) => (v - (mean[i] as number)) / (scale[i] as number)))
  const w = new Array<number>(d).fill(0)
  let b = 0
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0)
    let gb = 0
    z.forEach((x, j) => {
      const err = 1 / (1 + Math.exp(-(b + dot(w, x)))) - (ys[j] ? 1 : 0)
      gb += err
      x.forEach((v, i) => {
        g[i] = (g[i] as number) + err * v
      })
    })
    for (let i = 0; i < d; i++)
      w[i] = (w[i] as number) - 0.3 * ((g[i] as number) / z.length + ANSWER_L2 * (w[i] as number))
    b -= (0.3 * gb) / z.length
  }
  return { features: ANSWER_FEATURES, weights: w, mean, scale, bias: b }
}

function auc(scores: number[], labels: boolean[]): number {
  const pos = scores.filter((_, i) => labels[i])
  const neg = scores.filter((_, i) => !labels[i])
  let a = 0
  for (const p of pos) for (const n of neg) a += p > n ? 1 : p === n ? 0.5 : 0
  return a / Math.max(1, pos.length * neg.length)
}

/** What search answers with: the model's probability, or none when the hit holds too little of the question. */
function servedProbability(m: LogisticModel, f: Record<string, number> | undefined): number {
  if (!f || (f.contentCoverage ?? 1) < MIN_CONTENT_COVERAGE) return 0
  return logistic(m, f)
}

const r3 = (x: number) => Math.round(x * 1000) / 1000
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16)

async function main(): Promise<void> {
  const data = arg('data') ?? '/work/shared/data'
  const k = Number(arg('folds') ?? 5)
  const target = Number(arg('abstain') ?? 0.8)
  const kbPath = join(data, 'knowledge/policy_kb.jsonl')
  const qPath = join(data, 'eval/policy_questions.jsonl')
  const rows = readJsonl<QuestionRow>(qPath)
  const opts = await indexOptions(flag('jieba'))
  // Candidate features do not depend on the model; the fallback keeps an old model file out of the loop.
  const index = new KnowledgeIndex({ ...opts, model: new RankModel(FALLBACK_MODEL) })
  for (const r of readJsonl<KbRow>(kbPath)) index.upsert(toEntry(r))
  const qs: Query[] = rows.map((r) => ({
    covered: r.expected !== null,
    cands: index.explain(r.question).map((c) => ({
      y: c.id === r.expected,
      x: RERANK_FEATURES.map((n) => c.features[n] ?? 0),
      f: c.features,
    })),
  }))

  // Out-of-fold: each question is scored by a re-ranker and a logistic model that never saw it.
  const fold = folds(
    rows.map((r, i) => r.expected ?? `uncovered:${i}`),
    k,
  )
  const tops = new Array<ReturnType<typeof topOf>>(qs.length)
  for (let f = 0; f < k; f++) {
    const w = fitRerank(qs.filter((_, i) => fold[i] !== f))
    qs.forEach((q, i) => {
      if (fold[i] === f) tops[i] = topOf(q, w)
    })
  }
  const feats = tops.map((t) => ANSWER_FEATURES.map((n) => t?.f[n] ?? 0))
  const labels = qs.map((q) => q.covered)
  const prob = new Array<number>(qs.length).fill(0)
  for (let f = 0; f < k; f++) {
    const tr = qs.map((_, i) => i).filter((i) => fold[i] !== f)
    const m = {
      ...fitLogistic(
        tr.map((i) => feats[i] as number[]),
        tr.map((i) => labels[i] as boolean),
      ),
      threshold: 0,
    }
    qs.forEach((_, i) => {
      if (fold[i] === f) prob[i] = servedProbability(m, tops[i]?.f)
    })
  }
  const covered = qs.map((_, i) => i).filter((i) => labels[i])
  const uncovered = qs.map((_, i) => i).filter((i) => !labels[i])
  const rate = (idx: number[], ok: (i: number) => boolean) => r3(idx.filter(ok).length / Math.max(1, idx.length))
  const candidates = [...new Set(prob.map((p) => Math.round(p * 1000) / 1000))].sort((a, b) => a - b)
  const threshold = candidates.find((t) => rate(uncovered, (i) => (prob[i] as number) < t) >= target) ?? 0.99
  // The trade-off the threshold moves along, for choosing --abstain.
  const curve = [0.5, 0.6, 0.7, 0.8, 0.9].map((a) => {
    const t = candidates.find((c) => rate(uncovered, (i) => (prob[i] as number) < c) >= a) ?? 0.99
    return {
      abstainUncovered: rate(uncovered, (i) => (prob[i] as number) < t),
      answerRateCovered: rate(covered, (i) => (prob[i] as number) >= t),
      threshold: t,
    }
  })
  const cv = {
    folds: k,
    hit1: rate(covered, (i) => tops[i]?.right === true),
    hit3: rate(covered, (i) => tops[i]?.top3 === true),
    answerabilityAuc: r3(auc(prob, labels)),
    threshold,
    answerRateCovered: rate(covered, (i) => (prob[i] as number) >= threshold),
    abstainUncovered: rate(uncovered, (i) => (prob[i] as number) < threshold),
    answeredTop1Correct: rate(
      qs.map((_, i) => i).filter((i) => (prob[i] as number) >= threshold),
      (i) => tops[i]?.right === true,
    ),
    curve,
  }

  const rerank: LinearModel = { features: RERANK_FEATURES, weights: fitRerank(qs).map(r3) }
  const full = fitLogistic(feats, labels)
  const answerability: LogisticModel = {
    ...full,
    weights: full.weights.map(r3),
    mean: full.mean.map(r3),
    scale: full.scale.map(r3),
    bias: r3(full.bias),
    threshold,
  }
  const out = {
    $comment: 'Generated by src/cli/calibrateAnswerability.ts; do not edit by hand. See RankModel.ts.',
    rerank,
    answerability,
    cv,
    provenance: {
      script: 'src/cli/calibrateAnswerability.ts',
      knowledgeBase: { file: 'policy_kb.jsonl', sha256_16: sha(kbPath) },
      questions: { file: 'policy_questions.jsonl', sha256_16: sha(qPath), n: rows.length },
      segmenter: opts.segmenter?.name ?? 'max-match',
      abstainTarget: target,
    },
  }
  console.log(
    JSON.stringify({ cv, rerank, answerability: { features: ANSWER_FEATURES, weights: answerability.weights } }),
  )
  if (flag('dry-run')) return
  const file = fileURLToPath(new URL('../../knowledge/models/answerability.json', import.meta.url))
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`)
  console.log(`wrote ${file}`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
