/**
 * The department workbench at /desk (承办单位工作台): server-rendered, plain forms, no scripts, in Chinese,
 * for staff who handle tickets in a browser rather than through their own system and the department API.
 * Sign-in takes the department token an admin issued; failed sign-ins count towards the same per-client limit
 * as the editors' console.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { clientKey, LOGIN_WINDOW_MS, tooManyFailures } from '../console/loginThrottle.js'
import { originGuard } from '../console/originGuard.js'
import { render } from '../console/render.js'
import type { Router } from '../http/appTypes.js'
import { departmentForToken } from '../lifecycle/departmentTokens.js'
import type { Services } from '../services.js'
import { auditLog } from '../storage/schema.js'
import { currentDesk, DESK_COOKIE, DESK_SESSION_HOURS, type DeskIdentity, signDeskSession } from './deskAuth.js'
import { DeskLayout } from './DeskLayout.js'
import { actionPost } from './deskActions.js'
import { listPage } from './deskListPage.js'
import { ticketPage } from './deskTicketPage.js'

function isHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'
}

function loginForm(c: Context, error: string | null, status: 200 | 401 | 403 | 429 = 200) {
  return render(
    c,
    <DeskLayout title="登录" error={error}>
      <h1>登录承办单位工作台</h1>
      <form method="post" action="/desk/login" class="card" style="max-width:520px">
        <label for="token">单位令牌</label>
        <input type="password" id="token" name="token" required autocomplete="current-password" />
        <p class="muted">使用热线中心管理员为本单位签发的令牌（dept_ 开头）登录。</p>
        <div class="actions">
          <button type="submit">登录</button>
        </div>
      </form>
    </DeskLayout>,
    status,
  )
}

const NOT_ENABLED = '工作台未启用：请设置 ADMIN_TOKEN 或 SESSION_SECRET。'

export function registerDesk(app: Router, s: Services) {
  const secret = () => s.consoleAuth.sessionSecret
  const post = originGuard()
  const signedIn: MiddlewareHandler = async (c, next) => {
    const who = await currentDesk(c, s.db, secret())
    if (!who) return c.redirect('/desk/login')
    c.set('desk' as never, who as never)
    await next()
  }
  const who = (c: Context) => c.get('desk' as never) as DeskIdentity

  app.get('/desk/login', async (c) => {
    if (!secret()) return loginForm(c, NOT_ENABLED, 403)
    if (await currentDesk(c, s.db, secret())) return c.redirect('/desk')
    return loginForm(c, null)
  })
  app.post('/desk/login', post, async (c) => {
    const key = secret()
    if (!key) return loginForm(c, NOT_ENABLED, 403)
    const client = clientKey(c, s.config.CLIENT_IP_HEADER)
    if (await tooManyFailures(s.db, client, s.config.CONSOLE_LOGIN_MAX_FAILURES)) {
      c.header('Retry-After', String(LOGIN_WINDOW_MS / 1000))
      return loginForm(c, '登录失败次数过多，请15分钟后再试。', 429)
    }
    const body = await c.req.parseBody()
    const token = typeof body.token === 'string' ? body.token.trim() : ''
    const found = token ? await departmentForToken(s.db, token) : null
    if (!found) {
      await s.db
        .insert(auditLog)
        .values({ actor: 'anonymous', action: 'console.login_failed', data: { client, desk: true } })
      return loginForm(c, '令牌无效或已停用。', 401)
    }
    setCookie(c, DESK_COOKIE, await signDeskSession(found, key), {
      httpOnly: true,
      sameSite: 'Strict',
      secure: isHttps(c),
      path: '/desk',
      maxAge: DESK_SESSION_HOURS * 3600,
    })
    await s.db.insert(auditLog).values({
      actor: `department:${found.departmentId}:token:${found.tokenId}`,
      action: 'desk.login',
      data: {},
    })
    return c.redirect('/desk', 303)
  })
  app.post('/desk/logout', post, async (c) => {
    deleteCookie(c, DESK_COOKIE, { path: '/desk', secure: isHttps(c) })
    return c.redirect('/desk/login', 303)
  })

  app.get('/desk', signedIn, (c) => listPage(c, s, who(c)))
  app.get('/desk/tickets/:id', signedIn, (c) => ticketPage(c, s, who(c)))
  app.post('/desk/tickets/:id/:action', post, signedIn, (c) => actionPost(c, s, who(c)))
}
