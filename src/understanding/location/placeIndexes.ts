/**
 * The two kinds of name index the resolver scans: one nation-wide (provinces … streets, plus the aliases
 * of `knowledge/gazetteer/aliases.json`), built once; and one per city for its communities/villages, built
 * the first time that city is asked for. Village names repeat across the country by the thousand (新村,
 * 东村…), so they are only matched inside a city that the request or the text has already established.
 */
import aliasData from '../../../knowledge/gazetteer/aliases.json' with { type: 'json' }
import { type CityScope, type Gazetteer, getGazetteer, type PlaceLevel } from './gazetteer.js'
import { NameIndex } from './NameIndex.js'
import { normalizePlaceName } from './normalizePlaceName.js'

/** Placeholder names in the NBS tree that nobody says, and units named by a bare level word (a 街道 in 唐山). */
const UNSPOKEN = /^(市辖区|县|街道|地区|办事处|镇|乡|社区|村)$|直辖县级行政区划$/u

export interface AliasProblem {
  city: string
  alias: string
  target: string
}

let globalIndex: NameIndex | null = null
const aliasProblems: AliasProblem[] = []
/** alias place registrations: place id → the city scope code the alias belongs to. */
const aliasScope = new Map<string, string>()
const communityIndexes = new Map<string, NameIndex>()

function addPlace(index: NameIndex, g: Gazetteer, id: number): void {
  const name = g.name(id)
  const level = g.level(id) as PlaceLevel
  if (UNSPOKEN.test(name)) return
  index.add(name, id, 'full')
  const short = normalizePlaceName(name, level)
  if (short !== name) index.add(short, id, 'short')
}

/** Finds `district[/street[/community]]` inside a scope by official or short names. */
export function resolvePath(g: Gazetteer, scope: CityScope, path: string): number | null {
  let level: PlaceLevel = 2
  let pool = g.placesIn(scope, 2)
  let found: number | null = null
  const parts = path.split('/')
  for (const [i, part] of parts.entries()) {
    const want = normalizePlaceName(part, level)
    const hit =
      pool.find((id) => g.name(id) === part) ?? pool.find((id) => normalizePlaceName(g.name(id), level) === want)
    if (hit === undefined) return null
    found = hit
    // Communities are decoded per city on demand; only a path that names one needs them.
    if (level === 3 && i + 1 < parts.length) g.communitiesOf(scope)
    pool = [...g.children(hit)]
    level = (level + 1) as PlaceLevel
  }
  return found
}

function buildGlobal(): NameIndex {
  const g = getGazetteer()
  const index = new NameIndex()
  for (let id = 0; id < g.size; id++) if (g.level(id) <= 3) addPlace(index, g, id)
  for (const [city, table] of Object.entries(aliasData as Record<string, unknown>)) {
    if (city.startsWith('_') || typeof table !== 'object' || table === null) continue
    const scope = g.findCity(city)
    for (const [alias, target] of Object.entries(table as Record<string, string>)) {
      const place = scope ? resolvePath(g, scope, target) : null
      if (!scope || place === null) {
        aliasProblems.push({ city, alias, target })
        continue
      }
      index.add(alias, place, 'alias')
      aliasScope.set(`${alias}\u0000${place}`, scope.code)
    }
  }
  return index
}

/** The nation-wide index (built on first use). */
export function getGlobalIndex(): NameIndex {
  globalIndex ??= buildGlobal()
  return globalIndex
}

/** The city an alias belongs to (its scope code), or undefined when the match is no alias of that place. */
export function aliasCity(alias: string, place: number): string | undefined {
  return aliasScope.get(`${alias}\u0000${place}`)
}

/** Aliases whose city or target is not in the gazetteer (a test keeps this empty). */
export function getAliasProblems(): readonly AliasProblem[] {
  getGlobalIndex()
  return aliasProblems
}

/** Ordinals and directions that split one neighbourhood into several committees: 金润家园一社区, 金盏嘉园第二社区, 劲松西社区. */
const COMMITTEE_QUALIFIER = /(第?[一二三四五六七八九十]+|[东西南北中])+$/u

/** Communities/villages of one city; null when the gazetteer carries none for it. */
export function getCommunityIndex(scope: CityScope): NameIndex | null {
  const cached = communityIndexes.get(scope.code)
  if (cached) return cached.size ? cached : null
  const g = getGazetteer()
  const index = new NameIndex()
  for (const id of g.communitiesOf(scope)) {
    const name = g.name(id)
    index.add(name, id, 'full')
    // Two-character short forms (东村, 新庄…) are registered too; the matcher only trusts them before 河, 路… (see findMentions).
    const short = normalizePlaceName(name, 4)
    if (short !== name) index.add(short, id, 'short')
    const base = short.replace(COMMITTEE_QUALIFIER, '')
    if (base !== short && base.length >= 2) index.add(base, id, 'short')
  }
  communityIndexes.set(scope.code, index)
  return index.size ? index : null
}
