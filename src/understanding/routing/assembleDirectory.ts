/**
 * Builds a city's directory from its district/street tree and the shared bureau templates. Used at build
 * time for Beijing (`src/cli/buildDirectory.ts` → `knowledge/departments/beijing.json`) and at run time for
 * any other city, so both follow the same id and naming rules.
 */
import type { BureauTemplates } from './directorySchema.js'
import type { Department, Directory, DistrictTree, Scope } from './types.js'

export interface AssembleOptions {
  city: string
  code?: string
  /** Id prefix, e.g. `bj`: `bj-street-110105010`, `bj-bureau-housing`. */
  idPrefix: string
  districts: DistrictTree[]
  templates: BureauTemplates
  scope: Scope
  /** `own`: the templates' own (Beijing) unit names; `generic`: city name + generic unit name. */
  naming: 'own' | 'generic'
}

export function assembleDirectory(o: AssembleOptions): Directory {
  const name = (t: { name: string; genericName: string }) => (o.naming === 'own' ? t.name : `${o.city}${t.genericName}`)
  const p = o.idPrefix
  const departments: Department[] = [
    { id: `${p}-${o.templates.center.key}`, name: name(o.templates.center), kind: 'center' },
    {
      id: `${p}-${o.templates.enterprise.key}`,
      name: name(o.templates.enterprise),
      kind: 'enterprise',
      ...(o.templates.enterprise.keywords.length ? { keywords: o.templates.enterprise.keywords } : {}),
    },
  ]
  for (const b of o.templates.bureaus) {
    departments.push({
      id: `${p}-bureau-${b.key}`,
      name: name(b),
      kind: 'bureau',
      categories: b.categories,
      keywords: b.keywords,
      ...(b.placeBound ? { placeBound: true } : {}),
    })
  }
  o.districts.forEach((d, i) => {
    const districtId = `${p}-district-${d.code ?? i + 1}`
    departments.push({
      id: districtId,
      name: `${d.name}人民政府`,
      kind: 'district',
      district: d.name,
      ...(d.code ? { code: d.code } : {}),
      placeBound: true,
    })
    d.streets.forEach((s, j) => {
      departments.push({
        id: `${p}-street-${s.code ?? `${i + 1}-${j + 1}`}`,
        name: s.name,
        kind: 'street',
        parentId: districtId,
        district: d.name,
        ...(s.code ? { code: s.code } : {}),
        placeBound: true,
      })
    })
  })
  return { city: o.city, ...(o.code ? { code: o.code } : {}), scope: o.scope, departments }
}
