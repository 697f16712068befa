/**
 * Offline evaluation of category, intent and urgency understanding on ../shared/data/eval.
 *
 *   npx tsx src/cli/evalUnderstanding.ts [--data ../shared/data] [--json]
 *
 * Prints: category level-1 accuracy / macro-F1 on the dev set as given (segmented), with spaces
 * removed, and "simulated raw" (spaces removed and the stripped function words re-inserted, the
 * closest offline stand-in for the raw held-out text); intent accuracy / macro-F1 on the Fuzhou
 * tickets; the emergency miss rate of the lexicon alone on the hand-written emergencies of
 * emergencyExamples.ts (the shared data has none; the emergency model was trained on them) and the
 * false-alarm rate, lexicon and model together, over every shared eval text (none of which is an
 * emergency) plus the tricky ordinary examples; per-call latency p50/p99. Macro-F1 is averaged over
 * gold labels, as run_eval.mjs does.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { classifyCategory, loadCategoryModel } from '../understanding/category/classifyCategory.js'
import { accuracy, macroF1, type Pair, percentile, perLabelF1 } from '../understanding/category/metrics.js'
import { simulateRawText } from '../understanding/category/simulateRawText.js'
import { seededRandom } from '../understanding/category/trainLogReg.js'
import { detectIntent } from '../understanding/intent/detectIntent.js'
import { detectUrgency } from '../understanding/urgency/detectUrgency.js'
import { EMERGENCY_EXAMPLES, NOT_EMERGENCY_EXAMPLES } from '../understanding/urgency/emergencyExamples.js'

const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: resolve(process.cwd(), '../shared/data') },
    json: { type: 'boolean', default: false },
  },
})

/** Colloquial fillers absent from both the training text and the augmentation list. */
const UNSEEN_FILLERS: [string, number][] = [
  ['然后', 3],
  ['其实', 2],
  ['咱们', 2],
  ['的话', 2],
  ['而已', 1],
  ['虽然', 1],
  ['或者', 1],
  ['即使', 1],
  ['那些', 1],
  ['这些', 1],
  ['嗯', 1],
  ['哦', 1],
  ['呀', 1],
  ['啦', 1],
  ['么', 1],
  ['们', 1],
  ['一样', 1],
  ['等等', 1],
]

/** Expected calibration error over 10 equal-width confidence bins. */
function expectedCalibrationError(points: [confidence: number, correct: boolean][]): number {
  let ece = 0
  for (let b = 0; b < 10; b++) {
    const bin = points.filter(([c]) => c >= b / 10 && (b === 9 ? c <= 1 : c < (b + 1) / 10))
    if (!bin.length) continue
    const conf = bin.reduce((s, [c]) => s + c, 0) / bin.length
    const acc = bin.filter(([, ok]) => ok).length / bin.length
    ece += (bin.length / points.length) * Math.abs(conf - acc)
  }
  return ece
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as T)

const r3 = (x: number) => Math.round(x * 1000) / 1000

function timed<T>(latencies: number[], fn: () => T): T {
  const t0 = performance.now()
  const out = fn()
  latencies.push(performance.now() - t0)
  return out
}

function main() {
  const evalDir = resolve(args.data!, 'eval')
  if (!existsSync(evalDir)) throw new Error(`no eval data at ${evalDir}`)
  const t0 = performance.now()
  loadCategoryModel()
  const loadMs = performance.now() - t0
  const lat = { category: [] as number[], intent: [] as number[], urgency: [] as number[] }
  const summary: Record<string, unknown> = { categoryModelLoadMs: r3(loadMs) }

  const cats = readJsonl<{ text: string; category: string }>(resolve(evalDir, 'categories.jsonl'))
  const rand = seededRandom(42)
  const variants: Record<string, (t: string) => string> = {
    segmented: (t) => t,
    despaced: (t) => t.replace(/\s+/g, ''),
    simulatedRaw: (t) => simulateRawText(t, rand, { stopRate: 0.5, punctRate: 0.1 }),
    // Stress test: function words the training augmentation never inserted.
    simulatedRawUnseenWords: (t) => simulateRawText(t, rand, { stopRate: 0.5, punctRate: 0.1, words: UNSEEN_FILLERS }),
  }
  const category: Record<string, unknown> = { n: cats.length }
  for (const [name, transform] of Object.entries(variants)) {
    const pairs: Pair[] = cats.map((r) => {
      const text = transform(r.text)
      return [timed(lat.category, () => classifyCategory(text)).level1, r.category]
    })
    category[name] = { accuracy: r3(accuracy(pairs)), macroF1: r3(macroF1(pairs)) }
    if (name === 'despaced') {
      category.perLabelF1Despaced = Object.fromEntries(Object.entries(perLabelF1(pairs)).map(([k, v]) => [k, r3(v)]))
      category.calibrationErrorDespaced = r3(
        expectedCalibrationError(
          cats
            .map((r) => classifyCategory(transform(r.text)))
            .map((c, i) => [c.confidence, c.level1 === cats[i]!.category]),
        ),
      )
    }
  }
  summary.category = category

  const fz = readJsonl<{ text: string; intent: string }>(resolve(evalDir, 'fuzhou.jsonl'))
  const intentPairs: Pair[] = fz.map((r) => [timed(lat.intent, () => detectIntent(r.text)).intent, r.intent])
  const confusion: Record<string, Record<string, number>> = {}
  for (const [p, g] of intentPairs) {
    const row = confusion[g] ?? {}
    row[p ?? 'null'] = (row[p ?? 'null'] ?? 0) + 1
    confusion[g] = row
  }
  summary.intent = {
    n: fz.length,
    accuracy: r3(accuracy(intentPairs)),
    macroF1: r3(macroF1(intentPairs)),
    perLabelF1: Object.fromEntries(Object.entries(perLabelF1(intentPairs)).map(([k, v]) => [k, r3(v)])),
    confusion,
  }

  const policy = readJsonl<{ question: string }>(resolve(evalDir, 'policy_questions.jsonl'))
  const ordinary: [string, string][] = [
    ...cats.map((r) => ['categories', r.text] as [string, string]),
    ...cats.map((r) => ['categoriesDespaced', r.text.replace(/\s+/g, '')] as [string, string]),
    ...fz.map((r) => ['fuzhou', r.text] as [string, string]),
    ...policy.map((r) => ['policy', r.question] as [string, string]),
    ...NOT_EMERGENCY_EXAMPLES.map((t) => ['trickyExamples', t] as [string, string]),
  ]
  const winter = new Date('2026-01-15T12:00:00+08:00')
  const alarms: Record<string, { n: number; emergency: number; urgent: number }> = {}
  const examples: string[] = []
  for (const [set, text] of ordinary) {
    const u = timed(lat.urgency, () => detectUrgency(text, { now: winter }))
    const a = alarms[set] ?? { n: 0, emergency: 0, urgent: 0 }
    alarms[set] = a
    a.n++
    if (u.urgency === 'emergency') {
      a.emergency++
      if (examples.length < 10) examples.push(`${u.reasons.join(',')}: ${text.slice(0, 60)}`)
    }
    if (u.urgency === 'urgent') a.urgent++
  }
  const total = Object.values(alarms).reduce((s, a) => s + a.n, 0)
  const falseAlarms = Object.values(alarms).reduce((s, a) => s + a.emergency, 0)
  summary.emergencyFalseAlarms = { n: total, falseAlarms, rate: r3(falseAlarms / total), bySet: alarms, examples }
  // Misses are scored in summer and in winter: the heating season changes which terms are live.
  const missed: string[] = []
  let wrongHotline = 0
  for (const now of [new Date('2026-07-01T12:00:00+08:00'), winter]) {
    for (const [text, hotline] of EMERGENCY_EXAMPLES) {
      // The lexicon alone: the emergency model was trained on these examples and would pass them anyway.
      const u = detectUrgency(text, { now, model: null })
      if (u.urgency !== 'emergency') missed.push(`${u.urgency}: ${text}`)
      else if (u.hotline !== hotline) wrongHotline++
    }
  }
  const checked = 2 * EMERGENCY_EXAMPLES.length
  summary.emergencyMisses = {
    n: checked,
    misses: missed.length,
    rate: r3(missed.length / checked),
    wrongHotline,
    missed,
  }

  summary.latencyMs = Object.fromEntries(
    Object.entries(lat).map(([k, v]) => [
      k,
      { n: v.length, p50: r3(percentile(v, 0.5)), p99: r3(percentile(v, 0.99)) },
    ]),
  )
  if (args.json) {
    console.log(JSON.stringify(summary, null, 1))
    return
  }
  const c = summary.category as Record<string, { accuracy: number; macroF1: number }>
  const i = summary.intent as { accuracy: number; macroF1: number; perLabelF1: Record<string, number> }
  const rows: [string, string][] = [
    ['category L1, segmented dev', `acc ${c.segmented!.accuracy}  macroF1 ${c.segmented!.macroF1}`],
    ['category L1, de-spaced dev', `acc ${c.despaced!.accuracy}  macroF1 ${c.despaced!.macroF1}`],
    [
      'category confidence, ECE',
      `${(summary.category as { calibrationErrorDespaced: number }).calibrationErrorDespaced}`,
    ],
    ['category L1, simulated raw', `acc ${c.simulatedRaw!.accuracy}  macroF1 ${c.simulatedRaw!.macroF1}`],
    [
      'category L1, raw, unseen fillers',
      `acc ${c.simulatedRawUnseenWords!.accuracy}  macroF1 ${c.simulatedRawUnseenWords!.macroF1}`,
    ],
    ['intent, Fuzhou tickets', `acc ${i.accuracy}  macroF1 ${i.macroF1}  ${JSON.stringify(i.perLabelF1)}`],
    [
      'emergency misses (lexicon)',
      `${missed.length}/${checked} (${(100 * (missed.length / checked)).toFixed(2)} %), wrong hotline ${wrongHotline}`,
    ],
    ['emergency false alarms', `${falseAlarms}/${total} (${(100 * (falseAlarms / total)).toFixed(2)} %)`],
    ['category model load', `${r3(loadMs)} ms`],
  ]
  for (const [k, v] of Object.entries(summary.latencyMs as Record<string, { p50: number; p99: number }>)) {
    rows.push([`latency ${k}`, `p50 ${v.p50} ms  p99 ${v.p99} ms`])
  }
  for (const [k, v] of rows) console.log(`${k.padEnd(34)} ${v}`)
  if (examples.length) console.log(`false alarms:\n  ${examples.join('\n  ')}`)
  if (missed.length) console.log(`missed emergencies:\n  ${missed.join('\n  ')}`)
}

main()
