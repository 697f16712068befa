/** The editors' console without a browser: login, roles, CSRF checks, the edit → submit → publish flow. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { knowledgeGaps } from '../../src/storage/schema.js'
import { ADMIN, startTestGateway, type TestGateway } from '../helpers/testApp.js'

let gw: TestGateway
const ORIGIN = 'http://localhost'

beforeAll(async () => {
  gw = await startTestGateway()
})
afterAll(() => gw?.close())

interface Page {
  status: number
  location: string | null
  html: string
  headers: Headers
}

async function request(
  path: string,
  opts: { cookie?: string; form?: Record<string, string>; origin?: string | null } = {},
): Promise<Page> {
  const headers: Record<string, string> = {}
  if (opts.cookie) headers.cookie = opts.cookie
  if (opts.form) headers['content-type'] = 'application/x-www-form-urlencoded'
  if (opts.form && opts.origin !== null) headers.origin = opts.origin ?? ORIGIN
  const res = await gw.app.request(path, {
    method: opts.form ? 'POST' : 'GET',
    headers,
    body: opts.form ? new URLSearchParams(opts.form).toString() : undefined,
  })
  return { status: res.status, location: res.headers.get('location'), html: await res.text(), headers: res.headers }
}

async function login(token: string): Promise<string> {
  const res = await request('/console/login', { form: { token, next: '/console/entries' } })
  expect(res.status).toBe(303)
  const cookie = res.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/HttpOnly/i)
  expect(cookie).toMatch(/SameSite=Strict/i)
  return cookie.split(';')[0] as string
}

describe('console', () => {
  let admin: string
  let editorToken: string
  let reviewerToken: string

  it('sends visitors to the login page and keeps where they were going', async () => {
    const r = await request('/console/entries?state=review')
    expect(r.status).toBe(302)
    expect(r.location).toBe(`/console/login?next=${encodeURIComponent('/console/entries?state=review')}`)
    const page = await request('/console/login')
    expect(page.html).toContain('登录知识库控制台')
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it('rejects a bad token, a cross-site login, and an open redirect', async () => {
    const bad = await request('/console/login', { form: { token: 'nope' } })
    expect(bad.status).toBe(401)
    expect(bad.html).toContain('令牌无效')
    expect((await request('/console/login', { form: { token: ADMIN }, origin: 'https://evil.example' })).status).toBe(
      403,
    )
    expect((await request('/console/login', { form: { token: ADMIN }, origin: null })).status).toBe(403)
    const r = await request('/console/login', { form: { token: ADMIN, next: '//evil.example/x' } })
    expect(r.location).toBe('/console/entries')
  })

  it('lets the admin create editor accounts, showing each token once', async () => {
    admin = await login(ADMIN)
    const make = async (name: string, role: string) => {
      const r = await request('/console/editors', { cookie: admin, form: { name, role } })
      expect(r.status).toBe(200)
      const token = /<div class="token" id="new-token">([^<]+)<\/div>/.exec(r.html)?.[1]
      expect(token).toBeTruthy()
      return token as string
    }
    editorToken = await make('王编辑', 'editor')
    reviewerToken = await make('赵审核', 'reviewer')
    const list = await request('/console/editors', { cookie: admin })
    expect(list.html).toContain('王编辑')
    expect(list.html).not.toContain(editorToken)
  })

  it('an editor drafts with a preview and submits; cannot publish or manage accounts', async () => {
    const ed = await login(editorToken)
    expect((await request('/console/editors', { cookie: ed })).status).toBe(403)
    const form = {
      id: 'console-noise-night',
      title: '夜间施工噪音<script>alert(1)</script>',
      questions: '晚上工地施工太吵怎么办\n夜间施工扰民',
      body: '问：晚上工地施工太吵怎么办？\n答：夜间22时至次日6时禁止产生噪声的施工作业，确需连续施工的须取得夜间施工许可。',
      category: '城乡建设',
      audience: 'citizen',
      region: '',
      effectiveFrom: '2026-01-01',
      expiresAt: '',
      source: '',
      note: '新建',
    }
    const preview = await request('/console/entries/new', { cookie: ed, form: { ...form, do: 'preview' } })
    expect(preview.status).toBe(200)
    expect(preview.html).toContain('预览：市民将看到的答复')
    expect(preview.html).toContain('夜间22时至次日6时禁止产生噪声的施工作业')
    expect(preview.html).not.toContain('<script>alert(1)</script>')
    expect(preview.html).toContain('&lt;script&gt;')

    const invalid = await request('/console/entries/new', { cookie: ed, form: { ...form, id: 'bad id', do: 'save' } })
    expect(invalid.status).toBe(400)
    expect(invalid.html).toContain('编号')

    const saved = await request('/console/entries/new', { cookie: ed, form: { ...form, do: 'submit' } })
    expect(saved.status).toBe(303)
    expect(saved.location).toContain('/console/entries/console-noise-night')
    const page = await request('/console/entries/console-noise-night', { cookie: ed })
    expect(page.html).toContain('待审核')
    expect(page.html).not.toContain('>发布<')
    const tried = await request('/console/entries/console-noise-night/action', {
      cookie: ed,
      form: { action: 'publish' },
    })
    expect(decodeURIComponent(tried.location ?? '')).toContain('审核员')

    // A cross-site form post with the editor's cookie is refused.
    const csrf = await request('/console/entries/console-noise-night/action', {
      cookie: ed,
      form: { action: 'submit' },
      origin: 'https://evil.example',
    })
    expect(csrf.status).toBe(403)
  })

  it('a reviewer publishes; the entry answers in "try a question"; history shows the change', async () => {
    const rv = await login(reviewerToken)
    const queue = await request('/console/entries?state=review', { cookie: rv })
    expect(queue.html).toContain('console-noise-night')
    const pub = await request('/console/entries/console-noise-night/action', {
      cookie: rv,
      form: { action: 'publish' },
    })
    expect(decodeURIComponent(pub.location ?? '')).toContain('已发布')
    const tryIt = await request(`/console/try?q=${encodeURIComponent('晚上工地施工太吵怎么办')}`, { cookie: rv })
    expect(tryIt.html).toContain('id="answerable">是')
    expect(tryIt.html).toMatch(/class="citation" href="\/console\/entries\/console-noise-night"/)
    expect(tryIt.html).toContain('与问法字面相似')
    const page = await request('/console/entries/console-noise-night', { cookie: rv })
    expect(page.html).toContain('版本历史')
    expect(page.html).toContain('赵审核')
    expect(page.html).toContain('+ published')
  })

  it('edits of a published entry wait for review, with a diff preview', async () => {
    const ed = await login(editorToken)
    const edit = await request('/console/entries/console-noise-night/edit', { cookie: ed })
    expect(edit.html).toContain('本条目已发布')
    const base = /name="baseVersion" value="(\d+)"/.exec(edit.html)?.[1] as string
    const form = {
      baseVersion: base,
      title: '夜间施工噪音',
      questions: '晚上工地施工太吵怎么办',
      body: '夜间施工须取得许可。',
      category: '城乡建设',
      audience: 'citizen',
      region: '',
      effectiveFrom: '',
      expiresAt: '',
      source: '',
      note: '',
    }
    const preview = await request('/console/entries/console-noise-night/edit', {
      cookie: ed,
      form: { ...form, do: 'preview' },
    })
    expect(preview.html).toContain('与当前版本的差异')
    expect(preview.html).toContain('+ 夜间施工须取得许可。')
    const saved = await request('/console/entries/console-noise-night/edit', {
      cookie: ed,
      form: { ...form, do: 'save' },
    })
    expect(saved.status).toBe(303)
    const page = await request('/console/entries/console-noise-night', { cookie: ed })
    expect(page.html).toContain('未发布的修订')
    const stale = await request('/console/entries/console-noise-night/edit', {
      cookie: ed,
      form: { ...form, title: '再改', do: 'save' },
    })
    expect(stale.status).toBe(409)
  })

  it('counts the gaps page days in the city time zone (Asia/Shanghai by default)', async () => {
    // 2026-03-01T17:30Z is 01:30 on 2 March in Beijing.
    await gw.services.db
      .insert(knowledgeGaps)
      .values({ query: '凌晨提交的养蜂补贴问题', channel: 'web', createdAt: new Date('2026-03-01T17:30:00Z') })
    const rv = await login(reviewerToken)
    const second = await request('/console/gaps?from=2026-03-02&to=2026-03-02', { cookie: rv })
    expect(second.html).toContain('养蜂补贴')
    const first = await request('/console/gaps?from=2026-03-01&to=2026-03-01', { cookie: rv })
    expect(first.status).toBe(200)
    expect(first.html).not.toContain('养蜂补贴')
    const bad = await request('/console/gaps?from=2026-3-1', { cookie: rv })
    expect(bad.html).toContain('日期格式不正确')
  })

  it('shows the gaps page and a revoked editor is logged out at once', async () => {
    await gw.post('/api/v1/messages', { userId: 'gap-user', text: '请问火星移民补贴怎么申请？' })
    const rv = await login(reviewerToken)
    const gaps = await request('/console/gaps', { cookie: rv })
    expect(gaps.html).toContain('火星移民补贴')
    const ed = await login(editorToken)
    const list = await request('/console/editors', { cookie: admin })
    const id = /<div class="muted">(ed_[0-9a-f]+)<\/div>[\s\S]*?王编辑|王编辑<div class="muted">(ed_[0-9a-f]+)</.exec(
      list.html,
    )
    const editorId = id?.[1] ?? id?.[2]
    expect(editorId).toBeTruthy()
    await request(`/console/editors/${editorId}/revoke`, { cookie: admin, form: {} })
    expect((await request('/console/entries', { cookie: ed })).status).toBe(302)
  })

  it('logs out', async () => {
    const out = await request('/console/logout', { cookie: admin, form: {} })
    expect(out.status).toBe(303)
    expect(out.headers.get('set-cookie')).toMatch(/gw_session=;/)
  })
})
