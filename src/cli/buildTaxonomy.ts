/**
 * Converts the shared three-level taxonomy CSV into the editable tree `knowledge/taxonomy.json`.
 *
 *   npx tsx src/cli/buildTaxonomy.ts [--csv ../shared/data/categories/taxonomy.csv] [--out knowledge/taxonomy.json]
 *                                    [--keywords extra.tsv]
 *
 * Provenance: TipDM 2020 challenge C, 附件1 (15 first-level classes, 517 rows), carried into the
 * project as configuration (issue #2, item 6).
 *
 * The names come from the CSV; the `keywords` lists are editorial and live in taxonomy.json itself.
 * Re-running the script keeps every keyword already in the output file, so editors can extend
 * keywords in the JSON and the CSV can still be re-synced. `--keywords` merges a TSV of
 * `level1[/level2[/level3]]<TAB>kw kw …` lines on top (used to seed the lists).
 * Shape: [{name, keywords?, children:[{name, keywords?, children:[name | {name, keywords}]}]}].
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { TaxonomyFileNode, TaxonomyFileLeaf } from '../understanding/category/taxonomy.js'

const { values: args } = parseArgs({
  options: {
    csv: { type: 'string', default: resolve(process.cwd(), '../shared/data/categories/taxonomy.csv') },
    out: { type: 'string', default: 'knowledge/taxonomy.json' },
    keywords: { type: 'string' },
  },
})

type KeywordMap = Map<string, string[]>

function addKeywords(map: KeywordMap, path: string, words: readonly string[]) {
  const merged = new Set([...(map.get(path) ?? []), ...words.map((w) => w.trim()).filter(Boolean)])
  if (merged.size) map.set(path, [...merged])
}

/** Keywords already present in an existing taxonomy.json, keyed by `l1/l2/l3` path. */
function existingKeywords(file: string): KeywordMap {
  const map: KeywordMap = new Map()
  if (!existsSync(file)) return map
  const tree = JSON.parse(readFileSync(file, 'utf8')) as TaxonomyFileNode[]
  for (const l1 of tree) {
    addKeywords(map, l1.name, l1.keywords ?? [])
    for (const l2 of l1.children ?? []) {
      addKeywords(map, `${l1.name}/${l2.name}`, l2.keywords ?? [])
      for (const l3 of l2.children ?? []) {
        if (typeof l3 !== 'string') addKeywords(map, `${l1.name}/${l2.name}/${l3.name}`, l3.keywords ?? [])
      }
    }
  }
  return map
}

function main() {
  const lines = readFileSync(args.csv!, 'utf8').trim().split(/\r?\n/)
  if (lines[0]?.replace(/^\uFEFF/, '') !== '一级分类,二级分类,三级分类')
    throw new Error('unexpected taxonomy CSV header')
  const keywords = existingKeywords(resolve(args.out!))
  if (args.keywords) {
    for (const line of readFileSync(args.keywords, 'utf8').split(/\r?\n/)) {
      const [path, words] = line.split('\t')
      if (path && words) addKeywords(keywords, path.trim(), words.split(/\s+/))
    }
  }
  const tree: TaxonomyFileNode[] = []
  const known = new Set<string>()
  for (const line of lines.slice(1)) {
    const [n1, n2, n3] = line.split(',').map((s) => s.trim())
    if (!n1 || !n2 || !n3) throw new Error(`bad taxonomy row: ${line}`)
    let l1 = tree.find((n) => n.name === n1)
    if (!l1) {
      l1 = { name: n1, children: [] }
      tree.push(l1)
    }
    let l2 = l1.children.find((n) => n.name === n2)
    if (!l2) {
      l2 = { name: n2, children: [] }
      l1.children.push(l2)
    }
    const kw3 = keywords.get(`${n1}/${n2}/${n3}`)
    const leaf: TaxonomyFileLeaf = kw3 ? { name: n3, keywords: kw3 } : n3
    l2.children.push(leaf)
    known.add(n1).add(`${n1}/${n2}`).add(`${n1}/${n2}/${n3}`)
  }
  for (const l1 of tree) {
    const kw1 = keywords.get(l1.name)
    if (kw1) l1.keywords = kw1
    for (const l2 of l1.children) {
      const kw2 = keywords.get(`${l1.name}/${l2.name}`)
      if (kw2) l2.keywords = kw2
    }
  }
  // Key order name, keywords, children reads best for editors.
  const ordered = tree.map((l1) => ({
    name: l1.name,
    ...(l1.keywords ? { keywords: l1.keywords } : {}),
    children: l1.children.map((l2) => ({
      name: l2.name,
      ...(l2.keywords ? { keywords: l2.keywords } : {}),
      children: l2.children,
    })),
  }))
  const orphans = [...keywords.keys()].filter((p) => !known.has(p))
  if (orphans.length) console.warn(`keywords for paths not in the CSV were dropped: ${orphans.join(', ')}`)
  // One line per keyword list keeps the file short enough to edit by hand.
  const text = JSON.stringify(ordered, null, 2)
    .replace(
      /\[\s+("(?:[^"\\]|\\.)*"(?:,\s+"(?:[^"\\]|\\.)*")*)\s+\]/g,
      (_, inner: string) => `[${inner.replace(/",\s+"/g, '", "')}]`,
    )
    .replace(/\{\s+"name": ("[^"]*"),\s+"keywords": (\[[^\]]*\])\s+\}/g, '{ "name": $1, "keywords": $2 }')
  writeFileSync(resolve(args.out!), `${text}\n`)
  const leaves = tree.reduce((s, l1) => s + l1.children.reduce((t, l2) => t + l2.children.length, 0), 0)
  console.log(
    `wrote ${args.out}: ${tree.length} level-1, ${leaves} leaves, ${keywords.size - orphans.length} keyword lists`,
  )
}

main()
