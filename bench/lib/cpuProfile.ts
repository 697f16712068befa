/**
 * Summarises a V8 `.cpuprofile` (written by `node --cpu-prof`): self time by function and by
 * source area (src/<folder>, channels, node_modules/<package>, node internals, GC, idle), so the
 * bench can say where a gateway's time went.
 */
import { readFileSync } from 'node:fs'

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}

interface Profile {
  nodes: Node[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

export interface ProfileSummary {
  file: string
  totalMs: number
  busyMs: number
  byArea: { area: string; ms: number; pctOfBusy: number }[]
  topFunctions: { fn: string; where: string; ms: number; pctOfBusy: number }[]
}

export function areaOf(url: string, fn: string): string {
  if (fn === '(idle)') return '(idle)'
  if (fn === '(garbage collector)') return '(garbage collector)'
  if (fn === '(program)') return '(program)'
  if (!url) return '(native/vm)'
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (nm) return `npm:${nm[1]}`
  if (url.startsWith('node:')) return url.startsWith('node:internal/') ? 'node:internal' : url
  const src = /\/(src|channels|bench)\/([^/]+)(\/)?/.exec(url)
  if (src) return src[3] ? `${src[1]}/${src[2]}` : (src[1] ?? url)
  return url.replace(/^file:\/\//, '')
}

/** `skipMs`: leave out the first part of the profile (start-up: module loading, index building). */
export function summarizeProfile(file: string, opts: { top?: number; skipMs?: number } = {}): ProfileSummary {
  const top = opts.top ?? 15
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const byId = new Map(p.nodes.map((n) => [n.id, n]))
  const self = new Map<number, number>()
  let elapsed = 0
  const skipUs = (opts.skipMs ?? 0) * 1000
  for (let i = 0; i < p.samples.length; i++) {
    elapsed += p.timeDeltas[i] ?? 0
    if (elapsed < skipUs) continue
    const id = p.samples[i] as number
    self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0))
  }
  const areas = new Map<string, number>()
  const fns = new Map<string, { where: string; us: number }>()
  let total = 0
  let idle = 0
  for (const [id, us] of self) {
    const n = byId.get(id)
    if (!n) continue
    total += us
    const { functionName, url, lineNumber } = n.callFrame
    const fn = functionName || '(anonymous)'
    if (fn === '(idle)') idle += us
    const area = areaOf(url, fn)
    areas.set(area, (areas.get(area) ?? 0) + us)
    const where = url ? `${url.replace(/^.*\/(node_modules|src|channels)\//, '$1/')}:${lineNumber + 1}` : ''
    const key = `${fn} ${where}`
    const f = fns.get(key) ?? { where, us: 0 }
    f.us += us
    fns.set(key, f)
  }
  const busy = total - idle
  const pct = (us: number) => Math.round((us / Math.max(1, busy)) * 1000) / 10
  return {
    file,
    totalMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    byArea: [...areas.entries()]
      .filter(([a]) => a !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([area, us]) => ({ area, ms: Math.round(us / 1000), pctOfBusy: pct(us) })),
    topFunctions: [...fns.entries()]
      .filter(([k]) => !k.startsWith('(idle)'))
      .sort((a, b) => b[1].us - a[1].us)
      .slice(0, top)
      .map(([k, f]) => ({
        fn: k.split(' ')[0] ?? k,
        where: f.where,
        ms: Math.round(f.us / 1000),
        pctOfBusy: pct(f.us),
      })),
  }
}
