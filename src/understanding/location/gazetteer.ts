/**
 * The administrative divisions of China (NBS codes) decoded from `knowledge/gazetteer/gazetteer.json`
 * (built by `npm run build:gazetteer`). Places are integer ids into flat arrays so that the name index and
 * the resolver can hold hundreds of thousands of references cheaply. Communities/villages are decoded per
 * city on first use: most deployments only ever need their own city's.
 */
import raw from '../../../knowledge/gazetteer/gazetteer.json' with { type: 'json' }
import { normalizePlaceName } from './normalizePlaceName.js'

/** 0 province, 1 prefecture city, 2 district/county, 3 street/township, 4 community/village. */
export type PlaceLevel = 0 | 1 | 2 | 3 | 4

export interface Place {
  id: number
  level: PlaceLevel
  name: string
  code: string
  /** -1 for provinces. */
  parent: number
}

/** A city as users name it. For the municipalities (北京市…) it is the province node itself. */
export interface CityScope {
  name: string
  code: string
  /** The nodes whose subtrees make up the city. */
  ids: number[]
}

export interface PlacePath {
  province: string | null
  city: string | null
  district: string | null
  street: string | null
  community: string | null
}

/** [code digits, name, packed villages?] at each level; see src/cli/buildGazetteer.ts. */
type RawStreet = [string, string, string?]
type RawDistrict = [string, string, RawStreet[]]
type RawCity = [string, string, RawDistrict[]]
type RawProvince = [string, string, RawCity[]]
interface RawGazetteer {
  source: string
  p: RawProvince[]
}

/** NBS placeholders at city level: municipalities (市辖区/县) and counties directly under a province. */
const MUNICIPAL = new Set(['市辖区', '县'])
const DIRECT_COUNTIES = /直辖县级行政区划$/u

export class Gazetteer {
  readonly source: string
  private readonly names: string[] = []
  /** The code digits each node adds to its parent's (the full code is built on demand). */
  private readonly codeTails: string[] = []
  private readonly levels: PlaceLevel[] = []
  private readonly parents: number[] = []
  /** Children are added level by level, so each node's children are one contiguous id range. */
  private readonly firstChild: number[] = []
  private readonly childCount: number[] = []
  private provinces = 0
  /** street id → packed village list, decoded by `communitiesOf`. */
  private readonly packed = new Map<number, string>()
  private readonly decodedScopes = new Map<string, number[]>()
  private readonly cityIndex = new Map<string, CityScope>()
  private readonly scopeOfNode = new Map<number, CityScope>()

  constructor(data: RawGazetteer) {
    this.source = data.source
    // Breadth first: all provinces, then all cities, … (few allocations, contiguous children).
    let level: [number, RawProvince | RawCity | RawDistrict | RawStreet][] = data.p.map((p) => [-1, p])
    for (let depth = 0; depth <= 3 && level.length > 0; depth++) {
      const next: typeof level = []
      for (const [parent, node] of level) {
        const id = this.add(depth as PlaceLevel, node[1], node[0], parent)
        const rest = node[2]
        if (depth === 3) {
          if (typeof rest === 'string') this.packed.set(id, rest)
        } else for (const child of rest as (RawCity | RawDistrict | RawStreet)[]) next.push([id, child])
      }
      if (depth === 0) this.provinces = this.names.length
      level = next
    }
    this.indexCities()
  }

  get size(): number {
    return this.names.length
  }

  place(id: number): Place {
    return { id, level: this.levels[id]!, name: this.names[id]!, code: this.code(id), parent: this.parents[id]! }
  }

  /** The full NBS code (2, 4, 6, 9 or 12 digits). */
  code(id: number): string {
    let code = ''
    for (let p = id; p >= 0; p = this.parents[p]!) code = this.codeTails[p]! + code
    return code
  }

  name(id: number): string {
    return this.names[id]!
  }

  level(id: number): PlaceLevel {
    return this.levels[id]!
  }

  parent(id: number): number {
    return this.parents[id]!
  }

  children(id: number): number[] {
    const first = this.firstChild[id]!
    return Array.from({ length: this.childCount[id] ?? 0 }, (_, i) => first + i)
  }

  /** The place itself or its ancestor at `level`, or -1 when its lineage has none (no array built). */
  ancestorAt(id: number, level: PlaceLevel): number {
    for (let p = id; p >= 0; p = this.parents[p]!) if (this.levels[p] === level) return p
    return -1
  }

  /** The place itself followed by its ancestors, most specific first. */
  lineage(id: number): number[] {
    const out: number[] = []
    for (let p = id; p >= 0; p = this.parents[p]!) out.push(p)
    return out
  }

  /** The city scope a place belongs to, or null for provinces and nodes above city level. */
  scopeOf(id: number): CityScope | null {
    for (const p of this.lineage(id)) {
      const s = this.scopeOfNode.get(p)
      if (s) return s
    }
    return null
  }

  /** Resolves 北京 / 北京市 / 福州 / 福州市 / 延边 … to a city scope; null when no city has that name. */
  findCity(name: string): CityScope | null {
    const n = name.trim()
    return this.cityIndex.get(n) ?? this.cityIndex.get(normalizePlaceName(n)) ?? null
  }

  /** Province … community names of a place, the way a ticket displays them. */
  path(id: number): PlacePath {
    const out: PlacePath = { province: null, city: null, district: null, street: null, community: null }
    let directCounty = false
    for (const p of this.lineage(id)) {
      const name = this.names[p]!
      const level = this.levels[p]!
      if (level === 0) {
        out.province = name
        // A municipality is its own city (北京市 named alone is still the city 北京市).
        if (this.scopeOfNode.get(p)?.ids.includes(p)) out.city ??= name
      } else if (level === 1) {
        directCounty = DIRECT_COUNTIES.test(name)
        out.city = MUNICIPAL.has(name) ? this.names[this.parents[p]!]! : directCounty ? null : name
      } else if (level === 2) out.district = name
      else if (level === 3) out.street = name
      else out.community = name
    }
    // County-level cities under a province (仙桃市) act as cities; cities without districts (东莞市, 中山市)
    // repeat their name at district level. Either way there is a city and no district.
    if (directCounty) [out.city, out.district] = [out.district, null]
    if (out.district !== null && out.district === out.city) out.district = null
    return out
  }

  /** Ids of all places at `level` inside a scope (communities are decoded on demand). */
  placesIn(scope: CityScope, level: PlaceLevel): number[] {
    if (level === 4) return this.communitiesOf(scope)
    const out: number[] = []
    const walk = (id: number) => {
      if (this.levels[id] === level) out.push(id)
      else if (this.levels[id]! < level) for (const k of this.children(id)) walk(k)
    }
    for (const id of scope.ids) walk(id)
    return out
  }

  /** Decodes (once) and returns the communities/villages of a scope; empty where the gazetteer has none. */
  communitiesOf(scope: CityScope): number[] {
    const done = this.decodedScopes.get(scope.code)
    if (done) return done
    const out: number[] = []
    for (const s of this.placesIn(scope, 3)) {
      const packed = this.packed.get(s)
      if (!packed) continue
      let prev = 0
      for (const entry of packed.split(',')) {
        const m = /^(\d{3})/u.exec(entry)
        const code = m ? Number(m[1]) : prev + 1
        const name = m ? entry.slice(3) : entry
        prev = code
        out.push(this.add(4, name, String(code).padStart(3, '0'), s))
      }
      this.packed.delete(s)
    }
    this.decodedScopes.set(scope.code, out)
    return out
  }

  private add(level: PlaceLevel, name: string, codeTail: string, parent: number): number {
    const id = this.names.length
    this.names.push(name)
    this.codeTails.push(codeTail)
    this.levels.push(level)
    this.parents.push(parent)
    this.firstChild.push(0)
    this.childCount.push(0)
    if (parent >= 0) {
      if (this.childCount[parent] === 0) this.firstChild[parent] = id
      this.childCount[parent]!++
    }
    return id
  }

  private indexCities(): void {
    const register = (scope: CityScope, node: number) => {
      this.scopeOfNode.set(node, scope)
      for (const key of [scope.name, normalizePlaceName(scope.name, 1)]) {
        if (!this.cityIndex.has(key)) this.cityIndex.set(key, scope)
      }
    }
    for (const p of this.roots()) {
      const cities = this.children(p)
      if (cities.some((c) => MUNICIPAL.has(this.names[c]!))) {
        register({ name: this.names[p]!, code: this.code(p), ids: [p] }, p)
        continue
      }
      for (const c of cities) {
        if (DIRECT_COUNTIES.test(this.names[c]!)) {
          for (const a of this.children(c)) register({ name: this.names[a]!, code: this.code(a), ids: [a] }, a)
        } else register({ name: this.names[c]!, code: this.code(c), ids: [c] }, c)
      }
    }
  }

  private roots(): number[] {
    return Array.from({ length: this.provinces }, (_, i) => i)
  }
}

let instance: Gazetteer | null = null

/** The process-wide gazetteer, decoded on first use (~tens of ms). */
export function getGazetteer(): Gazetteer {
  instance ??= new Gazetteer(raw as unknown as RawGazetteer)
  return instance
}

const matches = (g: Gazetteer, id: number, name: string): boolean => {
  const n = name.trim()
  return g.name(id) === n || normalizePlaceName(g.name(id), g.level(id)) === normalizePlaceName(n, g.level(id))
}

/** The city scope for a user-given name (北京, 北京市, 福州…), or null. */
export function findCity(name: string): CityScope | null {
  return getGazetteer().findCity(name)
}

/** Districts/counties of a city, e.g. `listDistricts('北京')` → the 16 districts. Empty for an unknown city. */
export function listDistricts(cityName: string): Place[] {
  const g = getGazetteer()
  const scope = g.findCity(cityName)
  return scope ? g.placesIn(scope, 2).map((id) => g.place(id)) : []
}

/** Streets/townships of one district, matched by full or short name (朝阳区 or 朝阳). */
export function listStreets(cityName: string, districtName: string): Place[] {
  const g = getGazetteer()
  const scope = g.findCity(cityName)
  if (!scope) return []
  const district = g.placesIn(scope, 2).find((id) => matches(g, id, districtName))
  return district === undefined ? [] : g.children(district).map((id) => g.place(id))
}

/** Communities/villages of one street (only for cities whose villages the gazetteer carries). */
export function listCommunities(cityName: string, districtName: string, streetName: string): Place[] {
  const g = getGazetteer()
  const scope = g.findCity(cityName)
  if (!scope) return []
  g.communitiesOf(scope)
  const street = listStreets(cityName, districtName).find((s) => matches(g, s.id, streetName))
  return street ? g.children(street.id).map((id) => g.place(id)) : []
}
