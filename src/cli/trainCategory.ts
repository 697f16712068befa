/**
 * Trains the level-1 category classifier into `knowledge/models/category.json`.
 *
 *   npx tsx src/cli/trainCategory.ts [--data ../shared/data] [--out knowledge/models/category.json] [--dry]
 *
 * Provenance: `categories/train_segmented.csv` of ../shared/data (TipDM 2020 challenge C, 附件2,
 * public; word-segmented, stop words removed; 7 first-level classes). Only weights derived from it
 * are committed, never the text. Rows that near-duplicate a row of the dev set
 * (`eval/categories.jsonl`, 5-character-shingle Jaccard ≥ 0.5) are dropped so that dev figures stay
 * honest; the dev set is read for that exclusion only and never trained on.
 *
 * Model: multinomial logistic regression on character 1–3-grams of the de-spaced text (sublinear
 * tf × idf, L2-normalised; vocabulary = n-grams in ≥ 2 joined training messages). Each message is
 * used three times: joined, and twice "raw-simulated" with the removed function words re-inserted
 * (simulateRawText.ts), so the model sees the n-grams that raw text produces. AdaGrad, 8 epochs,
 * L2 1e-4, natural class frequencies (balanced weights made short messages fall to the smallest
 * class). The vocabulary is pruned to the 80,000 strongest n-grams, the model refitted on exactly
 * that vocabulary and quantised to int8. A temperature fitted on a stratified 10 % hold-out of the
 * training file makes the probabilities calibrated. Defaults reproduce the committed file
 * (deterministic, seeded; ≈ 3–6 min on this machine). `--dry` prints the hold-out figures only.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { charNgramCounts } from '../understanding/category/charNgrams.js'
import {
  type CompactLinearModel,
  linearScores,
  loadLinearModel,
  predictLinear,
  softmax,
  vectorize,
} from '../understanding/category/linearModel.js'
import { accuracy, macroF1, type Pair } from '../understanding/category/metrics.js'
import { simulateRawText } from '../understanding/category/simulateRawText.js'
import { REMOVED_STOP_WORDS } from '../understanding/category/stopWords.js'
import { seededRandom, shuffleInPlace, trainLogReg } from '../understanding/category/trainLogReg.js'
import { fitPruned, toCompact } from './compactLinear.js'
import { dropDevDuplicates, readTrainingRows, type TrainingRow } from './trainingRows.js'

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(process.cwd(), '../shared/data') },
    out: { type: 'string', default: 'knowledge/models/category.json' },
    dry: { type: 'boolean', default: false },
    epochs: { type: 'string', default: '8' },
    'learning-rate': { type: 'string', default: '0.2' },
    l2: { type: 'string', default: '1e-4' },
    'min-df': { type: 'string', default: '2' },
    'max-n': { type: 'string', default: '3' },
    'max-features': { type: 'string', default: '80000' },
    augment: { type: 'string', default: '2' },
    crops: { type: 'string', default: '0' },
    'stop-rate': { type: 'string', default: '0.4' },
    'class-weights': { type: 'string', default: 'none' },
  },
})
const num = (k: keyof typeof args) => Number(args[k])
const MAX_N = num('max-n')
const SEED = 20260101

type Row = TrainingRow

/** A random window of 4–14 consecutive words. */
function cropWords(text: string, rand: () => number): string {
  const words = text.split(/\s+/).filter(Boolean)
  const len = Math.min(words.length, 4 + Math.floor(rand() * 11))
  const start = Math.floor(rand() * (words.length - len + 1))
  return words.slice(start, start + len).join(' ')
}

interface Fitted {
  compact: CompactLinearModel
}

function fitModel(rows: Row[], labels: string[], temperature: number): Fitted {
  const rand = seededRandom(SEED)
  const sim = { stopRate: num('stop-rate'), punctRate: 0.08 }
  const texts: string[] = []
  const y: number[] = []
  const isJoined: boolean[] = []
  for (const row of rows) {
    const label = labels.indexOf(row.label)
    texts.push(row.text)
    y.push(label)
    isJoined.push(true)
    for (let a = 0; a < num('augment'); a++) {
      texts.push(simulateRawText(row.text, rand, sim))
      y.push(label)
      isJoined.push(false)
    }
    // Short windows teach the model the one-line messages of a chat, where the class bias would
    // otherwise decide.
    for (let a = 0; a < num('crops'); a++) {
      texts.push(simulateRawText(cropWords(row.text, rand), rand, sim))
      y.push(label)
      isJoined.push(false)
    }
  }
  const counts = texts.map((t) => charNgramCounts(t, 1, MAX_N))
  // Vocabulary and idf come from the joined training text only: n-grams that exist solely because
  // of re-inserted function words are noise and stay out of the model.
  const df = new Map<string, number>()
  counts.forEach((c, i) => {
    if (isJoined[i]) for (const g of c.keys()) df.set(g, (df.get(g) ?? 0) + 1)
  })
  const nDocs = rows.length
  const grams = [...df].filter(([, n]) => n >= num('min-df')).map(([g]) => g)
  const idfOf = (g: string) => Math.log((nDocs + 1) / ((df.get(g) ?? 0) + 1)) + 1
  const k = labels.length
  const opts = {
    epochs: num('epochs'),
    learningRate: num('learning-rate'),
    l2: num('l2'),
    balanced: args['class-weights'] === 'balanced',
    seed: SEED,
  }
  const train = (vocab: string[]) => {
    const index = new Map(vocab.map((g, i) => [g, i]))
    const idf = Float32Array.from(vocab, (g) => Math.min(255, Math.round(idfOf(g) * 16)) / 16)
    const docs = counts.map((c) => vectorize(c, index, idf))
    return { index, idf, ...trainLogReg(docs, y, vocab.length, k, opts) }
  }
  // Prune to the n-grams with the largest weights, then refit on exactly the shipped vocabulary.
  const fitted = fitPruned(grams, k, num('max-features'), train)
  return { compact: toCompact(fitted.grams, fitted.model, { labels, minN: 1, maxN: MAX_N, temperature }) }
}

function evaluate(compact: CompactLinearModel, rows: Row[], transform: (t: string) => string) {
  const model = loadLinearModel(compact)
  const pairs: Pair[] = []
  const logits: { z: Float64Array; y: number }[] = []
  for (const row of rows) {
    const text = transform(row.text)
    const p = predictLinear(model, text).probabilities
    let best = 0
    for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c
    pairs.push([model.labels[best]!, row.label])
    const v = vectorize(charNgramCounts(text, 1, model.maxN), model.index, model.idf)
    logits.push({
      z: linearScores(model.weights, model.bias, model.labels.length, v),
      y: model.labels.indexOf(row.label),
    })
  }
  return { accuracy: accuracy(pairs), macroF1: macroF1(pairs), logits }
}

function fitTemperature(logits: { z: Float64Array; y: number }[]): number {
  let best = { t: 1, nll: Number.POSITIVE_INFINITY }
  for (let t = 0.2; t <= 3.001; t += 0.05) {
    let nll = 0
    for (const { z, y } of logits) nll -= Math.log(Math.max(1e-12, softmax(z, t)[y]!))
    if (nll < best.nll) best = { t, nll }
  }
  return Math.round(best.t * 100) / 100
}

function main() {
  let rows: Row[] = readTrainingRows(args.data!)
  const vocabulary = new Set(rows.flatMap((r) => r.text.split(' ')))
  const present = REMOVED_STOP_WORDS.filter(([w]) => vocabulary.has(w)).map(([w]) => w)
  if (present.length) console.warn(`warning: stop words that do occur in training text: ${present.join(' ')}`)
  const before = rows.length
  rows = dropDevDuplicates(rows, args.data!)
  if (rows.length < before) console.log(`dropped ${before - rows.length} training rows that near-duplicate dev rows`)
  const freq = new Map<string, number>()
  for (const r of rows) freq.set(r.label, (freq.get(r.label) ?? 0) + 1)
  const labels = [...freq].sort((a, b) => b[1] - a[1]).map(([l]) => l)
  console.log(`rows ${rows.length}, labels ${labels.map((l) => `${l}:${freq.get(l)}`).join(' ')}`)

  // Stratified 90/10 split of the training file: hold-out figures and the temperature.
  const rand = seededRandom(SEED + 1)
  const fitRows: Row[] = []
  const holdRows: Row[] = []
  for (const label of labels) {
    const group = shuffleInPlace(
      rows.filter((r) => r.label === label),
      rand,
    )
    const cut = Math.round(group.length * 0.1)
    holdRows.push(...group.slice(0, cut))
    fitRows.push(...group.slice(cut))
  }
  let t0 = Date.now()
  const probe = fitModel(fitRows, labels, 1)
  const rawRand = seededRandom(SEED + 2)
  const seg = evaluate(probe.compact, holdRows, (t) => t)
  const raw = evaluate(probe.compact, holdRows, (t) => simulateRawText(t, rawRand, { stopRate: 0.5, punctRate: 0.1 }))
  const short = evaluate(probe.compact, holdRows, (t) =>
    simulateRawText(cropWords(t, rawRand), rawRand, { stopRate: 0.5, punctRate: 0.1 }),
  )
  const temperature = fitTemperature([...seg.logits, ...raw.logits, ...short.logits])
  const f = (x: number) => x.toFixed(3)
  console.log(
    `hold-out (${holdRows.length}): segmented acc ${f(seg.accuracy)} macroF1 ${f(seg.macroF1)}; ` +
      `simulated raw acc ${f(raw.accuracy)} macroF1 ${f(raw.macroF1)}; ` +
      `short raw windows acc ${f(short.accuracy)} macroF1 ${f(short.macroF1)}; temperature ${temperature} (${Date.now() - t0} ms)`,
  )
  if (args.dry) return
  t0 = Date.now()
  const final = fitModel(rows, labels, temperature)
  const out = resolve(args.out!)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${JSON.stringify(final.compact)}\n`)
  console.log(`wrote ${out}: ${(statSync(out).size / 1024).toFixed(0)} KiB (${Date.now() - t0} ms)`)
}

main()
