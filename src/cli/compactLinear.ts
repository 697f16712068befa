/**
 * The last steps both n-gram trainers share (trainCategory.ts, trainEmergency.ts): prune the vocabulary
 * to the n-grams with the largest weights and refit on exactly what ships, then store the model in the
 * compact int8 form that src/understanding/category/linearModel.ts loads.
 */
import type { CompactLinearModel } from '../understanding/category/linearModel.js'

export interface FittedLinear {
  idf: Float32Array
  /** Feature-major, one weight per label. */
  weights: Float32Array
  bias: Float64Array
}

/** Fits on `grams`; when there are more than `maxFeatures`, keeps the strongest and refits on those. */
export function fitPruned(
  grams: string[],
  labels: number,
  maxFeatures: number,
  train: (vocab: string[]) => FittedLinear,
): { grams: string[]; model: FittedLinear } {
  const model = train(grams)
  if (grams.length <= maxFeatures) return { grams, model }
  const strength = grams.map((_, f) => {
    let s = 0
    for (let c = 0; c < labels; c++) s = Math.max(s, Math.abs(model.weights[f * labels + c]!))
    return s
  })
  const kept = grams
    .map((_, f) => f)
    .sort((a, b) => strength[b]! - strength[a]!)
    .slice(0, maxFeatures)
    .sort((a, b) => a - b)
    .map((f) => grams[f]!)
  return { grams: kept, model: train(kept) }
}

/** The compact form: idf as uint8 / 16, weights as int8 × weightScale, bias to four decimals. */
export function toCompact(
  grams: string[],
  model: FittedLinear,
  meta: Pick<CompactLinearModel, 'labels' | 'minN' | 'maxN' | 'temperature'>,
): CompactLinearModel {
  let maxAbs = 0
  for (const w of model.weights) maxAbs = Math.max(maxAbs, Math.abs(w))
  const weightScale = maxAbs / 127
  return {
    format: 'char-ngram-logreg/v1',
    ...meta,
    bias: Array.from(model.bias, (b) => Math.round(b * 1e4) / 1e4),
    weightScale,
    idfScale: 16,
    vocab: grams.join('\n'),
    idf: Buffer.from(Uint8Array.from(model.idf, (v) => Math.round(v * 16))).toString('base64'),
    weights: Buffer.from(Int8Array.from(model.weights, (w) => Math.round(w / weightScale)).buffer).toString('base64'),
  }
}
