/** The department directory: who handles what, and where. One per city; Beijing's is committed data. */
import type { DepartmentKind } from '../types.js'

export interface Department {
  /** Stable ascii id, e.g. `bj-street-110105010`, `bj-bureau-housing`. */
  id: string
  name: string
  kind: DepartmentKind
  parentId?: string
  /** District (区/县) name for districts and streets. */
  district?: string
  /** NBS administrative code for districts and streets. */
  code?: string
  /** Taxonomy paths the unit handles: `level1`, `level1/level2` or `level1/level2/level3`. */
  categories?: string[]
  keywords?: string[]
  /** Districts and streets take place-bound matters; a bureau with `placeBound` has its matters handled on site. */
  placeBound?: boolean
}

export interface ScopeRules {
  /** Taxonomy paths as in `Department.categories`. */
  categories: string[]
  keywords: string[]
}

/** Which matters go to the place (直派属地) and which are city-wide policy for a bureau. */
export interface Scope {
  placeBound: ScopeRules
  citywide: ScopeRules
}

export interface Directory {
  city: string
  code?: string
  scope: Scope
  departments: Department[]
}

/** A city's districts and their streets/townships, as a gazetteer gives them. */
export interface DistrictTree {
  name: string
  code?: string
  streets: { name: string; code?: string }[]
}
