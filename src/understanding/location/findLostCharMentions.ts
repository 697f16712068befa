/**
 * Names with one character lost in transmission: "清[UNK]园街道", "窦\uFFFD镇", "□店镇". Addresses pass through
 * OCR, speech recognition and old encodings, and a lost character must not lose the township. Only names
 * of the city in scope are tried (a wildcard against the whole country would match anything).
 */
import type { Mention } from './findMentions.js'
import type { CityScope, Gazetteer, PlaceLevel } from './gazetteer.js'
import { normalizePlaceName } from './normalizePlaceName.js'

const LOST = /\[UNK\]|\uFFFD|□/gu
/** A wildcard match counts a little less than the name written out. */
const DISCOUNT = 0.8
const WEIGHT: Record<PlaceLevel, number> = { 0: 1.5, 1: 2, 2: 3, 3: 3.5, 4: 2 }

const formsCache = new Map<string, { place: number; form: string }[]>()

function formsOf(g: Gazetteer, scope: CityScope): { place: number; form: string }[] {
  const cached = formsCache.get(scope.code)
  if (cached) return cached
  const forms: { place: number; form: string }[] = []
  for (const level of [2, 3] as const) {
    for (const id of g.placesIn(scope, level)) {
      const name = g.name(id)
      forms.push({ place: id, form: name })
      const short = normalizePlaceName(name, level)
      if (short !== name) forms.push({ place: id, form: short })
    }
  }
  formsCache.set(scope.code, forms)
  return forms
}

export function findLostCharMentions(g: Gazetteer, text: string, scope: CityScope | null): Mention[] {
  if (!scope || !LOST.test(text)) return []
  LOST.lastIndex = 0
  const out: Mention[] = []
  for (const marker of text.matchAll(LOST)) {
    const p = marker.index
    const q = p + marker[0].length
    for (const { place, form } of formsOf(g, scope)) {
      // Two known characters at least, or the wildcard matches everything.
      if (form.length < 3) continue
      for (let k = 0; k < form.length; k++) {
        const left = form.slice(0, k)
        const right = form.slice(k + 1)
        if (p - k < 0 || text.slice(p - k, p) !== left || text.slice(q, q + right.length) !== right) continue
        const start = p - k
        const end = q + right.length
        const weight = WEIGHT[g.level(place)] * DISCOUNT
        out.push({ start, end, text: text.slice(start, end), candidates: [{ place, kind: 'full', weight }] })
      }
    }
  }
  return out
}
