import { normalizeText } from './normalize.js'
import { findPlaces, type Place } from './regions.js'
import type { TermKey } from './tokenizer.js'
import type { SearchableEntry } from './types.js'

/**
 * Places as search terms (`p:郑州市`). An entry gathers the questions about one policy document, and another
 * question about that document often shares little with them but its place; as characters the place is one
 * bigram among many and a large province's name (北京) is in hundreds of entries, so entries of other places
 * that repeat the question's other words crowd it out of the candidates. As a term of its own, weighted,
 * with the province of a city also indexed, the question's place finds its entries, 福建省 finds 泉州市's.
 */

/** The places an entry is about: those its title and questions name, else those its answer starts with. */
export function entryPlaces(e: SearchableEntry): Place[] {
  const places = findPlaces(normalizeText(`${e.title}\n${e.questions.join('\n')}`))
  return places.length > 0 ? places : findPlaces(normalizeText(e.body.slice(0, 200)))
}

/** Index terms of an entry's places: each place and its province. */
export function placeTerms(places: Place[]): TermKey[] {
  const out = new Set<TermKey>()
  for (const p of places) {
    out.add(`p:${p.name}`)
    out.add(`p:${p.province}`)
  }
  return [...out]
}

/**
 * Adds a question's places to its query term weights: each place at `weight`, and the province of a city at
 * half of it (an entry on the province as a whole may hold the city's policy), unless the question names it.
 */
export function addPlaceWeights(weights: Map<TermKey, number>, places: Place[], weight: number): void {
  const add = (key: string, w: number) => weights.set(key, (weights.get(key) ?? 0) + w)
  for (const p of places) {
    add(`p:${p.name}`, weight)
    if (p.province !== p.name && !places.some((x) => x.name === p.province)) add(`p:${p.province}`, weight / 2)
  }
}
