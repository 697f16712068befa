/**
 * Text normalisation shared by indexing and querying: NFKC folds full-width letters, digits and punctuation
 * (Ｗ，１２３４５，？) to their ASCII forms so that both sides of a comparison spell things the same way.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u

export function isHan(ch: string): boolean {
  return HAN.test(ch)
}
