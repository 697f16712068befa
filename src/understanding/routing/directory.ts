/**
 * The department directory for a city. The city is configuration: 北京市 gets the committed
 * `knowledge/departments/beijing.json`; any other city gets a generic directory built from its own
 * districts and streets (passed in by the caller's gazetteer) plus the shared bureau templates.
 */
import beijingJson from '../../../knowledge/departments/beijing.json' with { type: 'json' }
import bureausJson from '../../../knowledge/departments/bureaus.json' with { type: 'json' }
import scopeJson from '../../../knowledge/departments/scope.json' with { type: 'json' }
import { assembleDirectory } from './assembleDirectory.js'
import { type BureauTemplates, bureauTemplatesSchema, directorySchema, scopeSchema } from './directorySchema.js'
import type { Directory, DistrictTree, Scope } from './types.js'

export const BEIJING = '北京市'

/** `北京`, `北京市`, `Beijing` → `北京市`; other names are trimmed and kept as given. */
export function normalizeCityName(city: string): string {
  const c = city.trim()
  return c === '北京' || c.toLowerCase() === 'beijing' ? BEIJING : c
}

let beijing: Directory | undefined
let templates: BureauTemplates | undefined
let scope: Scope | undefined

/** The shared bureau templates and scope rules (validated on first use; they are editable data). */
export function directoryTemplates(): { templates: BureauTemplates; scope: Scope } {
  templates ??= bureauTemplatesSchema.parse(bureausJson)
  scope ??= scopeSchema.parse(scopeJson)
  return { templates, scope }
}

/** An ascii id prefix for a city: its NBS code when known, else a deterministic encoding of its name. */
function idPrefixFor(city: string, code: string | undefined): string {
  if (code) return `c${code}`
  return `c-${[...city].map((ch) => ch.codePointAt(0)!.toString(36)).join('')}`
}

/**
 * A generic directory for any city: its district governments and streets, the 12345 center, the
 * enterprise desk and the generic bureaus with the same category mapping as Beijing's.
 */
export function buildGenericDirectory(
  city: string,
  districts: DistrictTree[],
  opts: { code?: string; idPrefix?: string } = {},
): Directory {
  const { templates, scope } = directoryTemplates()
  // A prefecture city's districts share its 4-digit code (a municipality's its 2-digit one); keep it in ids.
  const code = opts.code ?? districts.find((d) => d.code)?.code?.slice(0, 4)
  return assembleDirectory({
    city,
    ...(code ? { code } : {}),
    idPrefix: opts.idPrefix ?? idPrefixFor(city, code),
    districts,
    templates,
    scope,
    naming: 'generic',
  })
}

const generic = new Map<string, Directory>()

/**
 * The directory for `city`. For cities other than Beijing, `districtsOf` supplies the district/street tree
 * (e.g. from the gazetteer); without it, or when it knows nothing of the city, the directory has the center,
 * the enterprise desk and the bureaus only, so every place-bound matter falls to manual dispatch.
 */
export function loadDirectory(city: string, districtsOf?: (city: string) => DistrictTree[] | null): Directory {
  const name = normalizeCityName(city)
  if (name === BEIJING) {
    beijing ??= directorySchema.parse(beijingJson) as Directory
    return beijing
  }
  const cached = generic.get(name)
  if (cached) return cached
  const districts = districtsOf?.(name) ?? []
  const dir = buildGenericDirectory(name, districts)
  // Only a city the gazetteer knew is cached (a later call may bring the accessor). Bounded: `city` comes
  // from requests, and a deployment serves a handful of cities.
  if (districts.length > 0) {
    if (generic.size >= 64) generic.delete(generic.keys().next().value!)
    generic.set(name, dir)
  }
  return dir
}
