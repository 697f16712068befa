/**
 * Scores `resolveLocation` on the shared dev sets exactly as `../shared/eval/run_eval.mjs` scores
 * `/api/v1/analyze` (same `sameArea`), without starting the server, and times every call.
 * Run: `npx tsx src/cli/evalLocation.ts [--data DIR] [--misses]`.
 *   Beijing: each address as written and prefix-stripped, default city 北京市 (the gateway's default).
 *   Fuzhou: the ticket text with `city` from the row (福州市).
 * `--misses` lists the wrong rows for error analysis on the console (never commit them anywhere).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { getGazetteer } from '../understanding/location/gazetteer.js'
import { resolveLocation, warmLocation } from '../understanding/location/resolveLocation.js'
import { areaAccuracy, sameArea } from '../understanding/location/scoreLocation.js'
import type { LocationResult } from '../understanding/types.js'

const args = process.argv.slice(2)
const dataDir = args.includes('--data') ? args[args.indexOf('--data') + 1]! : '/work/shared/data/eval'
const showMisses = args.includes('--misses')
const DEFAULT_CITY = '北京市'

type Row = Record<string, unknown>
const norm = (s: unknown) => (s ?? '').toString().trim()
const r3 = (x: number) => Math.round(x * 1000) / 1000
const pct = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? r3(s[Math.min(s.length - 1, Math.floor(q * s.length))]!) : null
}
const stats = (xs: number[]) => ({ n: xs.length, p50: pct(xs, 0.5), p99: pct(xs, 0.99), max: pct(xs, 1) })
const read = (file: string): Row[] =>
  readFileSync(join(dataDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)

const latencies: number[] = []
function timed(text: string, city: string): LocationResult {
  const t = performance.now()
  const r = resolveLocation(text, { city })
  latencies.push(performance.now() - t)
  return r
}

if (!existsSync(join(dataDir, 'beijing_addresses.jsonl'))) {
  console.error(`no eval data in ${dataDir}`)
  process.exit(1)
}
// What a gateway does at start-up: decode the gazetteer, build the indexes for its default city.
const warm = performance.now()
getGazetteer()
warmLocation(DEFAULT_CITY)
const summary: Record<string, unknown> = { warmupMs: r3(performance.now() - warm) }

const bj = read('beijing_addresses.jsonl')
const bjRes = bj.map((r) => timed(norm(r.address), DEFAULT_CITY))
const part = (strip: boolean) => {
  const idx = bj.map((_, i) => i).filter((i) => !!bj[i]!.stripped === strip)
  return {
    n: idx.length,
    ...areaAccuracy(
      idx.map((i) => bjRes[i]!),
      idx.map((i) => bj[i]!),
    ),
  }
}
summary.addresses = { full: part(false), stripped: part(true) }

if (existsSync(join(dataDir, 'fuzhou.jsonl'))) {
  const fz = read('fuzhou.jsonl')
  const fzRes = fz.map((r) => timed(norm(r.text), norm(r.city) || '福州市'))
  summary.fuzhou = { n: fz.length, districtAccuracy: areaAccuracy(fzRes, fz).district }
  if (showMisses) {
    fz.forEach((r, i) => {
      if (sameArea(fzRes[i]!.district, r.district) === false)
        console.log('FZ', r.district, '←', fzRes[i]!.district, fzRes[i]!.span?.text, '|', norm(r.title).slice(0, 40))
    })
  }
}
if (showMisses) {
  bj.forEach((r, i) => {
    const res = bjRes[i]!
    if (sameArea(res.district, r.district) === false || sameArea(res.street, r.street) === false)
      console.log(
        r.stripped ? 'S' : 'F',
        `${norm(r.district)}/${norm(r.street)}`,
        '←',
        `${res.district}/${res.street}`,
        res.span?.text,
        '|',
        norm(r.address),
      )
  })
}
// First pass: includes lazy builds (another city's village index the first time a text names that city).
summary.latencyMs = stats(latencies)
// Second pass over the Beijing texts: the steady state a running gateway sees.
const firstPass = latencies.length
for (const r of bj) timed(norm(r.address), DEFAULT_CITY)
summary.steadyLatencyMs = stats(latencies.slice(firstPass))
console.log(JSON.stringify(summary, null, 2))
