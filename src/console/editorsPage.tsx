/** Admins create editor accounts (the token is shown once) and revoke them. */
import type { Context } from 'hono'
import { createEditor, listEditors, revokeEditor } from './editorAccounts.js'
import type { Services } from '../services.js'
import { identityOf, type Role } from './consoleAuth.js'
import { Layout, ROLE_LABEL } from './Layout.js'
import { localTime, render } from './render.js'

export async function editorsPage(
  c: Context,
  s: Services,
  created?: { name: string; role: Role; token: string },
  error?: string,
) {
  const who = identityOf(c)
  const list = await listEditors(s.db)
  return render(
    c,
    <Layout title="编辑账号" who={who} active="/console/editors" flash={c.req.query('msg')} error={error}>
      <h1>编辑账号</h1>
      {created && (
        <div class="card">
          <p>
            已为 {created.name}（{ROLE_LABEL[created.role]}）创建账号。登录令牌只显示这一次，请立即转交本人：
          </p>
          <div class="token" id="new-token">
            {created.token}
          </div>
        </div>
      )}
      <form method="post" action="/console/editors" class="card row">
        <div>
          <label for="name">姓名</label>
          <input type="text" id="name" name="name" required maxlength={100} />
        </div>
        <div>
          <label for="role">角色</label>
          <select id="role" name="role">
            <option value="editor">编辑（起草、提交）</option>
            <option value="reviewer">审核员（发布、归档）</option>
            <option value="admin">管理员</option>
          </select>
        </div>
        <div style="flex:0;align-self:flex-end">
          <button type="submit">创建账号</button>
        </div>
      </form>
      <table>
        <thead>
          <tr>
            <th>姓名</th>
            <th>角色</th>
            <th>创建时间</th>
            <th>状态</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((e) => (
            <tr>
              <td>
                {e.name}
                <div class="muted">{e.id}</div>
              </td>
              <td>{ROLE_LABEL[e.role]}</td>
              <td class="muted">{localTime(e.createdAt, s.config.TIMEZONE)}</td>
              <td>{e.revokedAt ? '已停用' : '有效'}</td>
              <td>
                {!e.revokedAt && (
                  <form method="post" action={`/console/editors/${encodeURIComponent(e.id)}/revoke`}>
                    <button type="submit" class="plain">
                      停用
                    </button>
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

export async function createEditorPost(c: Context, s: Services) {
  const body = await c.req.parseBody()
  const name = String(body.name ?? '').trim()
  const role = String(body.role ?? '')
  if (!name || name.length > 100 || !['editor', 'reviewer', 'admin'].includes(role)) {
    return editorsPage(c, s, undefined, '请填写姓名并选择角色。')
  }
  const created = await createEditor(s.db, identityOf(c), name, role as Role)
  return editorsPage(c, s, created)
}

export async function revokeEditorPost(c: Context, s: Services) {
  const ok = await revokeEditor(s.db, identityOf(c), c.req.param('id') as string)
  return c.redirect(`/console/editors?msg=${encodeURIComponent(ok ? '账号已停用。' : '账号不存在或已停用。')}`, 303)
}
