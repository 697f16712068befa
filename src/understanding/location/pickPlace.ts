/**
 * Chooses the place a text is about. Every candidate of every mention is a hypothesis. A hypothesis
 * scores the best non-overlapping set of mentions it explains (a mention is explained when one of its
 * candidates is the hypothesis or an ancestor of it), three quarters of the weight of other mentions inside its district
 * (two villages of one district support each other), and a prior when it lies in the configured city.
 * So 朝阳 alone is Beijing's district for a Beijing gateway, "福州市鼓楼区" outweighs that prior, and a
 * street named next to its district beats a same-named street elsewhere.
 */
import type { Mention } from './findMentions.js'
import type { CityScope, Gazetteer } from './gazetteer.js'

/** Worth about one short district name: the city a gateway serves is what people usually mean. */
const PRIOR = 2.5
/** Least evidence to report a place inside the configured city (one two-character short form). */
const MIN_IN_SCOPE = 1
/** …outside it: two agreeing names (福州市 + 鼓楼区) or one street name unique in China (陆家嘴街道). */
const MIN_ELSEWHERE = 5
const MIN_NO_SCOPE = 1.5
/** Two names of one district agree (宛平城 and its 金家村): together they outweigh a lone namesake elsewhere. */
const DISTRICT_SUPPORT = 0.75
/** Urban districts (区) over counties when all else is equal: that is where most requests come from. */
const URBAN_TIE = 0.1
/** A residents' committee (社区/居委会) is urban, a 村 is not: on a tie, the urban namesake, for the same reason. */
const RESIDENTS_COMMITTEE = /(社区|居委会|居民委员会)$/u
/** Names shared by more places than this say nothing on their own outside the configured city. */
const MAX_CANDIDATES = 24

export interface PlacePick {
  place: number
  /** Weight of the explaining mentions plus district support (without the prior). */
  evidence: number
  total: number
  explained: Mention[]
  /** The mention whose candidate is the chosen place itself. */
  direct: Mention
  /** Best total of a hypothesis in another district (or city), 0 when none. */
  runnerUp: number
}

interface Scored extends PlacePick {
  level: number
}

interface Explained {
  m: Mention
  w: number
  self: boolean
}

/** Weighted interval scheduling: the heaviest set of non-overlapping mentions. */
function heaviest(items: Explained[]): Explained[] {
  items.sort((a, b) => a.m.end - b.m.end || a.m.start - b.m.start)
  const best: number[] = [0]
  const take: boolean[] = []
  const prev: number[] = []
  items.forEach((it, i) => {
    let j = i - 1
    while (j >= 0 && items[j]!.m.end > it.m.start) j--
    prev.push(j)
    const withIt = it.w + best[j + 1]!
    take.push(withIt > best[i]!)
    best.push(Math.max(withIt, best[i]!))
  })
  const out: Explained[] = []
  for (let i = items.length - 1; i >= 0; ) {
    if (take[i]) {
      out.push(items[i]!)
      i = prev[i]!
    } else i--
  }
  return out.reverse()
}

export function pickPlace(g: Gazetteer, mentions: Mention[], scope: CityScope | null): PlacePick | null {
  if (mentions.length === 0) return null
  const scopeMemo = new Map<number, boolean>()
  const inScope = (id: number) => {
    let v = scopeMemo.get(id)
    if (v === undefined) {
      v = scope ? g.lineage(id).some((a) => scope.ids.includes(a)) : false
      scopeMemo.set(id, v)
    }
    return v
  }
  const districtOf = (id: number) => g.ancestorAt(id, 2)
  // place → [mention index, weight]; and per mention, district → best weight of its candidates inside it.
  const byPlace = new Map<number, [number, number][]>()
  const byDistrict = mentions.map(() => new Map<number, number>())
  mentions.forEach((m, i) => {
    for (const c of m.candidates) {
      const list = byPlace.get(c.place) ?? []
      list.push([i, c.weight])
      byPlace.set(c.place, list)
      // Only villages vote for their district: a different street named outright contradicts, it does not support.
      const d = g.level(c.place) === 4 ? districtOf(c.place) : -1
      if (d >= 0) byDistrict[i]!.set(d, Math.max(byDistrict[i]!.get(d) ?? 0, c.weight))
    }
  })
  const hypotheses = new Set<number>()
  for (const m of mentions) {
    const many = m.candidates.length > MAX_CANDIDATES
    for (const c of m.candidates) if (!many || inScope(c.place)) hypotheses.add(c.place)
  }

  // Most hypotheses are namesakes in other cities that cannot reach the bar: skip them before the real scoring.
  let supportBound = 0
  for (const d of byDistrict) supportBound += DISTRICT_SUPPORT * Math.max(0, ...d.values())

  const scored: Scored[] = []
  for (const h of hypotheses) {
    const found = new Map<number, Explained>()
    let bound = supportBound
    for (let a = h; a >= 0; a = g.parent(a)) {
      const explaining = byPlace.get(a)
      if (!explaining) continue
      for (const [i, w] of explaining) {
        const cur = found.get(i)
        if (!cur || w > cur.w) {
          bound += w - (cur?.w ?? 0)
          found.set(i, { m: mentions[i]!, w, self: a === h })
        }
      }
    }
    const home = inScope(h)
    const bar = home ? MIN_IN_SCOPE : scope ? MIN_ELSEWHERE : MIN_NO_SCOPE
    if (bound < bar) continue
    // A name repeated ten times is still one piece of evidence: keep only its heaviest reading.
    const byText = new Map<string, Explained>()
    for (const e of found.values()) {
      const cur = byText.get(e.m.text)
      if (!cur || e.w > cur.w) byText.set(e.m.text, e)
    }
    const chosen = heaviest([...byText.values()])
    // A place no mention names more strongly than its ancestors (海淀街道 for "海淀") is left to the ancestor.
    const direct = chosen.find((e) => e.self)
    if (!direct) continue
    let evidence = chosen.reduce((s, e) => s + e.w, 0)
    const district = g.level(h) >= 2 ? districtOf(h) : -1
    if (district >= 0) {
      const support = new Map<string, Explained>()
      mentions.forEach((m, i) => {
        const w = byDistrict[i]!.get(district)
        if (!w || found.has(i) || support.has(m.text) || chosen.some((e) => e.m.start < m.end && m.start < e.m.end))
          return
        support.set(m.text, { m, w: DISTRICT_SUPPORT * w, self: false })
      })
      for (const e of heaviest([...support.values()])) evidence += e.w
    }
    if (evidence < bar) continue
    const urban =
      (district >= 0 && g.name(district).endsWith('区') ? URBAN_TIE : 0) +
      (g.level(h) === 4 && RESIDENTS_COMMITTEE.test(g.name(h)) ? URBAN_TIE / 2 : 0)
    const total = evidence + (home ? PRIOR + urban : 0)
    const explained = chosen.map((e) => e.m)
    scored.push({ place: h, level: g.level(h), evidence, total, explained, direct: direct.m, runnerUp: 0 })
  }
  if (scored.length === 0) return null
  // Ties: the more specific place; then the lower NBS code (central districts are numbered before outer ones).
  scored.sort((a, b) => b.total - a.total || b.level - a.level || (g.code(a.place) < g.code(b.place) ? -1 : 1))
  const best = scored[0]!
  const area = (id: number) => g.lineage(id).find((a) => g.level(a) <= 2) ?? id
  const bestArea = area(best.place)
  const rival = scored.find((s) => area(s.place) !== bestArea && !g.lineage(bestArea).includes(s.place))
  return { ...best, runnerUp: rival?.total ?? 0 }
}
