/**
 * GeoReport services are the taxonomy's first- and second-level classes. A service code is a short
 * hash of the class path, so it stays the same as long as the class keeps its name, whatever
 * editors do to the order of the taxonomy file.
 */
import { getTaxonomy } from '../understanding/category/taxonomy.js'

export interface Open311Service {
  service_code: string
  service_name: string
  description: string
  metadata: boolean
  type: 'realtime'
  keywords: string
  group: string
  /** Not part of the output: the taxonomy path the service files under. */
  path: [string] | [string, string]
}

/** FNV-1a, 32 bits, hex: tiny, synchronous, stable across runtimes. */
export function serviceCode(path: readonly string[]): string {
  let h = 0x811c9dc5
  for (const ch of path.join('/')) {
    h ^= ch.codePointAt(0) ?? 0
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

let cached: Open311Service[] | null = null

export function listServices(): Open311Service[] {
  if (cached) return cached
  const out: Open311Service[] = []
  for (const l1 of getTaxonomy()) {
    out.push({
      service_code: serviceCode([l1.name]),
      service_name: `${l1.name}（综合）`,
      description: `${l1.name}类诉求，未细分小类`,
      metadata: false,
      type: 'realtime',
      keywords: l1.keywords.join(', '),
      group: l1.name,
      path: [l1.name],
    })
    for (const l2 of l1.children) {
      out.push({
        service_code: serviceCode([l1.name, l2.name]),
        service_name: l2.name,
        description: `${l1.name} / ${l2.name}${l2.children.length ? `：${l2.children.map((c) => c.name).join('、')}` : ''}`,
        metadata: false,
        type: 'realtime',
        keywords: l2.keywords.join(', '),
        group: l1.name,
        path: [l1.name, l2.name],
      })
    }
  }
  cached = out
  return out
}

export function serviceByCode(code: string): Open311Service | null {
  return listServices().find((s) => s.service_code === code) ?? null
}

/** The service a ticket shows as: its level-2 class when that is a service, else its level-1 class. */
export function serviceForCategory(level1: string | null, level2: string | null): Open311Service | null {
  if (!level1) return null
  const all = listServices()
  const code2 = level2 ? serviceCode([level1, level2]) : null
  const code1 = serviceCode([level1])
  return all.find((s) => s.service_code === code2) ?? all.find((s) => s.service_code === code1) ?? null
}

export function publicService(s: Open311Service): Omit<Open311Service, 'path'> {
  const { path: _path, ...rest } = s
  return rest
}
