/**
 * How alike two citizens' descriptions are: cosine similarity of their character-bigram counts.
 * Chinese has no spaces, and bigrams catch shared words ("井盖", "噪音") without a segmenter.
 * Place names are removed first: candidates already share the place, which would otherwise make
 * any two complaints from one street look alike.
 */
export function bigrams(text: string, strip: readonly string[] = []): Map<string, number> {
  let s = text
  for (const p of strip) if (p) s = s.split(p).join(' ')
  const clean = s.toLowerCase().replace(/[\s\p{P}\p{S}\d]+/gu, ' ')
  const out = new Map<string, number>()
  for (const part of clean.split(' ')) {
    const chars = [...part]
    for (let i = 0; i + 1 < chars.length; i++) {
      const g = `${chars[i]}${chars[i + 1]}`
      out.set(g, (out.get(g) ?? 0) + 1)
    }
  }
  return out
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  if (a.size === 0 || b.size === 0) return 0
  let dot = 0
  for (const [g, n] of a) dot += n * (b.get(g) ?? 0)
  const norm = (m: Map<string, number>) => Math.sqrt([...m.values()].reduce((s, n) => s + n * n, 0))
  return dot / (norm(a) * norm(b))
}

export function textSimilarity(a: string, b: string, strip: readonly string[] = []): number {
  return cosine(bigrams(a, strip), bigrams(b, strip))
}
