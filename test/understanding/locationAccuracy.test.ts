/**
 * Accuracy floors on the shared dev sets, scored like run_eval.mjs. Skips when ../shared is absent.
 * The floors sit slightly below the figures `npx tsx src/cli/evalLocation.ts` printed, so a regression fails.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveLocation } from '../../src/understanding/location/resolveLocation.js'
import { areaAccuracy } from '../../src/understanding/location/scoreLocation.js'

const DATA = '/work/shared/data/eval'
const hasData = existsSync(`${DATA}/beijing_addresses.jsonl`) && existsSync(`${DATA}/fuzhou.jsonl`)
const read = (file: string) =>
  readFileSync(`${DATA}/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, string | boolean>)

describe.skipIf(!hasData)('location accuracy on the dev sets', () => {
  it('Beijing: street/township on full addresses, district on stripped ones', () => {
    const rows = read('beijing_addresses.jsonl')
    const full = rows.filter((r) => !r.stripped)
    const stripped = rows.filter((r) => r.stripped)
    const score = (set: typeof rows) =>
      areaAccuracy(
        set.map((r) => resolveLocation(String(r.address), { city: '北京市' })),
        set,
      )
    expect(score(full).street).toBeGreaterThanOrEqual(0.94)
    expect(score(stripped).district).toBeGreaterThanOrEqual(0.84)
  })

  it('Fuzhou: district of the river tickets with city 福州市', () => {
    const rows = read('fuzhou.jsonl')
    const results = rows.map((r) => resolveLocation(String(r.text), { city: String(r.city) }))
    expect(areaAccuracy(results, rows).district).toBeGreaterThanOrEqual(0.69)
  })
})
