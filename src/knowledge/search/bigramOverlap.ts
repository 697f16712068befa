const HAN_LO = 0x3400
const HAN_HI = 0x9fff
const SPAN = HAN_HI - HAN_LO + 1

/**
 * Sum of the weights of the distinct CJK bigrams of `text` found in `weights` (keyed like termKey's numeric
 * keys). Scans character codes, so choosing a snippet among many sentences allocates no strings; the text is
 * expected to be normalised (NFKC leaves CJK ideographs unchanged, so raw entry text works too).
 */
export function bigramOverlap(text: string, weights: Map<number, number>): number {
  let sum = 0
  let seen: number[] | null = null
  for (let k = 0; k + 1 < text.length; k++) {
    const a = text.charCodeAt(k)
    const b = text.charCodeAt(k + 1)
    if (a < HAN_LO || a > HAN_HI || b < HAN_LO || b > HAN_HI) continue
    const key = (a - HAN_LO) * SPAN + (b - HAN_LO)
    const w = weights.get(key)
    if (w === undefined) continue
    seen ??= []
    if (seen.includes(key)) continue
    seen.push(key)
    sum += w
  }
  return sum
}
