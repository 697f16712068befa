/**
 * Training side of `linearModel.ts`: multinomial logistic regression fitted by per-example
 * AdaGrad with L2 shrinkage on the touched weights. Pure computation (no I/O), so the CLI
 * trainer and tests can share it. Deterministic for a given seed.
 */
import { linearScores, type SparseVector, softmax } from './linearModel.js'

export interface TrainOptions {
  epochs: number
  learningRate: number
  l2: number
  /** Weight each example by n / (k · n_class) so small classes count as much for macro-F1. */
  balanced: boolean
  seed: number
}

export interface TrainedWeights {
  /** Feature-major, numLabels per feature. */
  weights: Float32Array
  bias: Float64Array
}

/** Mulberry32: a tiny seeded PRNG so that training runs are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffleInPlace<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1))
    const tmp = items[i]!
    items[i] = items[j]!
    items[j] = tmp
  }
  return items
}

export function trainLogReg(
  docs: SparseVector[],
  labels: number[],
  numFeatures: number,
  numLabels: number,
  opts: TrainOptions,
): TrainedWeights {
  const k = numLabels
  const weights = new Float32Array(numFeatures * k)
  const grad2 = new Float32Array(numFeatures * k)
  const bias = new Float64Array(k)
  const biasGrad2 = new Float64Array(k)
  const classCount = new Array<number>(k).fill(0)
  for (const y of labels) classCount[y]!++
  const exampleWeight = classCount.map((n) => (opts.balanced && n > 0 ? labels.length / (k * n) : 1))
  const rand = seededRandom(opts.seed)
  const order = docs.map((_, i) => i)
  const eps = 1e-8
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, rand)
    for (const d of order) {
      const v = docs[d]!
      const y = labels[d]!
      const p = softmax(linearScores(weights, bias, k, v))
      const w = exampleWeight[y]!
      for (let c = 0; c < k; c++) {
        const g = (p[c]! - (c === y ? 1 : 0)) * w
        biasGrad2[c]! += g * g
        bias[c]! -= (opts.learningRate * g) / Math.sqrt(biasGrad2[c]! + eps)
        for (let i = 0; i < v.idx.length; i++) {
          const at = v.idx[i]! * k + c
          const gw = g * v.val[i]! + opts.l2 * weights[at]!
          grad2[at]! += gw * gw
          weights[at]! -= (opts.learningRate * gw) / Math.sqrt(grad2[at]! + eps)
        }
      }
    }
  }
  return { weights, bias }
}
