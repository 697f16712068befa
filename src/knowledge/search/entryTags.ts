import { normalizeText } from './normalize.js'
import { findIssuers } from './issuers.js'
import { findPlaces, type Place } from './regions.js'
import type { TermKey } from './tokenizer.js'
import type { SearchableEntry } from './types.js'

/**
 * Places and issuers as search terms (`p:郑州市`, `o:国家税务总局`). An entry gathers the questions about one policy document, and another
 * question about that document often shares little with them but its place; as characters the place is one
 * bigram among many and a large province's name (北京) is in hundreds of entries, so entries of other places
 * that repeat the question's other words crowd it out of the candidates. As a term of its own, weighted,
 * with the province of a city also indexed, the question's place finds its entries, 福建省 finds 泉州市's.
 * An issuer named by any of its names (发改委, 国家发展改革委) finds its entries the same way.
 */

/** Who and where an entry is about: the places and issuers (issuers.ts) of its title and questions. */
export interface EntryTags {
  places: Place[]
  issuers: string[]
}

/** An entry's tags; places it does not name in its questions are taken from the start of its answer. */
export function entryTags(e: SearchableEntry): EntryTags {
  const text = normalizeText(`${e.title}\n${e.questions.join('\n')}`)
  const places = findPlaces(text)
  return {
    places: places.length > 0 ? places : findPlaces(normalizeText(e.body.slice(0, 200))),
    issuers: findIssuers(text),
  }
}

/** Index terms of an entry's tags: each place with its province, each issuer. */
export function tagTerms(tags: EntryTags): TermKey[] {
  const out = new Set<TermKey>()
  for (const p of tags.places) {
    out.add(`p:${p.name}`)
    out.add(`p:${p.province}`)
  }
  for (const i of tags.issuers) out.add(`o:${i}`)
  return [...out]
}

/**
 * Adds a question's tags to its query term weights: each place at `placeWeight`, and the province of a city at
 * half of it (an entry on the province as a whole may hold the city's policy) unless the question names it;
 * each issuer at `issuerWeight`.
 */
export function addTagWeights(
  weights: Map<TermKey, number>,
  q: { places: Place[]; issuers: string[] },
  placeWeight: number,
  issuerWeight: number,
): void {
  const add = (key: string, w: number) => weights.set(key, (weights.get(key) ?? 0) + w)
  for (const p of q.places) {
    add(`p:${p.name}`, placeWeight)
    if (p.province !== p.name && !q.places.some((x) => x.name === p.province)) add(`p:${p.province}`, placeWeight / 2)
  }
  for (const i of q.issuers) add(`o:${i}`, issuerWeight)
}
