/**
 * Is a generated answer supported by the entries it cites? A cheap, conservative check run on every model
 * answer: each number (amounts, dates, phone numbers, percentages) must occur in the cited text, and most
 * of the answer's Chinese character pairs must too. A paraphrase passes; an invented figure or an answer
 * drawn from elsewhere does not.
 */

export interface SupportCheck {
  supported: boolean
  /** Share of the answer's Han-character bigrams found in the sources. */
  coverage: number
  missingNumbers: string[]
}

export const MIN_COVERAGE = 0.5

const NUMBER = /\d+(?:[.,:：-]\d+)*/g

function hanBigrams(text: string): string[] {
  const out: string[] = []
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2))
  }
  return out
}

const digitsOnly = (s: string) => s.replace(/\D/g, '')
const parts = (s: string) => (s.match(/\d+/g) ?? []).map((p) => p.replace(/^0+(?=\d)/, ''))

export function checkSupport(answer: string, sources: string[], minCoverage = MIN_COVERAGE): SupportCheck {
  const source = sources.join('\n')
  const sourceNumbers = source.match(NUMBER) ?? []
  const whole = new Set(sourceNumbers.map(digitsOnly))
  const pieces = new Set(sourceNumbers.flatMap(parts))
  // "2024-05-01" may be written "2024年5月1日" in the source: a number passes when it occurs whole, or
  // when each of its digit groups occurs as a number there.
  const missingNumbers = (answer.match(NUMBER) ?? []).filter(
    (n) => !whole.has(digitsOnly(n)) && !parts(n).every((p) => pieces.has(p)),
  )
  const grams = hanBigrams(answer)
  const have = new Set(hanBigrams(source))
  const hit = grams.filter((g) => have.has(g)).length
  const coverage = grams.length ? hit / grams.length : 0
  return { supported: missingNumbers.length === 0 && coverage >= minCoverage, coverage, missingNumbers }
}
