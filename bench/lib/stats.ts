/** Latency summaries. Percentiles by nearest rank over the exact samples (no histogram buckets). */
export interface Summary {
  count: number
  mean: number
  p50: number
  p90: number
  p99: number
  max: number
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) return { count: 0, mean: 0, p50: 0, p90: 0, p99: 0, max: 0 }
  const s = Float64Array.from(samples).sort()
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0
  let sum = 0
  for (const v of s) sum += v
  return {
    count: s.length,
    mean: round(sum / s.length),
    p50: round(at(50)),
    p90: round(at(90)),
    p99: round(at(99)),
    max: round(s[s.length - 1] ?? 0),
  }
}

export function round(v: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(v * f) / f
}
