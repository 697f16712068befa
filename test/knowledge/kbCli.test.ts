/**
 * `npm run kb:import` / `kb:export` as a user runs them: separate processes on a PGlite DATA_DIR, or on a fresh
 * PostgreSQL database (DATABASE_URL) under `npm run test:pg`.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseMarkdownEntry } from '../../src/knowledge/markdown.js'
import { acquireDataDirLock } from '../../src/storage/dataDirLock.js'
import { startTestGateway } from '../helpers/testApp.js'
import { createTestDatabase, PG_URL } from '../helpers/testStorage.js'

const root = new URL('../..', import.meta.url).pathname
let work: string

function run(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const { DATABASE_URL: _ignored, ...base } = process.env
    const p = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      cwd: root,
      env: { ...base, ...env },
    })
    let stdout = ''
    let stderr = ''
    p.stdout.on('data', (d) => {
      stdout += d
    })
    p.stderr.on('data', (d) => {
      stderr += d
    })
    p.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }))
  })
}

const line = (o: object) => JSON.stringify(o)
const good = [
  {
    id: 'cli-a',
    title: '垃圾分类投放时间',
    questions: ['垃圾几点可以扔'],
    body: '每日7:00-9:00、18:00-21:00定时定点投放。',
  },
  {
    id: 'cli-b',
    title: '犬只登记',
    body: '养犬人应在取得犬只后30日内办理登记。',
    audience: 'citizen',
    region: '朝阳区',
    expiresAt: '2030-12-31',
  },
]

const drops: (() => Promise<void>)[] = []

/** Where a CLI run writes: a new PGlite directory, or a new PostgreSQL database. */
async function freshTarget(name: string): Promise<Record<string, string>> {
  if (!PG_URL) return { DATA_DIR: join(work, name) }
  const db = await createTestDatabase(PG_URL)
  drops.push(db.drop)
  return { DATABASE_URL: db.url }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kbcli-'))
})
afterAll(async () => {
  rmSync(work, { recursive: true, force: true })
  for (const drop of drops) await drop()
})

describe('kb:import and kb:export', { timeout: 240_000 }, () => {
  it('refuses a bad file with line numbers and imports nothing', async () => {
    const dataDir = join(work, 'data1')
    const bad = join(work, 'bad.ndjson')
    writeFileSync(
      bad,
      [line(good[0] as object), '{"id":"x","title":"缺正文"}', '', 'not json', line(good[0] as object)].join('\n'),
    )
    const r = await run('kbImport', [bad], { DATA_DIR: dataDir })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('bad.ndjson:2: body:')
    expect(r.stderr).toContain('bad.ndjson:4: not valid JSON')
    expect(r.stderr).toContain('bad.ndjson:5: duplicate id "cli-a" (first on line 1)')
    expect(r.stderr).toContain('nothing was imported')
    // The file is checked before the database is even opened.
    expect(existsSync(dataDir)).toBe(false)
  })

  it('imports NDJSON, exports it back, and round-trips markdown', async () => {
    const target = await freshTarget('data2')
    const file = join(work, 'good.jsonl')
    writeFileSync(file, `${good.map(line).join('\n')}\n`)
    const r = await run('kbImport', [file], target)
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 2, created: 2, updated: 0 })
    const again = await run('kbImport', [file], target)
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 2, created: 0, unchanged: 2 })

    const exported = await run('kbExport', ['--state', 'published'], target)
    const rows = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(rows).toEqual([
      { ...good[0], audience: 'all', state: 'published' },
      { ...good[1], questions: [], state: 'published' },
    ])

    const mdDir = join(work, 'md')
    expect((await run('kbExport', ['--format', 'md', '--out', mdDir], target)).code).toBe(0)
    expect(readdirSync(mdDir).sort()).toEqual(['cli-a.md', 'cli-b.md'])
    const md = parseMarkdownEntry(readFileSync(join(mdDir, 'cli-b.md'), 'utf8'), 'cli-b.md')
    expect(md).toMatchObject({
      ok: true,
      entry: { id: 'cli-b', region: '朝阳区', expiresAt: '2030-12-31', body: good[1]?.body },
    })

    // The exported directory is a valid import source (validated only: the write path is the one above).
    const m = await run('kbImport', [mdDir, '--dry-run'], { DATA_DIR: join(work, 'unused') })
    expect(m.code).toBe(0)
    expect(m.stderr).toContain('validated 2 entries')
    writeFileSync(join(mdDir, 'broken.md'), '---\nid: broken\ntitle: 坏文件\nbogus: 1\n---\n\n正文')
    const broken = await run('kbImport', [mdDir, '--dry-run'])
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain('broken.md:4: unknown field "bogus"')
  })

  it.skipIf(!!PG_URL)('refuses clearly while the gateway holds the PGlite data directory', async () => {
    const dataDir = join(work, 'data4')
    const lock = acquireDataDirLock(dataDir)
    try {
      const file = join(work, 'one.ndjson')
      writeFileSync(file, line(good[0] as object))
      const r = await run('kbImport', [file], { DATA_DIR: dataDir })
      expect(r.code).toBe(2)
      expect(r.stderr).toContain(`is in use by another process (pid ${process.pid})`)
      expect(r.stderr).toContain('--url http://127.0.0.1:8787 --token')
    } finally {
      lock.release()
    }
  })

  it('imports through the running gateway with --url and --token', async () => {
    const gw = await startTestGateway()
    const server = serve({ fetch: gw.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((ok) => server.once('listening', ok))
    const port = (server.address() as { port: number }).port
    try {
      const file = join(work, 'http.ndjson')
      writeFileSync(file, good.map(line).join('\n'))
      const url = `http://127.0.0.1:${port}`
      const r = await run('kbImport', [file, '--url', url, '--token', gw.admin.authorization?.slice(7) ?? ''])
      expect(r.code).toBe(0)
      expect(JSON.parse(r.stdout)).toMatchObject({ imported: 2, created: 2 })
      const denied = await run('kbImport', [file, '--url', url, '--token', 'wrong'])
      expect(denied.code).toBe(2)
      expect(denied.stderr).toContain('HTTP 401')
      const s = await gw.post('/api/v1/knowledge/search', { query: '垃圾几点可以扔' })
      expect(s.json.results[0].id).toBe('cli-a')
    } finally {
      server.close()
      await gw.close()
    }
  })
})
