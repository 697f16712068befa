/**
 * `npm run eval`: runs the shared evaluation runner (../shared/eval/run_eval.mjs, beside the
 * checkout) against this project and prints its figures as a small table beside the targets.
 * Extra arguments go to the runner (`npm run eval -- --sets fuzhou,policy`). The runner's JSON is
 * printed last, unchanged.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

type Summary = Record<string, Record<string, unknown> | unknown>
type Row = [set: string, figure: string, value: unknown, target: string, ok: ((v: number) => boolean) | null]

const runner = resolve(process.cwd(), '..', 'shared', 'eval', 'run_eval.mjs')

function rowsOf(s: Summary): Row[] {
  const get = (path: string): unknown =>
    path
      .split('.')
      .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), s)
  const spec: [string, string, string, string, ((v: number) => boolean) | null][] = [
    ['categories', 'accuracy', 'categories.accuracy', '', null],
    ['categories', 'level-1 macro-F1', 'categories.macroF1', '≥ 0.90', (v) => v >= 0.9],
    ['fuzhou', 'intent accuracy', 'fuzhou.intentAccuracy', '≥ 0.88', (v) => v >= 0.88],
    ['fuzhou', 'intent macro-F1', 'fuzhou.intentMacroF1', '≥ 0.70', (v) => v >= 0.7],
    ['fuzhou', 'district', 'fuzhou.districtAccuracy', '≥ 0.75', (v) => v >= 0.75],
    ['addresses', 'full: district', 'addresses.full.district', '', null],
    ['addresses', 'full: street', 'addresses.full.street', '≥ 0.95', (v) => v >= 0.95],
    ['addresses', 'stripped: district', 'addresses.stripped.district', '≥ 0.85', (v) => v >= 0.85],
    ['addresses', 'stripped: street', 'addresses.stripped.street', '', null],
    ['seeds', 'intent', 'seeds.intent', '', null],
    ['seeds', 'category', 'seeds.category', '', null],
    ['seeds', 'district', 'seeds.district', '', null],
    ['seeds', 'emergency (none missed, ≤1% false)', 'seeds.emergency', '', null],
    ['policy', 'hit@1', 'policy.hit1', '≥ 0.55', (v) => v >= 0.55],
    ['policy', 'hit@3', 'policy.hit3', '≥ 0.70', (v) => v >= 0.7],
    ['policy', 'answers covered questions', 'policy.answerableRecall', '≥ 0.80', (v) => v >= 0.8],
    ['policy', 'abstains on uncovered', 'policy.abstainOnUnknown', '≥ 0.80', (v) => v >= 0.8],
    ['policy', 'search p99 ms', 'policy.p99ms', '', null],
    ['analyze', 'p50 ms', 'analyzeLatency.p50ms', '', null],
    ['analyze', 'p99 ms (concurrency 8)', 'analyzeLatency.p99ms', '≤ 20', (v) => v <= 20],
  ]
  return spec.flatMap(([set, figure, path, target, ok]) => {
    const v = get(path)
    return v === undefined || v === null ? [] : [[set, figure, v, target, ok] as Row]
  })
}

function table(rows: Row[]): string {
  const lines = rows.map(([set, figure, v, target, ok]) => {
    const met = ok && typeof v === 'number' ? (ok(v) ? 'yes' : 'NO') : ''
    return `${set.padEnd(11)}${figure.padEnd(38)}${String(v).padStart(8)}   ${target.padEnd(8)}${met}`
  })
  return [`${'set'.padEnd(11)}${'figure'.padEnd(38)}${'value'.padStart(8)}   ${'target'.padEnd(8)}met`, ...lines].join(
    '\n',
  )
}

async function main() {
  if (!existsSync(runner)) {
    console.error(`No evaluation runner at ${runner}: put the shared data folder beside the checkout (../shared).`)
    process.exit(2)
  }
  const child = spawn(process.execPath, [runner, '--project', process.cwd(), ...process.argv.slice(2)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (d) => {
    out += d
  })
  const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)))
  const start = out.indexOf('{')
  let summary: Summary
  try {
    summary = JSON.parse(out.slice(start)) as Summary
  } catch {
    console.error(`The runner printed no JSON summary (exit ${code}):\n${out}`)
    process.exit(1)
  }
  console.log(table(rowsOf(summary)))
  if (summary.error) console.error(`runner error: ${String(summary.error)}`)
  console.log(JSON.stringify(summary, null, 1))
  process.exitCode = code || (summary.error ? 1 : 0)
}

await main()
