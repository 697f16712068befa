/**
 * Splits a reply into parts a platform accepts (Weibo: under 300 characters; Telegram: 4096),
 * preferring paragraph, then sentence, then hard breaks. Counts code points, so a Chinese character
 * or an emoji is one character, as the platforms count them.
 */
export function splitText(text: string, max: number): string[] {
  const chars = Array.from(text.trim())
  if (chars.length <= max) return chars.length ? [chars.join('')] : []
  const parts: string[] = []
  let rest = chars
  while (rest.length > max) {
    const window = rest.slice(0, max).join('')
    const cut = lastBreak(window, max)
    parts.push(rest.slice(0, cut).join('').trim())
    rest = rest.slice(cut)
    while (rest[0] === '\n' || rest[0] === ' ') rest = rest.slice(1)
  }
  if (rest.length) parts.push(rest.join('').trim())
  return parts.filter((p) => p.length > 0)
}

/** The code-point index just after the best break in `window`, or `max` when none is late enough. */
function lastBreak(window: string, max: number): number {
  const chars = Array.from(window)
  const floor = Math.floor(max / 2)
  for (const breaks of [['\n'], ['。', '！', '？', '；', '.', '!', '?', ';'], ['，', ',', '、', ' ']]) {
    for (let i = chars.length - 1; i >= floor; i--) {
      if (breaks.includes(chars[i] ?? '')) return i + 1
    }
  }
  return max
}
