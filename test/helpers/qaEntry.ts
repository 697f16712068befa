import type { SearchableEntry } from '../../src/knowledge/search/types.js'

/** A published, everywhere, all-audience entry made of question/answer pairs, titled by its first question. */
export function qaEntry(id: string, pairs: Array<[string, string]>): SearchableEntry {
  return {
    id,
    title: pairs[0]?.[0] ?? id,
    questions: pairs.map(([q]) => q),
    body: pairs.map(([q, a]) => `问：${q}\n答：${a}`).join('\n'),
    audience: 'all',
    region: null,
    state: 'published',
  }
}
