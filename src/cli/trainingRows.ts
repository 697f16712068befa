/**
 * The shared training file `categories/train_segmented.csv` of ../shared/data (TipDM 2020 challenge C,
 * 附件2, public; word-segmented, stop words removed; 7 first-level classes), read for the trainers of
 * the category and emergency models. Rows that near-duplicate a dev row (`eval/categories.jsonl`,
 * 5-character-shingle Jaccard ≥ 0.5) can be dropped so that dev figures stay honest: the source file
 * contains re-posted messages.
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface TrainingRow {
  text: string
  label: string
}

export function parseCsv(src: string): string[][] {
  const rows: string[][] = []
  let field = ''
  let row: string[] = []
  let quoted = false
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') field += src[++i]
      else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

const shingles = (t: string) => {
  const s = t.replace(/\s+/g, '')
  const out = new Set<string>()
  for (let i = 0; i + 5 <= s.length; i++) out.add(s.slice(i, i + 5))
  return out
}

function dropNearDuplicates(rows: TrainingRow[], devTexts: string[]): TrainingRow[] {
  const devSh = devTexts.map(shingles)
  const byShingle = new Map<string, number[]>()
  devSh.forEach((s, i) => {
    for (const g of s) byShingle.set(g, [...(byShingle.get(g) ?? []), i])
  })
  return rows.filter((row) => {
    const s = shingles(row.text)
    const hits = new Map<number, number>()
    for (const g of s) for (const i of byShingle.get(g) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1)
    for (const [i, inter] of hits) {
      const union = s.size + devSh[i]!.size - inter
      if (union > 0 && inter / union >= 0.5) return false
    }
    return true
  })
}

/** The rows of `categories/train_segmented.csv` under `dataDir`; throws when the file is missing or malformed. */
export function readTrainingRows(dataDir: string): TrainingRow[] {
  const trainPath = resolve(dataDir, 'categories/train_segmented.csv')
  if (!existsSync(trainPath)) throw new Error(`training file not found: ${trainPath}`)
  const [header, ...body] = parseCsv(readFileSync(trainPath, 'utf8'))
  if (header?.[0] !== 'text' || header[1] !== 'category') throw new Error('unexpected CSV header')
  return body.filter((r) => r.length === 2 && r[0]).map(([text, label]) => ({ text: text!, label: label! }))
}

/** `rows` without those that near-duplicate a row of `eval/categories.jsonl` (when that file is there). */
export function dropDevDuplicates(rows: TrainingRow[], dataDir: string): TrainingRow[] {
  const devPath = resolve(dataDir, 'eval/categories.jsonl')
  if (!existsSync(devPath)) return rows
  const dev = readFileSync(devPath, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { text: string }).text)
  return dropNearDuplicates(rows, dev)
}
