/**
 * The answerability decision: a logistic model over a handful of retrieval features of the top hit, fitted
 * offline by src/cli/calibrateAnswerability.ts and stored as knowledge/models/answerability.json. Features
 * are standardised with the training mean/scale so the stored weights are comparable to each other.
 */
export interface AnswerabilityModelFile {
  features: string[]
  mean: number[]
  scale: number[]
  weights: number[]
  bias: number
  /** Probability at or above which the index calls a query answerable. */
  threshold: number
}

export class AnswerabilityModel {
  constructor(readonly file: AnswerabilityModelFile) {}

  /** Returns null when the JSON does not have the expected shape, so callers can fall back. */
  static fromJson(json: unknown): AnswerabilityModel | null {
    const f = json as Partial<AnswerabilityModelFile> | null
    if (!f || !Array.isArray(f.features) || !Array.isArray(f.weights) || typeof f.bias !== 'number') return null
    const n = f.features.length
    if (f.weights.length !== n || f.mean?.length !== n || f.scale?.length !== n) return null
    if (typeof f.threshold !== 'number') return null
    return new AnswerabilityModel(f as AnswerabilityModelFile)
  }

  probability(features: Record<string, number>): number {
    const { features: names, mean, scale, weights, bias } = this.file
    let z = bias
    names.forEach((name, i) => {
      z += ((weights[i] as number) * ((features[name] ?? 0) - (mean[i] as number))) / ((scale[i] as number) || 1)
    })
    return 1 / (1 + Math.exp(-z))
  }

  decide(features: Record<string, number>): { answerable: boolean; confidence: number } {
    const p = this.probability(features)
    return { answerable: p >= this.file.threshold, confidence: p }
  }
}
