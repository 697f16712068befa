/**
 * The Node flags that `npm start` gives the gateway (package.json's `start` script, the words
 * between `node` and `--import`), so that benchmarks measure the process that users run.
 */
import { readFileSync } from 'node:fs'

export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
  const words = String(pkg.scripts?.start ?? '').split(/\s+/)
  const from = words.indexOf('node')
  const to = words.indexOf('--import')
  return from >= 0 && to > from ? words.slice(from + 1, to) : []
}
