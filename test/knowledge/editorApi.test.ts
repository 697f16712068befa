import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, startTestGateway, type TestGateway } from '../helpers/testApp.js'

let gw: TestGateway
beforeAll(async () => {
  gw = await startTestGateway()
})
afterAll(() => gw?.close())

const entry = {
  id: 'test-pet-vaccine',
  title: '犬只狂犬病免疫怎么办理',
  questions: ['狗打狂犬疫苗去哪里', '犬只免疫证怎么办'],
  body: '问：狗打狂犬疫苗去哪里？\n答：携带犬只到所在区指定的动物诊疗机构接种狂犬病疫苗，每年一次，接种后领取免疫证明。',
  category: '农村农业',
  audience: 'citizen',
}

describe('editor API', () => {
  let editor: Record<string, string>
  let reviewer: Record<string, string>

  it('admin creates editor accounts; the token is shown once and works', async () => {
    const a = await gw.post('/api/v1/admin/editors', { name: '张编辑', role: 'editor' }, gw.admin)
    expect(a.status).toBe(201)
    expect(a.json.token).toMatch(/^ed_[0-9a-f]{48}$/)
    const b = await gw.post('/api/v1/admin/editors', { name: '李审核', role: 'reviewer' }, gw.admin)
    editor = { authorization: `Bearer ${a.json.token}` }
    reviewer = { authorization: `Bearer ${b.json.token}` }
    const me = await gw.get('/api/v1/editor/me', editor)
    expect(me.json).toMatchObject({ name: '张编辑', role: 'editor' })
    const list = await gw.get('/api/v1/admin/editors', gw.admin)
    expect(list.json.editors.map((e: { name: string }) => e.name)).toEqual(['张编辑', '李审核'])
    expect(JSON.stringify(list.json)).not.toContain(a.json.token)
    // Editors cannot manage accounts.
    expect((await gw.post('/api/v1/admin/editors', { name: 'x', role: 'admin' }, editor)).status).toBe(403)
    expect((await gw.get('/api/v1/editor/me')).status).toBe(401)
  })

  it('draft → review → published, with versions, diffs and audit', async () => {
    const created = await gw.post('/api/v1/editor/entries', entry, editor)
    expect(created.status).toBe(201)
    expect(created.json.entry).toMatchObject({ state: 'draft', version: 1 })
    const dup = await gw.post('/api/v1/editor/entries', entry, editor)
    expect(dup.status).toBe(409)

    // Not searchable while a draft.
    const before = await gw.post('/api/v1/knowledge/search', { query: '狗打狂犬疫苗去哪里' })
    expect(before.json.results.map((r: { id: string }) => r.id)).not.toContain(entry.id)

    const edited = await gw.post(`/api/v1/editor/entries/${entry.id}`, {}, editor) // wrong method → 404
    expect(edited.status).toBe(404)
    const put = await gw.app.request(`/api/v1/editor/entries/${entry.id}`, {
      method: 'PUT',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({ ...entry, id: undefined, title: '犬只狂犬病免疫办理指南', baseVersion: 1, submit: true }),
    })
    expect(put.status).toBe(200)
    const saved = (await put.json()) as { entry: { state: string; version: number; title: string } }
    expect(saved.entry).toMatchObject({ state: 'review', version: 2, title: '犬只狂犬病免疫办理指南' })

    expect((await gw.post(`/api/v1/editor/entries/${entry.id}/publish`, {}, editor)).status).toBe(403)
    const pub = await gw.post(`/api/v1/editor/entries/${entry.id}/publish`, { note: '核对无误' }, reviewer)
    expect(pub.status).toBe(200)
    expect(pub.json.entry.state).toBe('published')

    const after = await gw.post('/api/v1/knowledge/search', { query: '狗打狂犬疫苗去哪里' })
    expect(after.json.results[0].id).toBe(entry.id)

    const versions = await gw.get(`/api/v1/editor/entries/${entry.id}/versions`, editor)
    expect(versions.json.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [3, 'published'],
      [2, 'review'],
      [1, 'draft'],
    ])
    const v2 = versions.json.versions[1]
    expect(v2.authorName).toBe('张编辑')
    expect(v2.diff).toContain('- 犬只狂犬病免疫怎么办理')
    expect(v2.diff).toContain('+ 犬只狂犬病免疫办理指南')
    expect(versions.json.versions[0].note).toBe('publish: 核对无误')

    const audit = await gw.get(`/api/v1/editor/audit?target=${entry.id}`, reviewer)
    expect(audit.json.rows.map((r: { action: string }) => r.action)).toEqual([
      'knowledge.publish',
      'knowledge.save',
      'knowledge.create',
    ])
    expect((await gw.get('/api/v1/editor/audit', editor)).status).toBe(403)
  })

  it('an edit of a published entry waits as a revision; the live answer stays until it is published', async () => {
    const put = await gw.app.request(`/api/v1/editor/entries/${entry.id}`, {
      method: 'PUT',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({ ...entry, id: undefined, title: '犬只免疫（修订稿）' }),
    })
    const body = (await put.json()) as {
      entry: { state: string; title: string; pending: { content: { title: string; state: string } } }
    }
    expect(body.entry.state).toBe('published')
    expect(body.entry.title).toBe('犬只狂犬病免疫办理指南')
    expect(body.entry.pending.content).toMatchObject({ title: '犬只免疫（修订稿）', state: 'draft' })
    const live = await gw.post('/api/v1/knowledge/search', { query: '狗打狂犬疫苗去哪里' })
    expect(live.json.results[0].title).toBe('犬只狂犬病免疫办理指南')

    const pending = await gw.get('/api/v1/editor/entries?state=pending', editor)
    expect(pending.json.entries.map((e: { id: string }) => e.id)).toEqual([entry.id])

    const pub = await gw.post(`/api/v1/editor/entries/${entry.id}/publish`, {}, reviewer)
    expect(pub.json.entry).toMatchObject({ title: '犬只免疫（修订稿）', state: 'published', pending: null })
    const now = await gw.post('/api/v1/knowledge/search', { query: '狗打狂犬疫苗去哪里' })
    expect(now.json.results[0].title).toBe('犬只免疫（修订稿）')
  })

  it('restores an earlier version as a new version, and refuses a stale base version', async () => {
    const r = await gw.post(`/api/v1/editor/entries/${entry.id}/restore`, { version: 3, publish: true }, reviewer)
    expect(r.status).toBe(200)
    expect(r.json.entry.title).toBe('犬只狂犬病免疫办理指南')
    const versions = await gw.get(`/api/v1/editor/entries/${entry.id}/versions`, editor)
    expect(versions.json.versions[0]).toMatchObject({ state: 'published', note: 'restore: 恢复 v3' })
    expect(versions.json.versions[0].version).toBe(r.json.version)
    const snap = await gw.get(`/api/v1/editor/entries/${entry.id}/versions/1`, editor)
    expect(snap.json.snapshot.title).toBe('犬只狂犬病免疫怎么办理')

    const stale = await gw.app.request(`/api/v1/editor/entries/${entry.id}`, {
      method: 'PUT',
      headers: { ...editor, 'content-type': 'application/json' },
      body: JSON.stringify({ ...entry, id: undefined, title: '过期的修改', baseVersion: 1 }),
    })
    expect(stale.status).toBe(409)
    expect(((await stale.json()) as { error: { code: string } }).error.code).toBe('conflict')
  })

  it('archives: the entry stops answering', async () => {
    const a = await gw.post(`/api/v1/editor/entries/${entry.id}/archive`, {}, reviewer)
    expect(a.json.entry.state).toBe('archived')
    const s = await gw.post('/api/v1/knowledge/search', { query: '狗打狂犬疫苗去哪里' })
    expect(s.json.results.map((r: { id: string }) => r.id)).not.toContain(entry.id)
    expect((await gw.post(`/api/v1/editor/entries/${entry.id}/archive`, {}, reviewer)).status).toBe(409)
  })

  it('lists with search and filters, and validates input', async () => {
    const l = await gw.get(`/api/v1/editor/entries?q=${encodeURIComponent('狂犬')}`, editor)
    expect(l.json.entries.map((e: { id: string }) => e.id)).toContain(entry.id)
    const bad = await gw.post('/api/v1/editor/entries', { ...entry, id: 'has space' }, editor)
    expect(bad.status).toBe(400)
    expect(bad.json.error.code).toBe('invalid_request')
  })

  it('exports NDJSON in the import format', async () => {
    const res = await gw.app.request('/api/v1/editor/export?state=archived', { headers: editor })
    expect(res.headers.get('content-type')).toContain('application/x-ndjson')
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toEqual([expect.objectContaining({ id: entry.id, state: 'archived', questions: entry.questions })])
  })

  it('is in the OpenAPI document', async () => {
    const doc = await gw.get('/openapi.json')
    for (const p of [
      '/api/v1/editor/entries',
      '/api/v1/editor/entries/{id}/publish',
      '/api/v1/editor/gaps',
      '/api/v1/editor/try',
      '/api/v1/admin/editors',
    ]) {
      expect(doc.json.paths[p], p).toBeDefined()
    }
  })

  it('the admin token is a bearer admin too', async () => {
    const me = await gw.get('/api/v1/editor/me', { authorization: `Bearer ${ADMIN}` })
    expect(me.json.role).toBe('admin')
  })
})
