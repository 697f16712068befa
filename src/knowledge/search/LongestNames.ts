/**
 * A small dictionary of names read out of a text longest first: at each position the longest name
 * that starts there wins and the scan moves past it, so 国务院办公厅 is not also read as 国务院. Keyed
 * by the first character's code, because `text[i]` would allocate a string per character scanned.
 */
export class LongestNames<T> {
  private readonly byFirst = new Map<number, Array<[string, T]>>()
  private sorted = true

  add(name: string, value: T): void {
    const list = this.byFirst.get(name.charCodeAt(0)) ?? []
    list.push([name, value])
    this.byFirst.set(name.charCodeAt(0), list)
    this.sorted = false
  }

  /** The value of each name found, in order of appearance (repeats included). */
  find(text: string): T[] {
    if (!this.sorted) {
      for (const list of this.byFirst.values()) list.sort((a, b) => b[0].length - a[0].length)
      this.sorted = true
    }
    const out: T[] = []
    for (let i = 0; i < text.length; i++) {
      const list = this.byFirst.get(text.charCodeAt(i))
      if (!list) continue
      for (const [name, value] of list) {
        if (!text.startsWith(name, i)) continue
        out.push(value)
        i += name.length - 1
        break
      }
    }
    return out
  }

  names(): string[] {
    return [...this.byFirst.values()].flatMap((l) => l.map(([n]) => n))
  }
}
