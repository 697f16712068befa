/**
 * The three-level category taxonomy (15 first-level classes), loaded from the editable
 * `knowledge/taxonomy.json` that `src/cli/buildTaxonomy.ts` generates from the shared CSV.
 * Editors may add `keywords` to any node; level-2/3 prediction and the first-level classes the
 * statistical model never saw rely on them.
 */
import taxonomyFile from '../../../knowledge/taxonomy.json' with { type: 'json' }

/** A third-level entry in the file: a bare name, or a name with keywords. */
export type TaxonomyFileLeaf = string | { name: string; keywords?: string[] }

export interface TaxonomyFileLevel2 {
  name: string
  keywords?: string[]
  children: TaxonomyFileLeaf[]
}

export interface TaxonomyFileNode {
  name: string
  keywords?: string[]
  children: TaxonomyFileLevel2[]
}

export interface TaxonomyNode {
  name: string
  level: 1 | 2 | 3
  /** Names from level 1 down to this node. */
  path: readonly string[]
  keywords: readonly string[]
  children: readonly TaxonomyNode[]
}

function toNodes(file: readonly TaxonomyFileNode[]): TaxonomyNode[] {
  return file.map((l1) => ({
    name: l1.name,
    level: 1,
    path: [l1.name],
    keywords: l1.keywords ?? [],
    children: l1.children.map((l2) => ({
      name: l2.name,
      level: 2,
      path: [l1.name, l2.name],
      keywords: l2.keywords ?? [],
      children: l2.children.map((leaf) => {
        const name = typeof leaf === 'string' ? leaf : leaf.name
        const keywords = typeof leaf === 'string' ? [] : (leaf.keywords ?? [])
        return { name, level: 3, path: [l1.name, l2.name, name], keywords, children: [] }
      }),
    })),
  }))
}

let cached: readonly TaxonomyNode[] | undefined

/** The taxonomy tree, level 1 → 2 → 3, in the order of the source table. */
export function getTaxonomy(): readonly TaxonomyNode[] {
  cached ??= toNodes(taxonomyFile as TaxonomyFileNode[])
  return cached
}

/** The 15 first-level class names. */
export function level1Names(): string[] {
  return getTaxonomy().map((n) => n.name)
}
