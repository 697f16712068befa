import { toSimplified } from '../../text/toSimplified.js'

/**
 * Text normalisation shared by indexing and querying: NFKC folds full-width letters, digits and punctuation
 * (Ｗ，１２３４５，？) to their ASCII forms, and traditional characters become simplified (居住證 → 居住证),
 * so that both sides of a comparison spell things the same way.
 */
export function normalizeText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase())
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u

export function isHan(ch: string): boolean {
  return HAN.test(ch)
}
