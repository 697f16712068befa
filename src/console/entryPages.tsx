/** Console pages for entries: list and search, create, view with history, edit with preview, workflow actions. */
import type { Context } from 'hono'
import { entryDiff } from '../knowledge/entryDiff.js'
import {
  type EntryView,
  getEntryView,
  listEntries,
  listVersionViews,
  type StateFilter,
} from '../knowledge/entryQueries.js'
import { previewAnswer } from '../knowledge/previewAnswer.js'
import type { Services } from '../services.js'
import { hasRole, type Identity, identityOf } from './consoleAuth.js'
import { EntryFormView } from './EntryFormView.js'
import { checkForm, EMPTY_FORM, type FormValues, formFromBody, formFromContent } from './entryForm.js'
import { DiffView, Layout, STATE_LABEL, StateBadge } from './Layout.js'
import { localTime, render } from './render.js'
import { workflowFor } from '../http/routes/editorContext.js'

const AUDIENCE_LABEL = { all: '全部', citizen: '个人', enterprise: '企业' } as const
const PAGE = 50
const entryUrl = (id: string, msg?: string) =>
  `/console/entries/${encodeURIComponent(id)}${msg ? `?msg=${encodeURIComponent(msg)}` : ''}`

export async function listPage(c: Context, s: Services) {
  const who = identityOf(c)
  const fmt = (iso: string) => localTime(iso, s.config.TIMEZONE)
  const q = c.req.query('q') ?? ''
  const state = (
    ['draft', 'review', 'published', 'archived', 'pending'].includes(c.req.query('state') ?? '')
      ? c.req.query('state')
      : undefined
  ) as StateFilter | undefined
  const offset = Math.max(0, Number(c.req.query('offset') ?? 0) || 0)
  const { entries, total } = await listEntries(s.db, { q, state, limit: PAGE, offset })
  const link = (o: number) => `/console/entries?${new URLSearchParams({ q, state: state ?? '', offset: String(o) })}`
  return render(
    c,
    <Layout
      title="知识条目"
      who={who}
      active={state === 'review' ? '/console/entries?state=review' : '/console/entries'}
      flash={c.req.query('msg')}
    >
      <h1>{state === 'review' ? '待审核' : '知识条目'}</h1>
      <form method="get" action="/console/entries" class="card row">
        <div style="flex:3">
          <input type="search" name="q" value={q} placeholder="搜索标题、问法、正文或编号" aria-label="搜索" />
        </div>
        <div>
          <select name="state" aria-label="状态">
            <option value="">全部状态</option>
            {(['draft', 'review', 'published', 'archived'] as const).map((st) => (
              <option value={st} selected={state === st}>
                {STATE_LABEL[st]}
              </option>
            ))}
            <option value="pending" selected={state === 'pending'}>
              有未发布修订
            </option>
          </select>
        </div>
        <div style="flex:0">
          <button type="submit">搜索</button>
        </div>
      </form>
      <p class="muted">
        共 {total} 条{total > PAGE ? `，第 ${offset + 1}–${Math.min(offset + PAGE, total)} 条` : ''}
      </p>
      <table>
        <thead>
          <tr>
            <th>标题</th>
            <th>状态</th>
            <th>分类</th>
            <th>对象</th>
            <th>地区</th>
            <th>有效期</th>
            <th>版本</th>
            <th>更新时间</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td>
                <a href={entryUrl(e.id)}>{e.title}</a>
                <div class="muted">{e.id}</div>
              </td>
              <td>
                <StateBadge state={e.state} pending={e.pendingState} />
              </td>
              <td>{e.category ?? ''}</td>
              <td>{AUDIENCE_LABEL[e.audience]}</td>
              <td>{e.region ?? '全市'}</td>
              <td class="muted">
                {e.effectiveFrom || e.expiresAt ? `${e.effectiveFrom ?? '—'} ~ ${e.expiresAt ?? '—'}` : '长期'}
              </td>
              <td>v{e.version}</td>
              <td class="muted">{fmt(e.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        {offset > 0 && (
          <a class="btn secondary" href={link(Math.max(0, offset - PAGE))}>
            上一页
          </a>
        )}
        {offset + PAGE < total && (
          <a class="btn secondary" href={link(offset + PAGE)}>
            下一页
          </a>
        )}
      </div>
    </Layout>,
  )
}

export async function entryPage(c: Context, s: Services) {
  const who = identityOf(c)
  const fmt = (iso: string) => localTime(iso, s.config.TIMEZONE)
  const id = c.req.param('id') as string
  const e = await getEntryView(s.db, id)
  if (!e) return notFound(c, who, id)
  const versions = await listVersionViews(s.db, id)
  const pending = e.pending
  const working = pending?.content ?? e
  const reviewer = hasRole(who, 'reviewer')
  const action = (name: string, label: string, cls = '') => (
    <form method="post" action={`${entryUrl(id)}/action`}>
      <input type="hidden" name="action" value={name} />
      <button type="submit" class={cls} name="do" value={name}>
        {label}
      </button>
    </form>
  )
  return render(
    c,
    <Layout title={e.title} who={who} flash={c.req.query('msg')} error={c.req.query('err')}>
      <h1>
        {e.title}{' '}
        <StateBadge state={e.state} pending={pending ? (pending.content.state as 'draft' | 'review') : null} />
      </h1>
      <div class="card">
        <dl class="meta">
          <dt>编号</dt>
          <dd>{e.id}</dd>
          <dt>分类</dt>
          <dd>{e.category ?? '—'}</dd>
          <dt>适用对象</dt>
          <dd>{AUDIENCE_LABEL[e.audience]}</dd>
          <dt>适用地区</dt>
          <dd>{e.region ?? '全市'}</dd>
          <dt>有效期</dt>
          <dd>{e.effectiveFrom || e.expiresAt ? `${e.effectiveFrom ?? '—'} 至 ${e.expiresAt ?? '—'}` : '长期有效'}</dd>
          <dt>来源</dt>
          <dd>{e.source ?? '—'}</dd>
          <dt>版本</dt>
          <dd>
            v{e.version} · {fmt(e.updatedAt)} · {e.updatedBy}
          </dd>
        </dl>
        <div class="actions">
          <a class="btn secondary" href={`${entryUrl(id)}/edit`}>
            编辑
          </a>
          {working.state === 'draft' && action('submit', '提交审核', 'secondary')}
          {reviewer && (pending || e.state !== 'published') && action('publish', pending ? '发布修订' : '发布')}
          {pending && action('discard', '撤销修订', 'plain')}
          {reviewer && e.state !== 'archived' && action('archive', '归档', 'plain')}
          <a class="btn secondary" href={`/console/try?${new URLSearchParams({ q: e.questions[0] ?? e.title })}`}>
            试一试
          </a>
        </div>
      </div>
      {pending && (
        <div class="card">
          <h2>
            未发布的修订（{STATE_LABEL[pending.content.state]}，基于 v{pending.baseVersion}）
          </h2>
          <DiffView diff={entryDiff({ ...e, state: pending.content.state }, pending.content)} />
        </div>
      )}
      <div class="card">
        <h2>{e.state === 'published' ? '当前发布内容' : '内容'}</h2>
        {e.questions.length > 0 && (
          <ul>
            {e.questions.map((q) => (
              <li>{q}</li>
            ))}
          </ul>
        )}
        <pre>{e.body}</pre>
      </div>
      <h2>版本历史</h2>
      <table>
        <thead>
          <tr>
            <th>版本</th>
            <th>状态</th>
            <th>作者 · 时间</th>
            <th>操作说明与差异</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr>
              <td>v{v.version}</td>
              <td>{STATE_LABEL[v.state as keyof typeof STATE_LABEL] ?? v.state}</td>
              <td>
                {v.authorName}
                <div class="muted">{fmt(v.createdAt)}</div>
              </td>
              <td>
                <div>{noteLabel(v.note)}</div>
                <details>
                  <summary class="muted">差异</summary>
                  <DiffView diff={v.diff} />
                </details>
              </td>
              <td>
                {v.version !== e.version && (
                  <form method="post" action={`${entryUrl(id)}/restore`}>
                    <input type="hidden" name="version" value={String(v.version)} />
                    <button type="submit" class="plain" name="do" value="draft">
                      恢复为草稿
                    </button>
                    {reviewer && (
                      <button type="submit" class="plain" name="do" value="publish">
                        恢复并发布
                      </button>
                    )}
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  )
}

const ACTION_LABEL: Record<string, string> = {
  create: '创建',
  save: '保存',
  submit: '提交审核',
  publish: '发布',
  archive: '归档',
  discard: '撤销修订',
  restore: '恢复',
  'kb:import': '导入',
}

function noteLabel(note: string | null): string {
  if (!note) return '导入'
  const [action, ...rest] = note.split(': ')
  const label = ACTION_LABEL[action as string] ?? (action?.startsWith('kb:import') ? '导入' : action)
  return rest.length ? `${label}：${rest.join(': ')}` : (label ?? '')
}

export async function newEntryPage(c: Context, _s: Services) {
  const who = identityOf(c)
  const values: FormValues = {
    ...EMPTY_FORM,
    title: c.req.query('title') ?? '',
    questions: c.req.query('questions') ?? '',
  }
  return render(
    c,
    <Layout title="新建条目" who={who} active="/console/entries/new">
      <h1>新建条目</h1>
      <EntryFormView action="/console/entries/new" values={values} isNew />
    </Layout>,
  )
}

export async function editEntryPage(c: Context, s: Services) {
  const who = identityOf(c)
  const id = c.req.param('id') as string
  const e = await getEntryView(s.db, id)
  if (!e) return notFound(c, who, id)
  return render(
    c,
    <Layout title={`编辑：${e.title}`} who={who}>
      <h1>编辑：{e.title}</h1>
      <EntryFormView
        action={`${entryUrl(id)}/edit`}
        values={formFromContent(id, e.pending?.content ?? e)}
        isNew={false}
        baseVersion={e.version}
        editingPublished={e.state === 'published'}
      />
    </Layout>,
  )
}

/** POST of the create or edit form: preview, save as draft, or save and submit. */
export async function submitEntryForm(c: Context, s: Services, existing: EntryView | null) {
  const who = identityOf(c)
  const body = await c.req.parseBody()
  const values = formFromBody(body)
  if (existing) values.id = existing.id
  const check = checkForm(values, { requireId: !existing })
  const doWhat = body.do === 'save' || body.do === 'submit' ? body.do : 'preview'
  const again = (error: string | null, status: 200 | 400 | 409, preview = true) =>
    render(
      c,
      <Layout
        title={existing ? `编辑：${existing.title}` : '新建条目'}
        who={who}
        error={error}
        active={existing ? undefined : '/console/entries/new'}
      >
        <h1>{existing ? `编辑：${existing.title}` : '新建条目'}</h1>
        <EntryFormView
          action={existing ? `${entryUrl(existing.id)}/edit` : '/console/entries/new'}
          values={values}
          isNew={!existing}
          baseVersion={existing ? Number(body.baseVersion) || existing.version : undefined}
          preview={preview && check.ok ? previewAnswer(check.content) : null}
          diff={
            existing && check.ok
              ? entryDiff(existing.pending?.content ?? existing, {
                  ...check.content,
                  state: (existing.pending?.content ?? existing).state,
                })
              : undefined
          }
          editingPublished={existing?.state === 'published'}
        />
      </Layout>,
      status,
    )
  if (!check.ok) return again(check.errors.join('；'), 400, false)
  if (doWhat === 'preview') return again(null, 200)
  const wf = workflowFor(s)
  const submit = doWhat === 'submit'
  const note = values.note || undefined
  const out = existing
    ? await wf.save(who, existing.id, check.content, {
        submit,
        note,
        baseVersion: Number(body.baseVersion) || undefined,
      })
    : await wf.create(who, values.id, check.content, { submit, note })
  if (!out.ok) return again(out.error.message, out.error.code === 'conflict' ? 409 : 400)
  const msg = !out.changed ? '没有改动。' : submit ? '已保存并提交审核。' : '草稿已保存。'
  return c.redirect(entryUrl(out.id, msg), 303)
}

export async function entryActionPost(c: Context, s: Services) {
  const who = identityOf(c)
  const id = c.req.param('id') as string
  const body = await c.req.parseBody()
  const action = String(body.action ?? '')
  const wf = workflowFor(s)
  const labels: Record<string, string> = {
    submit: '已提交审核。',
    publish: '已发布，立即生效。',
    archive: '已归档。',
    discard: '已撤销修订。',
  }
  if (!(action in labels)) return c.redirect(entryUrl(id), 303)
  const out = await wf[action as 'submit' | 'publish' | 'archive' | 'discard'](who, id)
  if (!out.ok) return c.redirect(`${entryUrl(id)}?err=${encodeURIComponent(out.error.message)}`, 303)
  return c.redirect(entryUrl(id, labels[action]), 303)
}

export async function restorePost(c: Context, s: Services) {
  const who = identityOf(c)
  const id = c.req.param('id') as string
  const body = await c.req.parseBody()
  const version = Number(body.version)
  const publish = body.do === 'publish'
  const out = await workflowFor(s).restore(who, id, version, { publish })
  if (!out.ok) return c.redirect(`${entryUrl(id)}?err=${encodeURIComponent(out.error.message)}`, 303)
  return c.redirect(entryUrl(id, publish ? `已恢复 v${version} 并发布。` : `已将 v${version} 恢复为草稿。`), 303)
}

export function notFound(c: Context, who: Identity, id: string) {
  return render(
    c,
    <Layout title="没有这个条目" who={who}>
      <h1>没有条目 {id}</h1>
      <a href="/console/entries">返回列表</a>
    </Layout>,
    404,
  )
}
