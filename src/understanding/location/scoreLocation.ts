/**
 * Location accuracy the way `../shared/eval/run_eval.mjs` measures it (its `sameArea`: level suffixes are
 * ignored and `[UNK]` in a gold label matches any one character). Shared by `src/cli/evalLocation.ts` and
 * the accuracy-floor test so both report the figures the scorer would.
 */
import type { LocationResult } from '../types.js'

const norm = (s: unknown) => (s ?? '').toString().trim()
const stripSuffix = (s: unknown) => norm(s).replace(/(街道办事处|街道|地区办事处|地区|镇|乡|办事处)$/u, '')

/** null when the gold label is empty (the row does not count). */
export function sameArea(pred: unknown, gold: unknown): boolean | null {
  const p = stripSuffix(pred)
  const g = stripSuffix(gold)
  if (!g) return null
  if (g.includes('[UNK]')) {
    const pattern = g
      .split('[UNK]')
      .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.')
    return new RegExp(`^${pattern}$`, 'u').test(p)
  }
  return p === g
}

/** Share of counted rows that are right, rounded to three places; null when no row counts. */
export function accuracy(bools: (boolean | null)[]): number | null {
  const v = bools.filter((b) => b !== null)
  return v.length ? Math.round((v.filter(Boolean).length / v.length) * 1000) / 1000 : null
}

export interface GoldArea {
  district?: unknown
  street?: unknown
}

export function areaAccuracy(
  results: LocationResult[],
  gold: GoldArea[],
): { district: number | null; street: number | null } {
  return {
    district: accuracy(gold.map((r, i) => sameArea(results[i]?.district, r.district))),
    street: accuracy(gold.map((r, i) => sameArea(results[i]?.street, r.street))),
  }
}
