/**
 * The learned part of search, fitted offline by src/cli/calibrateAnswerability.ts and stored as
 * knowledge/models/answerability.json:
 * - `rerank`: linear weights over candidate features (a listwise softmax model), ordering the BM25 top list;
 * - `answerability`: a logistic model over features of the re-ranked top hit, with the probability threshold
 *   at which a query counts as answerable. Features are standardised with the training mean/scale.
 */
export interface LinearModel {
  features: string[]
  weights: number[]
}

export interface LogisticModel extends LinearModel {
  mean: number[]
  scale: number[]
  bias: number
  threshold: number
}

export interface RankModelFile {
  rerank: LinearModel
  answerability: LogisticModel
}

function linear(m: LinearModel, f: Record<string, number>): number {
  let z = 0
  m.features.forEach((name, i) => {
    z += (m.weights[i] as number) * (f[name] ?? 0)
  })
  return z
}

export function logistic(m: LogisticModel, f: Record<string, number>): number {
  let z = m.bias
  m.features.forEach((name, i) => {
    z += ((m.weights[i] as number) * ((f[name] ?? 0) - (m.mean[i] as number))) / ((m.scale[i] as number) || 1)
  })
  return 1 / (1 + Math.exp(-z))
}

function isLinear(x: unknown): x is LinearModel {
  const m = x as Partial<LinearModel> | null
  return (
    !!m &&
    Array.isArray(m.features) &&
    Array.isArray(m.weights) &&
    m.features.length === m.weights.length &&
    m.weights.every((w) => typeof w === 'number')
  )
}

function isLogistic(x: unknown): x is LogisticModel {
  const m = x as Partial<LogisticModel> | null
  const n = m?.features?.length
  return (
    isLinear(x) &&
    typeof m?.bias === 'number' &&
    typeof m.threshold === 'number' &&
    m.mean?.length === n &&
    m.scale?.length === n
  )
}

/**
 * Used when no model file is usable (first checkout before calibration, a corrupted file): BM25 order with
 * place and subject bonuses, and a cautious answerability cut on the normalised score.
 */
export const FALLBACK_MODEL: RankModelFile = {
  rerank: { features: ['norm', 'place', 'prefix'], weights: [1, 0.2, 0.2] },
  answerability: { features: ['norm'], weights: [1], mean: [0], scale: [0.1], bias: -4.5, threshold: 0.5 },
}

export class RankModel {
  constructor(readonly file: RankModelFile) {}

  /** The stored model, or the fallback when the JSON does not have the expected shape. */
  static fromJson(json: unknown): RankModel {
    const f = json as Partial<RankModelFile> | null
    if (f && isLinear(f.rerank) && isLogistic(f.answerability)) return new RankModel(f as RankModelFile)
    return new RankModel(FALLBACK_MODEL)
  }

  rerankScore(features: Record<string, number>): number {
    return linear(this.file.rerank, features)
  }

  answerProbability(features: Record<string, number>): number {
    return logistic(this.file.answerability, features)
  }

  get threshold(): number {
    return this.file.answerability.threshold
  }
}
