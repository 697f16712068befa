import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Identity } from '../../src/console/consoleAuth.js'
import { EditorWorkflow } from '../../src/knowledge/editorWorkflow.js'
import { getEntryView, listEntries, listVersionViews } from '../../src/knowledge/entryQueries.js'
import { entryInputSchema } from '../../src/knowledge/entrySchema.js'
import { gapReport } from '../../src/knowledge/gapQueries.js'
import { upsertEntries } from '../../src/knowledge/upsertEntries.js'
import { type Storage, rowsOf } from '../../src/storage/db.js'
import { auditLog, knowledgeGaps } from '../../src/storage/schema.js'
import { openTestStorage } from '../helpers/testStorage.js'

let storage: Storage
let wf: EditorWorkflow
let refreshes = 0
const editor: Identity = { id: 'ed_1', name: '编辑甲', role: 'editor' }
const reviewer: Identity = { id: 'rv_1', name: '审核乙', role: 'reviewer' }
const content = {
  title: '医保异地就医备案',
  questions: ['异地就医怎么备案'],
  body: '通过国家医保服务平台App办理异地就医备案。',
  audience: 'citizen' as const,
}

beforeAll(async () => {
  storage = await openTestStorage()
  wf = new EditorWorkflow(storage.db, { onPublishedChange: async () => void refreshes++ })
})
afterAll(() => storage?.close())

const counter = async () =>
  Number(
    rowsOf<{ value: string }>(
      await storage.db.execute(sql`select value from change_counters where name = 'knowledge'`),
    )[0]?.value ?? 0,
  )

describe('editor workflow', () => {
  it('creates a draft and bumps the change counter', async () => {
    const c0 = await counter()
    const out = await wf.create(editor, 'med-remote', content)
    expect(out).toMatchObject({ ok: true, version: 1, changed: true })
    expect(await counter()).toBe(c0 + 1)
    expect(refreshes).toBe(1)
    expect((await getEntryView(storage.db, 'med-remote'))?.state).toBe('draft')
  })

  it('saving unchanged content writes no version', async () => {
    const out = await wf.save(editor, 'med-remote', content)
    expect(out).toMatchObject({ ok: true, changed: false, version: 1 })
  })

  it('only drafts can be submitted; editors cannot publish or archive', async () => {
    expect(await wf.submit(editor, 'med-remote')).toMatchObject({ ok: true, version: 2 })
    expect(await wf.submit(editor, 'med-remote')).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await wf.publish(editor, 'med-remote')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await wf.archive(editor, 'med-remote')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(await wf.publish(reviewer, 'nope')).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await wf.publish(reviewer, 'med-remote')).toMatchObject({ ok: true, version: 3 })
  })

  it('a revision of a published entry can be withdrawn by saving the live content, or discarded', async () => {
    const c0 = await counter()
    await wf.save(editor, 'med-remote', { ...content, body: '新的正文' })
    let e = await getEntryView(storage.db, 'med-remote')
    expect(e?.pending?.content.body).toBe('新的正文')
    expect(e?.body).toBe(content.body)
    expect(await counter()).toBe(c0) // search does not see revisions
    await wf.save(editor, 'med-remote', content)
    e = await getEntryView(storage.db, 'med-remote')
    expect(e?.pending).toBeNull()

    await wf.save(editor, 'med-remote', { ...content, title: '另一个标题' }, { submit: true })
    expect((await listEntries(storage.db, { state: 'review' })).entries.map((x) => x.id)).toEqual(['med-remote'])
    expect(await wf.discard(editor, 'med-remote')).toMatchObject({ ok: true })
    expect(await wf.discard(editor, 'med-remote')).toMatchObject({ ok: false, error: { code: 'conflict' } })
    e = await getEntryView(storage.db, 'med-remote')
    expect(e).toMatchObject({ title: content.title, state: 'published', pending: null })
  })

  it('keeps a linear history with authors and diffs, and audits every action', async () => {
    const versions = await listVersionViews(storage.db, 'med-remote')
    expect(versions.map((v) => v.note)).toEqual(['discard', 'save', 'save', 'save', 'publish', 'submit', 'create'])
    expect(versions.at(-1)?.author).toBe('ed_1')
    expect(versions.find((v) => v.note === 'publish')?.diff).toBe('@@ 状态 (state)\n- review\n+ published')
    const audit = await storage.db.select().from(auditLog).where(eq(auditLog.target, 'med-remote'))
    expect(audit.map((a) => a.action).sort()).toEqual(
      ['create', 'submit', 'publish', 'save', 'save', 'save', 'discard'].map((a) => `knowledge.${a}`).sort(),
    )
  })

  it('an import that changes an entry records a diff against what it replaced', async () => {
    const entry = entryInputSchema.parse({ id: 'med-remote', ...content, body: '导入的新正文' })
    await storage.db.transaction((tx) => upsertEntries(tx, [entry], 'kb-import'))
    const [latest] = await listVersionViews(storage.db, 'med-remote', 1)
    expect(latest?.diff).toContain('- 通过国家医保服务平台App办理异地就医备案。\n+ 导入的新正文')
  })

  it('restores a version as a draft revision, or published by a reviewer', async () => {
    expect(await wf.restore(editor, 'med-remote', 1, { publish: true })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(await wf.restore(editor, 'med-remote', 99)).toMatchObject({ ok: false, error: { code: 'not_found' } })
    await wf.restore(editor, 'med-remote', 1)
    let e = await getEntryView(storage.db, 'med-remote')
    expect(e?.body).toBe('导入的新正文')
    expect(e?.pending?.content.body).toBe(content.body)
    await wf.restore(reviewer, 'med-remote', 1, { publish: true })
    e = await getEntryView(storage.db, 'med-remote')
    expect(e).toMatchObject({ body: content.body, state: 'published', pending: null })
  })

  it('an archived entry edited again becomes a draft', async () => {
    await wf.archive(reviewer, 'med-remote')
    await wf.save(editor, 'med-remote', { ...content, title: '重新起草' })
    expect(await getEntryView(storage.db, 'med-remote')).toMatchObject({
      state: 'draft',
      title: '重新起草',
      pending: null,
    })
  })
})

describe('gap report', () => {
  it('groups the unanswered questions of a window', async () => {
    const day = (d: string) => new Date(`2026-03-${d}T10:00:00Z`)
    await storage.db.insert(knowledgeGaps).values([
      { query: '公租房怎么申请', channel: 'web', createdAt: day('02') },
      { query: '公租房申请条件是什么', channel: 'wechat', createdAt: day('03') },
      { query: '公租房申请需要什么材料', channel: 'web', createdAt: day('04') },
      { query: '犬只年检在哪里办', channel: 'web', createdAt: day('04') },
      { query: '公租房租金标准', channel: 'web', createdAt: day('20') },
    ])
    const r = await gapReport(storage.db, { from: day('01'), to: day('10') })
    expect(r.total).toBe(4)
    expect(r.topics.map((t) => [t.count, t.keywords[0]])).toEqual([
      [3, '公租房'],
      [1, expect.any(String)],
    ])
  })
})
