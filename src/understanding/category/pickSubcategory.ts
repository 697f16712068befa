/**
 * Levels 2 and 3 from taxonomy keywords, inside a given first-level class. There is no labelled
 * data below level 1, so this only answers when a keyword actually supports a node, and says null
 * otherwise rather than guessing "其他".
 */
import { type KeywordHit, keywordWeight } from './keywordEvidence.js'
import { getTaxonomy, type TaxonomyNode } from './taxonomy.js'

export interface Subcategory {
  level2: string | null
  level3: string | null
}

const isWithin = (n: TaxonomyNode, ancestor: TaxonomyNode) => ancestor.path.every((name, i) => n.path[i] === name)

/** Distinct-keyword score of `node` counting hits on the node itself or on any descendant. */
function subtreeScore(node: TaxonomyNode, hits: readonly KeywordHit[]): { total: number; own: number } {
  let total = 0
  let own = 0
  for (const hit of hits) {
    const w = keywordWeight(hit.keyword) * (1 + 0.25 * Math.min(hit.count - 1, 2))
    if (hit.nodes.includes(node)) own += w
    if (hit.nodes.some((n) => isWithin(n, node))) total += w
  }
  return { total, own }
}

export function pickSubcategory(level1: string, hits: readonly KeywordHit[]): Subcategory {
  const l1 = getTaxonomy().find((n) => n.name === level1)
  if (!l1 || hits.length === 0) return { level2: null, level3: null }
  let best: { node: TaxonomyNode; total: number; own: number } | null = null
  for (const l2 of l1.children) {
    const s = subtreeScore(l2, hits)
    if (s.total <= 0) continue
    // Ties go to the node with more direct evidence, then to the earlier (more common) node.
    if (!best || s.total > best.total || (s.total === best.total && s.own > best.own)) best = { node: l2, ...s }
  }
  if (!best) return { level2: null, level3: null }
  let leaf: { name: string; score: number } | null = null
  let tied = false
  for (const l3 of best.node.children) {
    const { own } = subtreeScore(l3, hits)
    if (own <= 0) continue
    if (!leaf || own > leaf.score) {
      leaf = { name: l3.name, score: own }
      tied = false
    } else if (own === leaf.score) tied = true
  }
  return { level2: best.node.name, level3: leaf && !tied ? leaf.name : null }
}
