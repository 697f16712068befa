/**
 * A compact multinomial logistic-regression model over character n-grams.
 *
 * Stored as JSON so it bundles for Workers: the vocabulary is one newline-joined string, idf and
 * weights are base64 byte arrays (idf as uint8 / idfScale, weights as int8 * weightScale,
 * feature-major with one byte per label). Features are sublinear tf × idf, L2-normalised over
 * the in-vocabulary n-grams; this is exactly what `trainCategory.ts` optimises.
 */
import { textRuns } from './charNgrams.js'
import { GramTable } from './GramTable.js'

export interface CompactLinearModel {
  format: 'char-ngram-logreg/v1'
  labels: string[]
  minN: number
  maxN: number
  temperature: number
  bias: number[]
  weightScale: number
  idfScale: number
  vocab: string
  idf: string
  weights: string
}

export interface LinearModel {
  labels: string[]
  minN: number
  maxN: number
  temperature: number
  bias: Float64Array
  index: Map<string, number>
  idf: Float32Array
  /** Feature-major: weights[f * labels.length + k]. */
  weights: Float32Array
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64)
  const out = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i)
  return out
}

export function loadLinearModel(compact: CompactLinearModel): LinearModel {
  const grams = compact.vocab.split('\n')
  const index = new Map<string, number>()
  for (let i = 0; i < grams.length; i++) index.set(grams[i]!, i)
  const idfBytes = fromBase64(compact.idf)
  const idf = new Float32Array(idfBytes.length)
  for (let i = 0; i < idfBytes.length; i++) idf[i] = idfBytes[i]! / compact.idfScale
  const wBytes = new Int8Array(fromBase64(compact.weights).buffer)
  const weights = new Float32Array(wBytes.length)
  for (let i = 0; i < wBytes.length; i++) weights[i] = wBytes[i]! * compact.weightScale
  if (weights.length !== grams.length * compact.labels.length || idf.length !== grams.length) {
    throw new Error('category model is inconsistent: vocabulary, idf and weights differ in size')
  }
  return {
    labels: compact.labels,
    minN: compact.minN,
    maxN: compact.maxN,
    temperature: compact.temperature,
    bias: Float64Array.from(compact.bias),
    index,
    idf,
    weights,
  }
}

/** Sparse feature vector: vocabulary indices and L2-normalised values. */
export interface SparseVector {
  idx: Int32Array
  val: Float32Array
}

export function vectorize(
  counts: Map<string, number>,
  index: Map<string, number>,
  idf: ArrayLike<number>,
): SparseVector {
  const idx: number[] = []
  const val: number[] = []
  let norm = 0
  for (const [gram, tf] of counts) {
    const f = index.get(gram)
    if (f === undefined) continue
    const x = (1 + Math.log(tf)) * idf[f]!
    idx.push(f)
    val.push(x)
    norm += x * x
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0
  return { idx: Int32Array.from(idx), val: Float32Array.from(val, (x) => x * inv) }
}

/** Raw class scores (logits before temperature). */
export function linearScores(
  weights: ArrayLike<number>,
  bias: ArrayLike<number>,
  k: number,
  v: SparseVector,
): Float64Array {
  const out = new Float64Array(k)
  for (let c = 0; c < k; c++) out[c] = bias[c]!
  for (let i = 0; i < v.idx.length; i++) {
    const base = v.idx[i]! * k
    const x = v.val[i]!
    for (let c = 0; c < k; c++) out[c]! += weights[base + c]! * x
  }
  return out
}

export function softmax(logits: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY
  for (const z of logits) max = Math.max(max, z)
  const out = new Float64Array(logits.length)
  let sum = 0
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp((logits[i]! - max) / temperature)
    sum += out[i]!
  }
  for (let i = 0; i < out.length; i++) out[i]! /= sum
  return out
}

export interface LinearPrediction {
  probabilities: Float64Array
  /** How many in-vocabulary n-grams the text had: 0 means the model saw nothing it knows. */
  evidence: number
}

const gramTables = new WeakMap<LinearModel, GramTable>()

function gramTable(model: LinearModel): GramTable {
  let table = gramTables.get(model)
  if (!table) {
    table = new GramTable(model.index, model.index.size)
    gramTables.set(model, table)
  }
  return table
}

/** Term counts per feature, reused across calls (one request at a time on the event loop); `touched` lists the non-zero ones. */
let tfBuffer = new Int32Array(0)
let touched = new Int32Array(0)

/**
 * The same vector as `vectorize(charNgramCounts(text))`, counted straight into vocabulary indices
 * without building a string per n-gram: the per-request cost of the category model.
 */
export function vectorizeText(model: LinearModel, text: string, normalized = false): SparseVector {
  const table = gramTable(model)
  const { minN, maxN, idf } = model
  if (tfBuffer.length < idf.length) {
    tfBuffer = new Int32Array(idf.length)
    touched = new Int32Array(idf.length)
  }
  let distinct = 0
  for (const run of textRuns(text, normalized)) {
    for (let i = 0; i < run.length; i++) {
      for (let n = minN; n <= maxN && i + n <= run.length; n++) {
        const f = table.get(run, i, n)
        if (f < 0) continue
        if (tfBuffer[f] === 0) touched[distinct++] = f
        tfBuffer[f]!++
      }
    }
  }
  const idx = new Int32Array(distinct)
  const raw = new Float64Array(distinct)
  let norm = 0
  for (let j = 0; j < distinct; j++) {
    const f = touched[j]!
    const x = (1 + Math.log(tfBuffer[f]!)) * idf[f]!
    tfBuffer[f] = 0
    idx[j] = f
    raw[j] = x
    norm += x * x
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0
  return { idx, val: Float32Array.from(raw, (x) => x * inv) }
}

export function predictLinear(model: LinearModel, text: string, normalized = false): LinearPrediction {
  const v = vectorizeText(model, text, normalized)
  const logits = linearScores(model.weights, model.bias, model.labels.length, v)
  return { probabilities: softmax(logits, model.temperature), evidence: v.idx.length }
}
