/**
 * The editors' console at /console: server-rendered pages (hono/jsx), plain forms, no scripts, in Chinese.
 * Only the paths below are registered; other /console/* pages (the dashboard) belong to other modules.
 */
import type { Context } from 'hono'
import { getEntryView } from '../knowledge/entryQueries.js'
import type { Router } from '../http/appTypes.js'
import type { Services } from '../services.js'
import type { Identity, Role } from './consoleAuth.js'
import { dispatchListPage, dispatchPost, dispatchTicketPage } from './dispatchPages.js'
import { createEditorPost, editorsPage, revokeEditorPost } from './editorsPage.js'
import {
  editEntryPage,
  entryActionPost,
  entryPage,
  listPage,
  newEntryPage,
  notFound,
  restorePost,
  submitEntryForm,
} from './entryPages.js'
import { Layout, ROLE_LABEL } from './Layout.js'
import { loginPage, loginPost, logoutPost } from './loginPages.js'
import { originGuard } from './originGuard.js'
import { pageGuard, render } from './render.js'
import { gapsPage, tryPage } from './toolPages.js'

function forbidden(c: Context, who: Identity) {
  return render(
    c,
    <Layout title="无权限" who={who}>
      <h1>无权限</h1>
      <p>您的角色（{ROLE_LABEL[who.role]}）不能访问此页面。</p>
    </Layout>,
    403,
  )
}

export function registerConsole(app: Router, s: Services) {
  const as = (min: Role) => pageGuard(s, min, forbidden)
  const post = originGuard()
  app.get('/console', (c) => c.redirect('/console/entries'))
  app.get('/console/login', (c) => loginPage(c, s))
  app.post('/console/login', post, (c) => loginPost(c, s))
  app.post('/console/logout', post, (c) => logoutPost(c, s))

  app.get('/console/entries', as('editor'), (c) => listPage(c, s))
  app.get('/console/entries/new', as('editor'), (c) => newEntryPage(c, s))
  app.post('/console/entries/new', post, as('editor'), (c) => submitEntryForm(c, s, null))
  app.get('/console/entries/:id', as('editor'), (c) => entryPage(c, s))
  app.get('/console/entries/:id/edit', as('editor'), (c) => editEntryPage(c, s))
  app.post('/console/entries/:id/edit', post, as('editor'), async (c) => {
    const existing = await getEntryView(s.db, c.req.param('id') as string)
    if (!existing) return notFound(c, c.get('identity' as never), c.req.param('id') as string)
    return submitEntryForm(c, s, existing)
  })
  app.post('/console/entries/:id/action', post, as('editor'), (c) => entryActionPost(c, s))
  app.post('/console/entries/:id/restore', post, as('editor'), (c) => restorePost(c, s))

  app.get('/console/try', as('editor'), (c) => tryPage(c, s))
  app.get('/console/gaps', as('editor'), (c) => gapsPage(c, s))

  app.get('/console/dispatch', as('admin'), (c) => dispatchListPage(c, s))
  app.get('/console/dispatch/:id', as('admin'), (c) => dispatchTicketPage(c, s))
  app.post('/console/dispatch/:id', post, as('admin'), (c) => dispatchPost(c, s))

  app.get('/console/editors', as('admin'), (c) => editorsPage(c, s))
  app.post('/console/editors', post, as('admin'), (c) => createEditorPost(c, s))
  app.post('/console/editors/:id/revoke', post, as('admin'), (c) => revokeEditorPost(c, s))
}
