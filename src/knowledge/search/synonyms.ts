import { normalizeText } from './normalize.js'

/**
 * Editor-maintained alias groups (knowledge/synonyms.json). Every alias found in a text yields one concept
 * token for its group, on the entry side and the query side alike, so 社会保险 in a question meets 社保 in
 * an entry without rewriting either text.
 */
export interface SynonymFile {
  groups: string[][]
}

export class SynonymTable {
  /** alias → concept id (the group's first term); aliases indexed by first character code, longest first. */
  private readonly byFirst = new Map<number, Array<[string, string]>>()
  readonly words: string[] = []

  constructor(groups: string[][]) {
    for (const group of groups) {
      const aliases = group.map(normalizeText).filter((a) => a.length > 0)
      const concept = aliases[0]
      if (!concept || aliases.length < 2) continue
      for (const alias of aliases) {
        this.words.push(alias)
        const list = this.byFirst.get(alias.charCodeAt(0)) ?? []
        list.push([alias, concept])
        list.sort((a, b) => b[0].length - a[0].length)
        this.byFirst.set(alias.charCodeAt(0), list)
      }
    }
  }

  static fromJson(json: unknown): SynonymTable {
    const groups = (json as Partial<SynonymFile> | null)?.groups
    if (!Array.isArray(groups)) return new SynonymTable([])
    return new SynonymTable(groups.filter((g) => Array.isArray(g)).map((g) => g.map(String)))
  }

  /**
   * Concept ids of the aliases in an already normalised text, one per occurrence. Aliases of different groups
   * may overlap (社会保险费 holds 社会保险); within one group an overlapping shorter alias is not counted again.
   */
  concepts(text: string): string[] {
    const out: string[] = []
    let until: Map<string, number> | null = null
    for (let i = 0; i < text.length; i++) {
      const list = this.byFirst.get(text.charCodeAt(i))
      if (!list) continue
      for (const [alias, concept] of list) {
        if ((until?.get(concept) ?? 0) > i || !text.startsWith(alias, i)) continue
        out.push(concept)
        until ??= new Map()
        until.set(concept, i + alias.length)
      }
    }
    return out
  }
}
