/**
 * The glue between the gazetteer and the directory: the directory for a configured or requested city,
 * with the flat department list (to mirror into the `departments` table) and an id → ref lookup.
 */
import type { DepartmentRef } from '../types.js'
import { findCity, listDistricts, listStreets } from '../location/gazetteer.js'
import { loadDirectory, normalizeCityName } from './directory.js'
import { lookupDepartment } from './directoryIndex.js'
import type { Department, Directory, DistrictTree } from './types.js'

export interface CityDirectory {
  directory: Directory
  departments: Department[]
  lookup: (id: string | null) => DepartmentRef | null
}

/** A city's district/street tree from the gazetteer; null when the gazetteer does not know the city. */
export function gazetteerDistricts(city: string): DistrictTree[] | null {
  const districts = listDistricts(city)
  if (districts.length === 0) return null
  return districts.map((d) => ({
    name: d.name,
    code: d.code,
    streets: listStreets(city, d.name).map((s) => ({ name: s.name, code: s.code })),
  }))
}

const cache = new Map<string, CityDirectory>()

export function directoryFor(city: string): CityDirectory {
  // The gazetteer's canonical name (福州 → 福州市) is what the location resolver reports, so use it.
  const name = findCity(normalizeCityName(city))?.name ?? normalizeCityName(city)
  const hit = cache.get(name)
  if (hit) return hit
  const directory = loadDirectory(name, gazetteerDistricts)
  const result: CityDirectory = {
    directory,
    departments: directory.departments,
    lookup: (id) => lookupDepartment(directory, id),
  }
  // Bounded: `city` can come from a request body.
  if (cache.size >= 64) cache.delete(cache.keys().next().value!)
  cache.set(name, result)
  return result
}
