/**
 * Length of the longest substring `a` and `b` share. An entry gathers the questions asked about one policy
 * document, and a citizen's question is often another question about it: what the two share is how they
 * name the document's subject (泰州市海陵区, 国家知识产权局, 四川省关于免费健康申报证明服务), spelled out
 * in one piece, more than any words of one answer. Bigram overlap counts those characters but not that they
 * stand together.
 */
export function longestCommonRun(a: string, b: string): number {
  const n = b.length
  if (a.length === 0 || n === 0) return 0
  // Two rows of the classic dynamic programme, swapped per character of `a`.
  let prev = new Uint16Array(n + 1)
  let cur = new Uint16Array(n + 1)
  let best = 0
  for (let i = 1; i <= a.length; i++) {
    const c = a.charCodeAt(i - 1)
    for (let j = 1; j <= n; j++) {
      if (c === b.charCodeAt(j - 1)) {
        const v = (prev[j - 1] as number) + 1
        cur[j] = v
        if (v > best) best = v
      } else cur[j] = 0
    }
    const t = prev
    prev = cur
    cur = t
  }
  return best
}
