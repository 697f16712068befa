/**
 * Node-only: reads the dashboard's chart library from node_modules, so the gateway serves it itself
 * (never a CDN: the console must work on an isolated government network). `main.ts` passes this to
 * `buildServices`; a Workers deployment would serve the same file from its static assets.
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/** Public asset name → how to find the file. Only these names are ever read. */
const ASSETS: Record<string, () => string> = {
  'chart.umd.js': () => join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'),
}

const cache = new Map<string, string>()

export async function readNodeAsset(name: string): Promise<string | null> {
  const locate = ASSETS[name]
  if (!locate) return null
  const hit = cache.get(name)
  if (hit) return hit
  const text = (await readFile(locate(), 'utf8')).replace(/\n\/\/# sourceMappingURL=.*$/m, '')
  cache.set(name, text)
  return text
}
