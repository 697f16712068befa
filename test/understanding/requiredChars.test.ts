/** The urgency lexicon's prefilter: required characters of a pattern, and the candidates for a text. */
import { describe, expect, it } from 'vitest'
import { EMERGENCY_EXAMPLES, NOT_EMERGENCY_EXAMPLES } from '../../src/understanding/urgency/emergencyExamples.js'
import { foldDialect } from '../../src/understanding/urgency/dialectFolds.js'
import { requiredChars } from '../../src/understanding/urgency/requiredChars.js'
import { TermPrefilter } from '../../src/understanding/urgency/TermPrefilter.js'
import { URGENCY_TERMS } from '../../src/understanding/urgency/urgencyLexicon.js'
import { normalizeText } from '../../src/understanding/category/normalizeText.js'

const chars = (re: RegExp) => {
  const set = requiredChars(re)
  return set ? [...set].sort().join('') : null
}

describe('requiredChars', () => {
  it('takes the most selective element of a sequence', () => {
    // 着 and 火 are both required; either alone rules the text out. 了 is common, so it is not chosen.
    expect(chars(/着火了/)).toMatch(/^[着火]$/)
    expect(chars(/了煤气/)).toMatch(/^[煤气]$/)
  })

  it('needs one character from every alternative of a group', () => {
    expect(chars(/起火|冒烟/)?.length).toBe(2)
    expect(chars(/(?:砍|捅)伤/)).toMatch(/^(伤|捅砍)$/)
  })

  it('gives nothing for what may be absent: an optional part, a negated class, a wide range, a negative look-around', () => {
    expect(chars(/(?:快)?/)).toBeNull()
    expect(chars(/[^,。]{0,4}/)).toBeNull()
    expect(chars(/[\u4e00-\u9fff]+/)).toBeNull()
    expect(chars(/(?<!不)/)).toBeNull()
    expect(chars(/\b.+\b/)).toBeNull()
    // An alternative that needs nothing makes the whole group need nothing.
    expect(chars(/火|[^a]/)).toBeNull()
  })

  it('reads classes, repetitions of at least one, digits, positive look-arounds and case', () => {
    expect(chars(/[烟雾]+/)).toBe('烟雾')
    expect(chars(/\d{3}/)).toBe('0123456789')
    expect(chars(/(?=火)/)).toBe('火')
    expect(chars(/x/i)).toBe('Xx')
  })
})

describe('TermPrefilter', () => {
  const norm = (t: string) => foldDialect(normalizeText(t).replace(/(?<![A-Za-z])[ \t]+|[ \t]+(?![A-Za-z])/g, ''))
  const prefilter = new TermPrefilter(URGENCY_TERMS.map((t) => t.pattern))

  it('never leaves out a term that matches (every example, emergency or not)', () => {
    const texts = [...EMERGENCY_EXAMPLES.map(([t]) => t), ...NOT_EMERGENCY_EXAMPLES].map(norm)
    let skipped = 0
    const missed: string[] = []
    for (const text of texts) {
      const candidate = prefilter.candidates(text)
      URGENCY_TERMS.forEach((term, i) => {
        if (!candidate[i]) skipped++
        if (!candidate[i] && term.pattern.test(text)) missed.push(`${term.reason}: ${text}`)
      })
    }
    expect(missed).toEqual([])
    // And it is worth having: most terms are ruled out of most texts without running them.
    expect(skipped / (texts.length * URGENCY_TERMS.length)).toBeGreaterThan(0.5)
  })

  it('makes a term with no required characters a candidate for every text', () => {
    const p = new TermPrefilter([/火/, /[^a]+/])
    expect([...p.candidates('没事')]).toEqual([0, 1])
    expect([...p.candidates('着火了')]).toEqual([1, 1])
    expect(p.unfiltered).toBe(1)
  })

  it('finds an emoji a pattern requires, with or without the u flag', () => {
    const p = new TermPrefilter([/🔥[^。]{0,12}烟/, /🆘/u, /火/])
    expect([...p.candidates('楼下🔥好多烟')]).toEqual([1, 0, 0])
    expect([...p.candidates('🆘 三楼')]).toEqual([0, 1, 0])
  })
})
