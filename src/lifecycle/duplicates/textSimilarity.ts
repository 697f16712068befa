/**
 * How alike two citizens' descriptions are: cosine similarity of their character-bigram counts.
 * Chinese has no spaces, and bigrams catch shared words ("井盖", "噪音") without a segmenter.
 * Place names and the boilerplate of complaints ("附近", "请尽快处理") are removed first: candidates
 * already share the place, and both would otherwise make any two complaints from one street look alike.
 */
const COMMON_PHRASES = [
  '联系电话',
  '相关部门',
  '请尽快',
  '好几天',
  '没人管',
  '尽快',
  '一直',
  '现在',
  '希望',
  '反映',
  '投诉',
  '处理',
  '解决',
  '问题',
  '情况',
  '严重',
  '影响',
  '居民',
  '我们',
  '我家',
  '家里',
  '小区',
  '门口',
  '附近',
  '楼下',
  '那边',
  '这边',
  '晚上',
  '白天',
  '每天',
  '特别',
  '非常',
]

export function bigrams(text: string, strip: readonly string[] = []): Map<string, number> {
  let s = text
  const words = [...strip, ...COMMON_PHRASES].filter(Boolean).sort((a, b) => b.length - a.length)
  for (const p of words) s = s.split(p).join(' ')
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
