/**
 * The characters a regular expression cannot match without: a set such that every string the pattern
 * finds a match in contains at least one of them, or `null` when no such set is small enough to help.
 *
 * The urgency lexicon has some 370 patterns and most messages match none of them; testing each pattern
 * against each message was two thirds of urgency's time. A message that holds none of a pattern's
 * required characters cannot match it, so detectUrgency skips the pattern without running it (see
 * `TermPrefilter`). Only positive facts are used: a character that must be matched, a group whose every
 * alternative needs one of a set, a repetition of at least one. Optional parts, negated classes, wide
 * ranges, `.` and negative look-arounds give nothing. Parsing is done with regexpp, the parser ESLint
 * uses, so every construct in a pattern is understood or the pattern is left unfiltered.
 */
import { RegExpParser } from '@eslint-community/regexpp'
import type { Alternative, Element, Node } from '@eslint-community/regexpp/ast'

/** Ranges wider than this ([a-z] is 26) are treated as "any character". */
const MAX_RANGE = 64
/**
 * The commonest characters of citizen messages: a set made of them rules out few messages, so another
 * element of the same sequence is preferred.
 */
const COMMON = new Set('的了是在我不人有一这他们个们来到上说就也要去你都没和那还被很么会里看下出')

const parser = new RegExpParser({ ecmaVersion: 2025 })

type Chars = Set<string> | null

function cost(chars: Set<string>): number {
  let c = 0
  for (const ch of chars) c += COMMON.has(ch) ? 20 : 1
  return c
}

function withCase(ch: string, ignoreCase: boolean): string[] {
  if (!ignoreCase) return [ch]
  const lo = ch.toLowerCase()
  const up = ch.toUpperCase()
  return lo === up ? [ch] : [lo, up]
}

function ofAlternatives(alternatives: readonly Alternative[], ignoreCase: boolean): Chars {
  const all = new Set<string>()
  for (const alt of alternatives) {
    const chars = ofSequence(alt.elements, ignoreCase)
    if (!chars) return null
    for (const ch of chars) all.add(ch)
  }
  return all
}

/** A sequence needs what its most selective element needs. */
function ofSequence(elements: readonly Element[], ignoreCase: boolean): Chars {
  let best: Set<string> | null = null
  for (const el of elements) {
    const chars = ofElement(el, ignoreCase)
    if (chars && (!best || cost(chars) < cost(best))) best = chars
  }
  return best
}

function ofElement(el: Node, ignoreCase: boolean): Chars {
  switch (el.type) {
    case 'Character':
      return new Set(withCase(String.fromCodePoint(el.value), ignoreCase))
    case 'CharacterClass': {
      if (el.negate) return null
      const chars = new Set<string>()
      for (const part of el.elements) {
        if (part.type === 'Character')
          for (const ch of withCase(String.fromCodePoint(part.value), ignoreCase)) chars.add(ch)
        else if (part.type === 'CharacterClassRange') {
          if (part.max.value - part.min.value >= MAX_RANGE) return null
          for (let c = part.min.value; c <= part.max.value; c++)
            for (const ch of withCase(String.fromCodePoint(c), ignoreCase)) chars.add(ch)
        } else if (part.type === 'CharacterSet' && part.kind === 'digit' && !part.negate)
          for (let d = 0; d <= 9; d++) chars.add(String(d))
        else return null
      }
      return chars.size ? chars : null
    }
    case 'CharacterSet':
      return el.kind === 'digit' && !el.negate ? new Set('0123456789') : null
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(el.alternatives, ignoreCase)
    case 'Quantifier':
      return el.min >= 1 ? ofElement(el.element, ignoreCase) : null
    case 'Assertion':
      // A positive look-ahead or look-behind must find its text in the message too.
      return (el.kind === 'lookahead' || el.kind === 'lookbehind') && !el.negate
        ? ofAlternatives(el.alternatives, ignoreCase)
        : null
    default:
      return null
  }
}

/** The characters `re` cannot match without, or `null` when there is no useful set. */
export function requiredChars(re: RegExp): Set<string> | null {
  const pattern = parser.parsePattern(re.source, undefined, undefined, {
    unicode: re.flags.includes('u'),
    unicodeSets: re.flags.includes('v'),
  })
  return ofAlternatives(pattern.alternatives, re.flags.includes('i'))
}
