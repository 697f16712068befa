/**
 * Word segmentation behind one small interface, so the index can use jieba where it loads (Node) and a
 * dictionary max-match everywhere else (Workers, browsers). Character bigrams carry recall either way;
 * words add precision for multi-character terms such as 住房公积金.
 */
export interface Segmenter {
  readonly name: string
  /** Splits text into words; characters outside any known word come back one by one. */
  cut(text: string): string[]
}

/** Forward maximum matching against a word list: no model, no I/O, deterministic. */
export class MaxMatchSegmenter implements Segmenter {
  readonly name = 'max-match'
  private readonly words = new Set<string>()
  /** For each first character code, the word lengths that start with it, longest first. */
  private readonly lengths = new Map<number, number[]>()

  constructor(words: Iterable<string>) {
    for (const w of words) this.add(w)
  }

  add(word: string): void {
    const w = word.trim()
    if (w.length < 2 || this.words.has(w)) return
    this.words.add(w)
    const first = w.charCodeAt(0)
    const ls = this.lengths.get(first) ?? []
    if (!ls.includes(w.length)) {
      ls.push(w.length)
      ls.sort((a, b) => b - a)
    }
    this.lengths.set(first, ls)
  }

  cut(text: string): string[] {
    const out: string[] = []
    let i = 0
    while (i < text.length) {
      const ls = this.lengths.get(text.charCodeAt(i))
      let taken = 1
      if (ls) {
        for (const len of ls) {
          if (i + len <= text.length && this.words.has(text.slice(i, i + len))) {
            taken = len
            break
          }
        }
      }
      out.push(text.slice(i, i + taken))
      i += taken
    }
    return out
  }
}
