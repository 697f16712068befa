/**
 * The model fitting behind src/cli/calibrateAnswerability.ts: a listwise re-rank, a logistic answerability
 * model, folds split by entry, and AUC. Plain gradient descent on a thousand questions: no dependency needed.
 */
import { topFeatures } from '../knowledge/search/features.js'
import type { LogisticModel } from '../knowledge/search/RankModel.js'

export interface Cand {
  y: boolean
  x: number[]
  f: Record<string, number>
}
export interface Query {
  covered: boolean
  cands: Cand[]
}
export interface Top {
  f: Record<string, number>
  right: boolean
  top3: boolean
}

const RERANK_L2 = 0.003
const ANSWER_L2 = 0.01

/**
 * Fold of each question, split by entry: questions about the same entry share a fold, so no entry is seen in
 * training and then scored as unseen (an uncovered question is a group of its own).
 */
export function folds(groups: string[], k: number, seed = 7): number[] {
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

export const dot = (w: number[], x: number[]) => x.reduce((a, v, i) => a + v * (w[i] as number), 0)

/** Listwise softmax regression by gradient descent: maximise the log-probability of the right entry. */
export function fitRerank(qs: Query[], d: number, iterations = 1000): number[] {
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
export function topOf(q: Query, w: number[]): Top | null {
  if (q.cands.length === 0) return null
  const order = q.cands.map((c) => ({ c, s: dot(w, c.x) })).sort((a, b) => b.s - a.s)
  const first = order[0] as { c: Cand; s: number }
  return {
    f: { ...first.c.f, ...topFeatures(order.map((o) => o.s)) },
    right: first.c.y,
    top3: order.slice(0, 3).some((o) => o.c.y),
  }
}

export function fitLogistic(
  features: string[],
  xs: number[][],
  ys: boolean[],
  iterations = 3000,
): Omit<LogisticModel, 'threshold'> {
  const d = features.length
  const mean = features.map((_, i) => xs.reduce((a, x) => a + (x[i] as number), 0) / xs.length)
  const scale = features.map(
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
  return { features, weights: w, mean, scale, bias: b }
}

export function auc(scores: number[], labels: boolean[]): number {
  const pos = scores.filter((_, i) => labels[i])
  const neg = scores.filter((_, i) => !labels[i])
  let a = 0
  for (const p of pos) for (const n of neg) a += p > n ? 1 : p === n ? 0.5 : 0
  return a / Math.max(1, pos.length * neg.length)
}
