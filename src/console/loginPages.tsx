/**
 * Console login by token (an editor's personal token, or ADMIN_TOKEN) and logout. The session is a signed,
 * expiring cookie: HttpOnly, SameSite=Strict, Secure behind HTTPS.
 */
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import type { Services } from '../services.js'
import { auditLog } from '../storage/schema.js'
import { currentIdentity, identityForToken, SESSION_COOKIE, signSession } from './consoleAuth.js'
import { Layout } from './Layout.js'
import { clientKey, LOGIN_WINDOW_MS, tooManyFailures } from './loginThrottle.js'
import { render, safeNext } from './render.js'

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
}

function loginForm(c: Context, next: string, error: string | null, status: 200 | 401 | 403 | 429 = 200) {
  return render(
    c,
    <Layout title="登录" error={error}>
      <h1>登录知识库控制台</h1>
      <form method="post" action="/console/login" class="card" style="max-width:520px">
        <input type="hidden" name="next" value={next} />
        <label for="token">登录令牌</label>
        <input type="password" id="token" name="token" required autocomplete="current-password" />
        <p class="muted">使用管理员为您创建的个人令牌登录；系统管理员可使用 ADMIN_TOKEN。</p>
        <div class="actions">
          <button type="submit">登录</button>
        </div>
      </form>
    </Layout>,
    status,
  )
}

export async function loginPage(c: Context, s: Services) {
  const next = safeNext(c.req.query('next'))
  if (await currentIdentity(c, s.consoleAuth)) return c.redirect(next)
  if (!s.consoleAuth.sessionSecret)
    return loginForm(c, next, '控制台未启用：请设置 ADMIN_TOKEN 或 SESSION_SECRET。', 403)
  return loginForm(c, next, null)
}

export async function loginPost(c: Context, s: Services) {
  const body = await c.req.parseBody()
  const next = safeNext(typeof body.next === 'string' ? body.next : undefined)
  const secret = s.consoleAuth.sessionSecret
  if (!secret) return loginForm(c, next, '控制台未启用：请设置 ADMIN_TOKEN 或 SESSION_SECRET。', 403)
  const client = clientKey(c, s.config.CLIENT_IP_HEADER)
  if (await tooManyFailures(s.db, client, s.config.CONSOLE_LOGIN_MAX_FAILURES)) {
    c.header('Retry-After', String(LOGIN_WINDOW_MS / 1000))
    return loginForm(c, next, '登录失败次数过多，请15分钟后再试。', 429)
  }
  const token = typeof body.token === 'string' ? body.token.trim() : ''
  const who = token ? await identityForToken(s.db, token, s.consoleAuth.adminToken) : null
  if (!who) {
    await s.db.insert(auditLog).values({ actor: 'anonymous', action: 'console.login_failed', data: { client } })
    return loginForm(c, next, '令牌无效或账号已停用。', 401)
  }
  setCookie(c, SESSION_COOKIE, await signSession(who, secret), {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c),
    path: '/',
    maxAge: 12 * 3600,
  })
  await s.db.insert(auditLog).values({ actor: who.id, action: 'console.login', data: { role: who.role } })
  return c.redirect(next, 303)
}

export async function logoutPost(c: Context, s: Services) {
  const who = await currentIdentity(c, s.consoleAuth)
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) })
  if (who) await s.db.insert(auditLog).values({ actor: who.id, action: 'console.logout', data: {} })
  return c.redirect('/console/login', 303)
}
