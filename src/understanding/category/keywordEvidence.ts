/**
 * Keyword evidence from the taxonomy's editable `keywords` lists: which taxonomy nodes a message
 * mentions, and how strongly. Used for levels 2/3 (no labelled data exists for them) and for the
 * first-level classes the statistical model never saw in training.
 */
import { normalizeText } from './normalizeText.js'
import { getTaxonomy, type TaxonomyNode } from './taxonomy.js'

interface KeywordEntry {
  keyword: string
  nodes: TaxonomyNode[]
}

interface KeywordIndex {
  /** Keywords grouped by their first two characters (as one int), for a single left-to-right scan. */
  byPrefix: Map<number, KeywordEntry[]>
}

let index: KeywordIndex | undefined

/** Two UTF-16 units as one int: a Map probe by number, with no substring to build and hash. */
const pairAt = (s: string, i: number): number => (s.charCodeAt(i) << 16) | s.charCodeAt(i + 1)

function buildIndex(): KeywordIndex {
  const byKeyword = new Map<string, KeywordEntry>()
  const visit = (node: TaxonomyNode) => {
    for (const raw of node.keywords) {
      // One-character keywords would match everywhere; they are not supported.
      const keyword = normalizeText(raw).replace(/\s+/g, '')
      if (keyword.length < 2) continue
      const entry = byKeyword.get(keyword) ?? { keyword, nodes: [] }
      if (!entry.nodes.includes(node)) entry.nodes.push(node)
      byKeyword.set(keyword, entry)
    }
    node.children.forEach(visit)
  }
  getTaxonomy().forEach(visit)
  const byPrefix = new Map<number, KeywordEntry[]>()
  for (const entry of byKeyword.values()) {
    const prefix = pairAt(entry.keyword, 0)
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), entry])
  }
  return { byPrefix }
}

/** Longer keywords are more specific ("拖欠工资" says more than "工资"). */
export const keywordWeight = (keyword: string): number => (keyword.length >= 3 ? 1.5 : 1)

export interface KeywordHit {
  keyword: string
  nodes: readonly TaxonomyNode[]
  count: number
}

/**
 * Distinct taxonomy keywords found in the text, with their occurrence counts.
 * Pass `normalized: true` when the caller already ran `normalizeText`.
 */
export function findKeywords(text: string, normalized = false, maxChars = 4000): KeywordHit[] {
  index ??= buildIndex()
  const head = text.length > maxChars ? text.slice(0, maxChars) : text
  const norm = (normalized ? head : normalizeText(head)).replace(/\s+/g, '')
  const hits = new Map<string, KeywordHit>()
  for (let i = 0; i + 1 < norm.length; i++) {
    const candidates = index.byPrefix.get(pairAt(norm, i))
    if (!candidates) continue
    for (const entry of candidates) {
      if (!norm.startsWith(entry.keyword, i)) continue
      const hit = hits.get(entry.keyword)
      if (hit) hit.count++
      else hits.set(entry.keyword, { keyword: entry.keyword, nodes: entry.nodes, count: 1 })
    }
  }
  return [...hits.values()]
}

/** Sum of distinct keyword weights for each node, keyed by the node's path joined with `/`. */
export function nodeScores(hits: readonly KeywordHit[]): Map<string, number> {
  const scores = new Map<string, number>()
  for (const hit of hits) {
    const w = keywordWeight(hit.keyword) * (1 + 0.25 * Math.min(hit.count - 1, 2))
    for (const node of hit.nodes) {
      const key = node.path.join('/')
      scores.set(key, (scores.get(key) ?? 0) + w)
    }
  }
  return scores
}

/**
 * Keyword score of every first-level class: distinct keywords of the class node and of all its
 * descendants (a keyword shared by several nodes of the class counts once).
 */
export function level1KeywordScores(hits: readonly KeywordHit[]): Map<string, number> {
  const scores = new Map<string, number>()
  for (const hit of hits) {
    const w = keywordWeight(hit.keyword) * (1 + 0.25 * Math.min(hit.count - 1, 2))
    for (const l1 of new Set(hit.nodes.map((n) => n.path[0]!))) scores.set(l1, (scores.get(l1) ?? 0) + w)
  }
  return scores
}
