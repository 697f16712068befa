/**
 * Which of many patterns a text could match, from the characters each one requires (requiredChars.ts):
 * one pass over the text's characters instead of one regular-expression scan per pattern. A pattern
 * with no useful required set is always a candidate, so the answer never leaves out a pattern that
 * matches; the caller still runs each candidate.
 */
import { requiredChars } from './requiredChars.js'

export class TermPrefilter {
  /** Pattern indices by the characters that make them candidates. */
  private readonly byChar = new Map<string, number[]>()
  /** Patterns that are candidates for every text. */
  private readonly always: number[] = []
  readonly size: number

  constructor(patterns: readonly RegExp[]) {
    this.size = patterns.length
    patterns.forEach((re, i) => {
      const chars = requiredChars(re)
      if (!chars) {
        this.always.push(i)
        return
      }
      for (const ch of chars) {
        const list = this.byChar.get(ch)
        if (list) list.push(i)
        else this.byChar.set(ch, [i])
      }
    })
  }

  /** How many patterns are candidates for every text (no required characters found). */
  get unfiltered(): number {
    return this.always.length
  }

  /** A flag per pattern: 1 where `text` holds one of the pattern's required characters. */
  candidates(text: string): Uint8Array {
    const out = new Uint8Array(this.size)
    for (const i of this.always) out[i] = 1
    // Marking twice is harmless, and cheaper than remembering which characters were seen. Code units, as a
    // pattern without the `u` flag reads them (an emoji in "🔥…烟" requires its two surrogate halves), and whole
    // code points for one with it.
    for (let c = 0; c < text.length; c++) {
      this.mark(out, text[c] as string)
      const code = text.charCodeAt(c)
      if (code >= 0xd800 && code <= 0xdbff) this.mark(out, text.slice(c, c + 2))
    }
    return out
  }

  private mark(out: Uint8Array, ch: string): void {
    const list = this.byChar.get(ch)
    if (list) for (const i of list) out[i] = 1
  }
}
