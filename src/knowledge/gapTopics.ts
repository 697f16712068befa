/**
 * Groups the questions the gateway could not answer into topics, so editors see what to write next.
 *
 * Greedy single pass, most frequent question first: a question joins the topic whose seed questions it is
 * most similar to (overlap of character bigrams, after dropping filler such as "怎么/如何/办理"), or
 * starts a new topic. Candidate topics are found through a bigram → topic index, so the pass stays
 * near-linear for the few thousand questions of a reporting window.
 */

export interface GapQuestion {
  query: string
  createdAt: Date
  channel?: string | null
  topEntryId?: string | null
}

export interface GapTopic {
  /** The most representative question of the topic. */
  label: string
  keywords: string[]
  count: number
  /** Distinct questions, most frequent first. */
  examples: string[]
  channels: Record<string, number>
  /** The entry search ranked first most often (a near miss that may need another question variant). */
  nearestEntryId: string | null
  firstAt: string
  lastAt: string
}

// Words that say nothing about the topic of a citizen's question.
const FILLER =
  /请问|您好|你好|我想|想问|咨询|一下|怎么|如何|怎样|什么|哪些|哪里|多少|可以|能否|是否|需要|有没有|办理|问题|关于|现在|的话|吗|呢|吧|啊|呀|了|的|我|你|们/g

export function normalizeQuestion(q: string): string {
  return q
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .replace(FILLER, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export function bigramsOf(norm: string): Set<string> {
  const out = new Set<string>()
  for (const part of norm.split(' ')) {
    if (part.length === 1) out.add(part)
    for (let i = 0; i + 1 < part.length; i++) out.add(part.slice(i, i + 2))
  }
  return out
}

interface Group {
  norm: string
  text: string
  grams: Set<string>
  rows: GapQuestion[]
}

interface Topic {
  seeds: Group[]
  members: Group[]
  count: number
}

const MAX_SEEDS = 5

export function groupGaps(
  rows: GapQuestion[],
  opts: { threshold?: number; maxTopics?: number; examples?: number } = {},
): GapTopic[] {
  const threshold = opts.threshold ?? 0.4
  // Identical questions (after normalising) are one group.
  const byNorm = new Map<string, Group>()
  for (const r of rows) {
    const norm = normalizeQuestion(r.query) || r.query.trim()
    if (!norm) continue
    let g = byNorm.get(norm)
    if (!g) {
      g = { norm, text: r.query.trim(), grams: bigramsOf(norm), rows: [] }
      byNorm.set(norm, g)
    }
    g.rows.push(r)
  }
  const groups = [...byNorm.values()].sort((a, b) => b.rows.length - a.rows.length || a.norm.localeCompare(b.norm))
  // Overlap coefficient: a short question ("护照") belongs with the longer ones that contain its words.
  const similarity = (a: Group, b: Group) => {
    let inter = 0
    for (const x of a.grams) if (b.grams.has(x)) inter++
    const small = Math.min(a.grams.size, b.grams.size)
    if (small === 0 || (inter < 2 && small > 2)) return 0
    return inter / small
  }

  const topics: Topic[] = []
  const byGram = new Map<string, number[]>()
  for (const g of groups) {
    const candidates = new Set<number>()
    for (const b of g.grams) for (const t of byGram.get(b) ?? []) candidates.add(t)
    let best = -1
    let bestSim = threshold
    for (const t of candidates) {
      const sim = Math.max(...(topics[t] as Topic).seeds.map((s) => similarity(g, s)))
      if (sim >= bestSim) {
        best = t
        bestSim = sim
      }
    }
    if (best < 0) {
      best = topics.length
      topics.push({ seeds: [], members: [], count: 0 })
    }
    const topic = topics[best] as Topic
    topic.members.push(g)
    topic.count += g.rows.length
    if (topic.seeds.length < MAX_SEEDS) {
      topic.seeds.push(g)
      for (const b of g.grams) {
        const list = byGram.get(b) ?? []
        list.push(best)
        byGram.set(b, list)
      }
    }
  }
  return topics
    .sort((a, b) => b.count - a.count)
    .slice(0, opts.maxTopics ?? 50)
    .map((t) => describe(t, opts.examples ?? 5))
}

function describe(t: Topic, nExamples: number): GapTopic {
  const gramCount = new Map<string, number>()
  const channels: Record<string, number> = {}
  const nearest = new Map<string, number>()
  let first = Number.POSITIVE_INFINITY
  let last = 0
  for (const g of t.members) {
    for (const b of g.grams) if (b.length === 2) gramCount.set(b, (gramCount.get(b) ?? 0) + g.rows.length)
    for (const r of g.rows) {
      const ch = r.channel ?? 'unknown'
      channels[ch] = (channels[ch] ?? 0) + 1
      if (r.topEntryId) nearest.set(r.topEntryId, (nearest.get(r.topEntryId) ?? 0) + 1)
      first = Math.min(first, r.createdAt.getTime())
      last = Math.max(last, r.createdAt.getTime())
    }
  }
  const top = [...gramCount.entries()]
    .filter(([, n]) => t.count === 1 || n > 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([b]) => b)
  const label = t.members[0] as Group
  const nearestEntryId = [...nearest.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
  return {
    label: label.text,
    keywords: mergeBigrams(top, label.norm),
    count: t.count,
    examples: t.members.slice(0, nExamples).map((g) => g.text),
    channels,
    nearestEntryId,
    firstAt: new Date(first).toISOString(),
    lastAt: new Date(last).toISOString(),
  }
}

/** Chains bigrams that overlap in the label ("加装" + "装电" + "电梯" → "加装电梯"), so keywords read as words. */
export function mergeBigrams(grams: string[], label: string): string[] {
  const out: string[] = []
  const used = new Set<string>()
  for (const g of grams) {
    if (used.has(g)) continue
    let word = g
    let grew = true
    while (grew) {
      grew = false
      for (const h of grams) {
        if (used.has(h) || h === g) continue
        if (word.endsWith(h[0] as string) && label.includes(word + h.slice(1))) {
          word += h.slice(1)
          used.add(h)
          grew = true
        } else if (word.startsWith(h[1] as string) && label.includes(h[0] + word)) {
          word = h[0] + word
          used.add(h)
          grew = true
        }
      }
    }
    used.add(g)
    if (!out.some((w) => w.includes(word))) out.push(word)
  }
  return out.slice(0, 5)
}
