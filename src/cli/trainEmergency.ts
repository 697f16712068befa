/**
 * Trains the emergency model, `knowledge/models/emergency.json`: the second opinion that
 * `detectUrgency` asks when its lexicon finds nothing (see src/understanding/urgency/emergencyModel.ts).
 *
 *   npx tsx src/cli/trainEmergency.ts [--data ../shared/data] [--out knowledge/models/emergency.json] [--dry]
 *
 * Provenance:
 * - Emergencies (labelled 119, 120 or 110) and tricky ordinary messages: the hand-written rounds of
 *   src/understanding/urgency/emergencyExamples.ts and ordinaryExamples.ts, part of this project.
 * - Ordinary citizen messages: `categories/train_segmented.csv` of ../shared/data (trainingRows.ts), each
 *   used twice, "raw-simulated" whole and as a short raw window, so that neither length nor the missing
 *   function words mark a message as ordinary. Rows that near-duplicate a dev row are dropped.
 * - Addresses: synthetic ones from the gazetteer's communities in several cities. Emergencies often give an
 *   address; without these a bare address looked like one.
 * Only weights are written, never text.
 *
 * Model: multinomial logistic regression (none / 119 / 120 / 110) on character 2–3-grams of the first
 * 400 characters, the same compact int8 format as the category model, pruned to the strongest n-grams.
 * Chronological cross-validation: the examples were written in rounds, so each of five folds holds out
 * one contiguous fifth of them (later folds are later rounds) plus a fifth of the shared messages, and
 * reports what a model that never saw them does: recall on the emergencies, false alarms on the tricky
 * and the shared ordinary messages. The threshold is the lowest probability at which the held-out
 * tricky messages raise no more than 0.5 % false alarms and the shared ones no more than 0.1 %.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { charNgramCounts } from '../understanding/category/charNgrams.js'
import { type CompactLinearModel, vectorize } from '../understanding/category/linearModel.js'
import { simulateRawText } from '../understanding/category/simulateRawText.js'
import { seededRandom, trainLogReg } from '../understanding/category/trainLogReg.js'
import { getGazetteer } from '../understanding/location/gazetteer.js'
import {
  EMERGENCY_LABELS,
  type EmergencyModel,
  emergencyProbability,
  loadEmergencyModel,
  modelText,
} from '../understanding/urgency/emergencyModel.js'
import { modelMayJudge } from '../understanding/urgency/detectUrgency.js'
import { EMERGENCY_EXAMPLES, NOT_EMERGENCY_EXAMPLES } from '../understanding/urgency/emergencyExamples.js'
import { fitPruned, toCompact } from './compactLinear.js'
import { dropDevDuplicates, readTrainingRows } from './trainingRows.js'

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(process.cwd(), '../shared/data') },
    out: { type: 'string', default: 'knowledge/models/emergency.json' },
    dry: { type: 'boolean', default: false },
    'max-features': { type: 'string', default: '40000' },
    addresses: { type: 'string', default: '6000' },
  },
})
const SEED = 20261203
const MIN_N = 2
const MAX_N = 3
const rand = seededRandom(SEED)

type Doc = [text: string, label: number]

/** A random community address in one of a few cities, with or without its prefix, building and room. */
function syntheticAddresses(n: number): string[] {
  const g = getGazetteer()
  const communities = ['北京市', '上海市', '广州市', '福州市', '成都市', '武汉市', '西安市', '杭州市']
    .map((c) => g.findCity(c))
    .flatMap((scope) => (scope ? g.placesIn(scope, 4) : []))
  const num = () => 1 + Math.floor(rand() * 30)
  return Array.from({ length: n }, () => {
    const p = g.path(communities[Math.floor(rand() * communities.length)]!)
    const parts = [
      rand() < 0.5 ? p.province : '',
      rand() < 0.6 ? p.city : '',
      rand() < 0.8 ? p.district : '',
      rand() < 0.7 ? p.street : '',
      p.community,
      rand() < 0.7 ? `${num()}号楼` : `${num()}号院`,
      rand() < 0.6 ? `${(num() % 9) + 1}单元` : '',
      rand() < 0.6 ? `${num()}0${(num() % 9) + 1}` : '',
    ]
    return parts.filter(Boolean).join('')
  })
}

/** A shared training message as a citizen would type it: whole, and a short window of it. */
function rawForms(segmented: string): string[] {
  const sim = { stopRate: 0.5, punctRate: 0.1 }
  const whole = simulateRawText(segmented, rand, sim)
  const len = 6 + Math.floor(rand() * 50)
  const start = Math.floor(rand() * Math.max(1, whole.length - len))
  return [whole, whole.slice(start, start + len)]
}

function fitModel(docs: Doc[]): CompactLinearModel {
  const counts = docs.map(([t]) => charNgramCounts(modelText(t), MIN_N, MAX_N, true))
  const df = new Map<string, number>()
  for (const c of counts) for (const gram of c.keys()) df.set(gram, (df.get(gram) ?? 0) + 1)
  const grams = [...df].filter(([, n]) => n >= 2).map(([gram]) => gram)
  const idfOf = (gram: string) => Math.log((docs.length + 1) / ((df.get(gram) ?? 0) + 1)) + 1
  const k = EMERGENCY_LABELS.length
  const y = docs.map(([, label]) => label)
  const opts = { epochs: 6, learningRate: 0.3, l2: 3e-5, balanced: false, seed: SEED }
  const train = (vocab: string[]) => {
    const index = new Map(vocab.map((gram, i) => [gram, i]))
    const idf = Float32Array.from(vocab, (gram) => Math.min(255, Math.round(idfOf(gram) * 16)) / 16)
    return {
      idf,
      ...trainLogReg(
        counts.map((c) => vectorize(c, index, idf)),
        y,
        vocab.length,
        k,
        opts,
      ),
    }
  }
  const fitted = fitPruned(grams, k, Number(args['max-features']), train)
  return toCompact(fitted.grams, fitted.model, {
    labels: [...EMERGENCY_LABELS],
    minN: MIN_N,
    maxN: MAX_N,
    temperature: 1,
  })
}

/**
 * The model's probability as detectUrgency uses it: 0 for a message it is never asked about (too short to judge,
 * or told after the fact: see modelMayJudge).
 */
const judged = (model: EmergencyModel, text: string) => {
  const o = emergencyProbability(model, text)
  return modelMayJudge(text) ? o : { ...o, p: 0 }
}

const label = (hotline: string) => EMERGENCY_LABELS.indexOf(hotline as (typeof EMERGENCY_LABELS)[number])
const fifth = <T>(xs: readonly T[], f: number) =>
  xs.slice(Math.floor((f * xs.length) / 5), Math.floor(((f + 1) * xs.length) / 5))

function main() {
  const shared = dropDevDuplicates(readTrainingRows(args.data!), args.data!).map((r) => r.text)
  const addresses = syntheticAddresses(Number(args.addresses))
  const emergencies: Doc[] = EMERGENCY_EXAMPLES.map(([t, h]) => [t, label(h)])
  const tricky: Doc[] = NOT_EMERGENCY_EXAMPLES.map((t) => [t, 0])
  const ordinary: Doc[] = [...shared.flatMap(rawForms), ...addresses].map((t) => [t, 0])
  console.log(`emergencies ${emergencies.length}, tricky ${tricky.length}, ordinary ${ordinary.length}`)

  // Held-out probabilities of every fold, for the per-fold figures and the threshold.
  const held = { emergency: [] as number[], right: [] as boolean[], tricky: [] as number[], ordinary: [] as number[] }
  const folds = []
  for (let f = 0; f < 5; f++) {
    const out = new Set([...fifth(emergencies, f), ...fifth(tricky, f), ...fifth(ordinary, f)])
    const model = loadEmergencyModel({
      model: fitModel([...emergencies, ...tricky, ...ordinary].filter((d) => !out.has(d))),
      threshold: 0,
    })
    const e = fifth(emergencies, f).map(([t, y]) => ({ ...judged(model, t), y }))
    held.emergency.push(...e.map((x) => x.p))
    held.right.push(...e.map((x) => x.hotline === EMERGENCY_LABELS[x.y]))
    held.tricky.push(...fifth(tricky, f).map(([t]) => judged(model, t).p))
    held.ordinary.push(...fifth(ordinary, f).map(([t]) => judged(model, t).p))
    folds.push({ fold: f, emergencies: e.map((x) => x.p) })
  }
  const rate = (ps: number[], t: number) => ps.filter((p) => p >= t).length / Math.max(1, ps.length)
  const grid = Array.from({ length: 19 }, (_, i) => 0.05 * (i + 1))
  const threshold = grid.find((t) => rate(held.tricky, t) <= 0.005 && rate(held.ordinary, t) <= 0.001) ?? 0.95
  const r3 = (x: number) => Math.round(x * 1000) / 1000
  const cv = {
    threshold: r3(threshold),
    recall: r3(rate(held.emergency, threshold)),
    recallByFold: folds.map((f) => r3(rate(f.emergencies, threshold))),
    rightHotline: r3(
      held.right.filter((ok, i) => ok && held.emergency[i]! >= threshold).length /
        Math.max(1, held.emergency.filter((p) => p >= threshold).length),
    ),
    falseAlarmsTricky: r3(rate(held.tricky, threshold)),
    falseAlarmsOrdinary: Math.round(rate(held.ordinary, threshold) * 1e4) / 1e4,
  }
  console.log(JSON.stringify({ cv }))
  if (args.dry) return
  const out = resolve(args.out!)
  mkdirSync(dirname(out), { recursive: true })
  const file = {
    $comment:
      'Generated by src/cli/trainEmergency.ts; do not edit by hand. See src/understanding/urgency/emergencyModel.ts.',
    threshold: cv.threshold,
    cv,
    provenance: {
      examples: 'src/understanding/urgency/emergencyExamples.ts, ordinaryExamples.ts',
      ordinary: 'categories/train_segmented.csv (raw-simulated, dev near-duplicates dropped)',
      addresses: `${addresses.length} synthetic, from the gazetteer`,
    },
    model: fitModel([...emergencies, ...tricky, ...ordinary]),
  }
  writeFileSync(out, `${JSON.stringify(file)}\n`)
  console.log(`wrote ${out}: ${(statSync(out).size / 1024).toFixed(0)} KiB`)
}

main()
