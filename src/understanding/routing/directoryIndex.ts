/** Lookups over a directory (built once per directory object) and place resolution against it. */
import type { DepartmentRef, LocationResult } from '../types.js'
import { normalizeCityName } from './directory.js'
import type { Department, Directory } from './types.js'

export interface DirectoryIndex {
  byId: Map<string, Department>
  center: Department
  enterprise: Department | null
  bureaus: Department[]
  districtByCode: Map<string, Department>
  districtByName: Map<string, Department>
  streetByCode: Map<string, Department>
  streetsByName: Map<string, Department[]>
}

// Citizens and parsers write 望京 / 望京街道 / 望京地区 / 后沙峪镇 for one unit; a shared short form
// lets them meet. Shorter than 2 characters is too ambiguous (张镇 → 张) and is not indexed.
const STREET_SUFFIX = /(街道办事处|地区办事处|街道|地区|办事处|镇|乡)$/u
const DISTRICT_SUFFIX = /(区|县)$/u
const short = (name: string, suffix: RegExp): string | null => {
  const s = name.replace(suffix, '')
  return s.length >= 2 && s !== name ? s : null
}

const cache = new WeakMap<Directory, DirectoryIndex>()

export function indexDirectory(dir: Directory): DirectoryIndex {
  const hit = cache.get(dir)
  if (hit) return hit
  const byId = new Map(dir.departments.map((d) => [d.id, d]))
  const center = dir.departments.find((d) => d.kind === 'center')
  if (!center) throw new Error(`directory for ${dir.city} has no center (manual-dispatch queue)`)
  const idx: DirectoryIndex = {
    byId,
    center,
    enterprise: dir.departments.find((d) => d.kind === 'enterprise') ?? null,
    bureaus: dir.departments.filter((d) => d.kind === 'bureau'),
    districtByCode: new Map(),
    districtByName: new Map(),
    streetByCode: new Map(),
    streetsByName: new Map(),
  }
  for (const d of dir.departments) {
    if (d.kind === 'district' && d.district) {
      if (d.code) idx.districtByCode.set(d.code, d)
      idx.districtByName.set(d.district, d)
      const s = short(d.district, DISTRICT_SUFFIX)
      if (s && !idx.districtByName.has(s)) idx.districtByName.set(s, d)
    } else if (d.kind === 'street') {
      if (d.code) idx.streetByCode.set(d.code, d)
      for (const key of new Set([d.name, short(d.name, STREET_SUFFIX)])) {
        if (key) idx.streetsByName.set(key, [...(idx.streetsByName.get(key) ?? []), d])
      }
    }
  }
  cache.set(dir, idx)
  return idx
}

export interface ResolvedPlace {
  street: Department | null
  district: Department | null
}

const lookupName = <T>(map: Map<string, T>, name: string | null, suffix: RegExp): T | undefined =>
  name ? (map.get(name) ?? map.get(short(name, suffix) ?? '')) : undefined

/** The directory's street and district for a detected location; the NBS code wins over names. */
export function resolvePlace(location: LocationResult, dir: Directory): ResolvedPlace {
  const none: ResolvedPlace = { street: null, district: null }
  // A place in another city is not this directory's to handle.
  if (location.city && normalizeCityName(location.city) !== dir.city && location.province !== dir.city) return none
  const idx = indexDirectory(dir)
  const code = location.code ?? ''
  let street = code.length >= 9 ? (idx.streetByCode.get(code.slice(0, 9)) ?? null) : null
  let district =
    (code.length >= 6 ? idx.districtByCode.get(code.slice(0, 6)) : undefined) ??
    lookupName(idx.districtByName, location.district, DISTRICT_SUFFIX) ??
    null
  if (!street && location.street) {
    const named = lookupName(idx.streetsByName, location.street, STREET_SUFFIX) ?? []
    const candidates = district ? named.filter((s) => s.parentId === district?.id) : named
    // Two districts may have a street of the same name (八里庄街道); without the district it stays unknown.
    if (candidates.length === 1) street = candidates[0]!
  }
  if (street?.parentId) district = idx.byId.get(street.parentId) ?? district
  return { street, district }
}

export const toRef = (d: Department): DepartmentRef => ({ id: d.id, name: d.name, kind: d.kind })

/** The `DepartmentRef` for an id in this directory, e.g. to render a stored ticket. */
export function lookupDepartment(dir: Directory, id: string | null): DepartmentRef | null {
  const d = id ? indexDirectory(dir).byId.get(id) : undefined
  return d ? toRef(d) : null
}
