/**
 * The monthly four-class ranking of streets and townships (街乡镇 “四类” 排名). The rules, applied to
 * one calendar month in the city's time zone:
 *
 * - Unit: a street/township, i.e. tickets' (district, street) place. Tickets with no known street are left out.
 * - Rates: response, resolution, satisfaction for the month, exactly as `computeRates` (from events).
 * - Score = 100 × (0.10 × response + 0.45 × resolution + 0.45 × satisfaction), rounded to 2 decimals.
 *   Outcomes (resolved, satisfied) weigh far more than the speed of acceptance.
 * - Eligible for 先进/进步/整改: at least `minDispatched` (5) dispatches and `minAnswered` (3) answered
 *   callbacks in the month, so a street with two tickets cannot top or bottom the table by chance.
 * - 先进 (advanced): the k highest scores among the n eligible streets, k = min(`size` (10), ⌊n/2⌋),
 *   so 先进 and 整改 never overlap and a small city still gets both.
 * - 进步 (most improved): the `size` largest score gains over the previous month, among streets eligible
 *   in both months with a gain > 0, excluding those already 先进.
 * - 整改 (needs rectification): the k lowest scores among eligible streets.
 * - 治理 (key governance): the `size` streets with the most requests filed in the month (eligible or not),
 *   where the volume itself says a local problem needs governing.
 * - Ties break on more requests, then on the name.
 */
import type { RateRow } from './computeRates.js'

export const RANKING_RULES = {
  weights: { response: 0.1, resolution: 0.45, satisfaction: 0.45 },
  minDispatched: 5,
  minAnswered: 3,
  size: 10,
} as const

export type RankingClass = 'advanced' | 'improved' | 'rectify' | 'governance'
export const CLASS_LABEL: Record<RankingClass, string> = {
  advanced: '先进',
  improved: '进步',
  rectify: '整改',
  governance: '治理',
}

export interface RankedStreet {
  key: string
  name: string
  district: string | null
  street: string | null
  requests: number
  dispatched: number
  callbacksAnswered: number
  responseRate: number | null
  resolutionRate: number | null
  satisfactionRate: number | null
  eligible: boolean
  score: number | null
  previousScore: number | null
  gain: number | null
  rank: number | null
  classes: RankingClass[]
}

export interface Ranking {
  streets: RankedStreet[]
  classes: Record<RankingClass, RankedStreet[]>
}

export function scoreOf(r: Pick<RateRow, 'responseRate' | 'resolutionRate' | 'satisfactionRate'>): number | null {
  if (r.responseRate === null || r.resolutionRate === null || r.satisfactionRate === null) return null
  const w = RANKING_RULES.weights
  const s = 100 * (w.response * r.responseRate + w.resolution * r.resolutionRate + w.satisfaction * r.satisfactionRate)
  return Math.round(s * 100) / 100
}

function eligible(r: RateRow | undefined): boolean {
  return (
    !!r &&
    r.dispatched >= RANKING_RULES.minDispatched &&
    r.callbacksAnswered >= RANKING_RULES.minAnswered &&
    scoreOf(r) !== null
  )
}

/** Pure: the month's and the previous month's street rates in, the four classes out. */
export function rankStreets(current: RateRow[], previous: RateRow[], size: number = RANKING_RULES.size): Ranking {
  const prev = new Map(previous.map((r) => [r.key, r]))
  const streets: RankedStreet[] = current
    .filter((r) => r.street)
    .map((r) => {
      const ok = eligible(r)
      const score = ok ? scoreOf(r) : null
      const p = prev.get(r.key)
      const previousScore = eligible(p) && p ? scoreOf(p) : null
      return {
        key: r.key,
        name: r.name,
        district: r.district,
        street: r.street,
        requests: r.requests,
        dispatched: r.dispatched,
        callbacksAnswered: r.callbacksAnswered,
        responseRate: r.responseRate,
        resolutionRate: r.resolutionRate,
        satisfactionRate: r.satisfactionRate,
        eligible: ok,
        score,
        previousScore,
        gain: score !== null && previousScore !== null ? Math.round((score - previousScore) * 100) / 100 : null,
        rank: null,
        classes: [],
      }
    })
  const tie = (a: RankedStreet, b: RankedStreet) => b.requests - a.requests || a.name.localeCompare(b.name, 'zh')
  const scored = streets.filter((s) => s.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || tie(a, b))
  scored.forEach((s, i) => {
    s.rank = i + 1
  })
  const k = Math.min(size, Math.floor(scored.length / 2))
  const advanced = scored.slice(0, k)
  const inAdvanced = new Set(advanced.map((s) => s.key))
  const improved = streets
    .filter((s) => s.gain !== null && s.gain > 0 && !inAdvanced.has(s.key))
    .sort((a, b) => (b.gain ?? 0) - (a.gain ?? 0) || tie(a, b))
    .slice(0, size)
  const rectify = [...scored].sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || tie(a, b)).slice(0, k)
  const governance = streets
    .filter((s) => s.requests > 0)
    .sort(tie)
    .slice(0, size)
  const classes: Record<RankingClass, RankedStreet[]> = { advanced, improved, rectify, governance }
  for (const [cls, list] of Object.entries(classes) as [RankingClass, RankedStreet[]][])
    for (const s of list) s.classes.push(cls)
  return { streets: scored.concat(streets.filter((s) => s.score === null).sort(tie)), classes }
}
