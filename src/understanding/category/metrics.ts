/**
 * Scoring helpers shared by the trainer, the eval CLI and the accuracy-floor tests. Macro-F1 is
 * computed exactly as `../shared/eval/run_eval.mjs` does: averaged over the labels that occur in
 * the gold data, so predicting a class that never occurs in gold only costs recall elsewhere.
 */
export type Pair = readonly [predicted: string | null, gold: string]

export function accuracy(pairs: readonly Pair[]): number {
  if (pairs.length === 0) return 0
  return pairs.filter(([p, g]) => p === g).length / pairs.length
}

/** Per-label F1 over the gold labels only. */
export function perLabelF1(pairs: readonly Pair[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const label of new Set(pairs.map(([, g]) => g))) {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const [p, g] of pairs) {
      if (p === label && g === label) tp++
      else if (p === label) fp++
      else if (g === label) fn++
    }
    out[label] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn)
  }
  return out
}

export function macroF1(pairs: readonly Pair[]): number {
  const f1 = Object.values(perLabelF1(pairs))
  return f1.length === 0 ? 0 : f1.reduce((a, b) => a + b, 0) / f1.length
}

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}
