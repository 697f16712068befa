/**
 * A small line diff (longest common subsequence) for the version history. Entries are short, so the
 * quadratic table is cheap; past a size cap the middle is shown as replaced rather than spending
 * seconds on a diff nobody reads line by line.
 */
export type DiffOp = { op: ' ' | '-' | '+'; line: string }

const MAX_CELLS = 2_000_000

export function lineDiff(before: string[], after: string[]): DiffOp[] {
  let start = 0
  while (start < before.length && start < after.length && before[start] === after[start]) start++
  let endA = before.length
  let endB = after.length
  while (endA > start && endB > start && before[endA - 1] === after[endB - 1]) {
    endA--
    endB--
  }
  const head = before.slice(0, start).map((line): DiffOp => ({ op: ' ', line }))
  const tail = before.slice(endA).map((line): DiffOp => ({ op: ' ', line }))
  const a = before.slice(start, endA)
  const b = after.slice(start, endB)
  return [...head, ...middle(a, b), ...tail]
}

function middle(a: string[], b: string[]): DiffOp[] {
  const n = a.length
  const m = b.length
  if (n === 0 || m === 0 || n * m > MAX_CELLS) {
    return [...a.map((line): DiffOp => ({ op: '-', line })), ...b.map((line): DiffOp => ({ op: '+', line }))]
  }
  // lcs[i][j] = LCS length of a[i..] and b[j..], stored flat.
  const w = m + 1
  const lcs = new Uint32Array((n + 1) * w)
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * w + j + 1] as number) + 1
          : Math.max(lcs[(i + 1) * w + j] as number, lcs[i * w + j + 1] as number)
    }
  }
  const out: DiffOp[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: ' ', line: a[i] as string })
      i++
      j++
    } else if ((lcs[(i + 1) * w + j] as number) >= (lcs[i * w + j + 1] as number)) {
      out.push({ op: '-', line: a[i++] as string })
    } else {
      out.push({ op: '+', line: b[j++] as string })
    }
  }
  while (i < n) out.push({ op: '-', line: a[i++] as string })
  while (j < m) out.push({ op: '+', line: b[j++] as string })
  return out
}

/** Unified-style text with up to `context` unchanged lines around each change. */
export function formatDiff(ops: DiffOp[], context = 2): string {
  const keep = new Array<boolean>(ops.length).fill(false)
  ops.forEach((o, k) => {
    if (o.op === ' ') return
    for (let d = Math.max(0, k - context); d <= Math.min(ops.length - 1, k + context); d++) keep[d] = true
  })
  const lines: string[] = []
  let skipped = false
  ops.forEach((o, k) => {
    if (!keep[k]) {
      skipped = true
      return
    }
    if (skipped) lines.push('  …')
    skipped = false
    lines.push(`${o.op} ${o.line}`)
  })
  if (skipped && lines.length > 0) lines.push('  …')
  return lines.join('\n')
}
