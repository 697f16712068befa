/**
 * Command line of `npm run bench`. Every figure that bounds a run (seconds, counts) lives here, so
 * the defaults stay inside the time budget: about 6 minutes by default, under 60 s with --quick.
 */
export const SECTIONS = ['ceiling', 'pglite', 'postgres', 'scale', 'scaleout'] as const
export type Section = (typeof SECTIONS)[number]

export interface BenchOptions {
  mode: 'full' | 'quick' | 'soak' | 'custom'
  sections: Section[]
  connections: number
  ceilingSec: number
  warmupSec: number
  capacitySec: number
  pacedSec: number
  /** The sustained phase offers this fraction of the capacity phase's reply rate. */
  pacedFraction: number
  /** The capacity phase ends early when this many acknowledged messages await their reply. */
  maxBacklog: number
  scaleSizes: number[]
  scaleSec: number
  scaleoutInstances: number[]
  scaleoutSec: number
  soakMin: number
  profile: boolean
  outDir: string
}

export const USAGE = `npm run bench [-- options]
  --quick               ceiling, PGlite and PostgreSQL only, short phases (< 60 s)
  --soak[=MIN]          PostgreSQL at a steady rate for MIN minutes (default 10), RSS sampled every 10 s
  --only=a,b            sections: ${SECTIONS.join(', ')}
  --profile             gateways run under node --cpu-prof; the report summarises where time went
  --connections=N       closed-loop connections (default 16)
  --seconds=N           length of each capacity and sustained phase (default 10)
  --sizes=1000,10000    stored tickets and knowledge entries for the scale section
  --out=DIR             results directory (default bench/results)`

export function parseOptions(argv: string[]): BenchOptions {
  const flags = new Map<string, string>()
  for (const a of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a)
    if (!m) throw new Error(`Unknown argument ${a}\n${USAGE}`)
    flags.set(m[1] as string, m[2] ?? '')
  }
  if (flags.has('help')) throw new Error(USAGE)
  const known = new Set(['quick', 'soak', 'only', 'profile', 'connections', 'seconds', 'sizes', 'out'])
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`Unknown option --${k}\n${USAGE}`)
  const num = (k: string, def: number) => {
    const v = flags.get(k)
    if (v === undefined || v === '') return def
    const n = Number(v)
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${k} must be a positive number`)
    return n
  }
  const quick = flags.has('quick')
  const soak = flags.has('soak')
  const only = flags.get('only')
  const sections = only
    ? only.split(',').map((s) => {
        if (!(SECTIONS as readonly string[]).includes(s)) throw new Error(`Unknown section ${s}\n${USAGE}`)
        return s as Section
      })
    : soak
      ? []
      : quick
        ? (['ceiling', 'pglite', 'postgres'] as Section[])
        : [...SECTIONS]
  const seconds = num('seconds', quick ? 3 : 10)
  return {
    mode: soak ? 'soak' : only || flags.has('sizes') ? 'custom' : quick ? 'quick' : 'full',
    sections,
    connections: Math.round(num('connections', 16)),
    ceilingSec: seconds,
    warmupSec: quick ? 1 : 2,
    capacitySec: seconds,
    pacedSec: seconds,
    pacedFraction: 0.8,
    maxBacklog: quick ? 300 : 1000,
    scaleSizes: (flags.get('sizes') || '1000,10000,100000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    scaleSec: Math.max(3, Math.round(seconds * 0.6)),
    scaleoutInstances: [2, 4],
    scaleoutSec: Math.max(3, Math.round(seconds * 0.8)),
    soakMin: soak ? num('soak', 10) : 0,
    profile: flags.has('profile'),
    outDir: flags.get('out') || 'bench/results',
  }
}
