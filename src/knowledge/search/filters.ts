import { normalizeText } from './normalize.js'
import { findPlaces } from './regions.js'
import type { Audience, EntryState, SearchOptions } from './types.js'

/** What the filters need of an entry, precomputed at upsert so the hot loop compares numbers. */
export interface FilterFields {
  state: EntryState
  audience: Audience
  region: string | null
  /** Epoch ms; -Infinity / +Infinity when unbounded. */
  from: number
  until: number
}

function parseDate(iso: string | null | undefined, unbounded: number): number {
  if (!iso) return unbounded
  const t = Date.parse(iso)
  return Number.isNaN(t) ? unbounded : t
}

export function filterFields(e: {
  state: EntryState
  audience: Audience
  region?: string | null
  effectiveFrom?: string | null
  expiresAt?: string | null
}): FilterFields {
  return {
    state: e.state,
    audience: e.audience,
    region: e.region?.trim() || null,
    from: parseDate(e.effectiveFrom, Number.NEGATIVE_INFINITY),
    until: parseDate(e.expiresAt, Number.POSITIVE_INFINITY),
  }
}

/**
 * The entry regions a query region accepts: itself, and every place it names with that place's province-level
 * division, so 朝阳区 accepts entries for 北京市 and 郑州市 accepts 河南省. null = no region filter.
 */
export interface RegionScope {
  query: string
  accepts: Set<string>
}

export function regionScope(region: string | null | undefined): RegionScope | null {
  const query = region?.trim()
  if (!query) return null
  const accepts = new Set([query])
  for (const p of findPlaces(normalizeText(query))) accepts.add(p.name).add(p.province)
  return { query, accepts }
}

/**
 * State, validity and region are hard filters. Region: an entry for everywhere (null) always matches; else
 * the query region must be it, contain it (北京市朝阳区 contains 北京市) or lie within it (see regionScope).
 */
export function isVisible(f: FilterFields, opts: SearchOptions, nowMs: number, scope: RegionScope | null): boolean {
  if (f.state !== 'published' && !opts.includeUnpublished) return false
  if (nowMs < f.from || nowMs >= f.until) return false
  if (scope && f.region && !scope.accepts.has(f.region) && !scope.query.includes(f.region)) return false
  return true
}

/**
 * Audience is a preference, not a filter: the business channel should see 惠企 entries first, citizens
 * their own, but a strong match for the other audience is still better than nothing.
 */
export const MAX_AUDIENCE_FACTOR = 1.25

export function audienceFactor(entry: Audience, query: SearchOptions['audience']): number {
  if (!query || entry === 'all') return 1
  if (entry === query) return query === 'enterprise' ? 1.25 : 1
  return 0.75
}
