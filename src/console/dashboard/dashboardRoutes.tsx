/**
 * /console/dashboard (admin): rates over time, the month's ranking, hot topics, overdue tickets.
 * Needs a console session or an admin bearer token; a browser without one is sent to the login page.
 * The chart library and the page script are served by the gateway itself, under the same guard.
 */
import { NotFoundError } from '../../errors.js'
import type { Router } from '../../http/appTypes.js'
import { RANKING_RULES_TEXT } from '../../http/routes/metricsRoutes.js'
import { isMonth, monthOf } from '../../metrics/periods.js'
import type { Services } from '../../services.js'
import { requireRole } from '../consoleAuth.js'
import { DASHBOARD_JS } from './dashboardClient.js'
import { dashboardData } from './dashboardData.js'
import { DashboardPage } from './DashboardPage.js'

export function registerDashboardRoutes(app: Router, s: Services) {
  const guard = requireRole(s.consoleAuth, 'admin', { html: true })
  app.use('/console/dashboard', guard)
  app.use('/console/dashboard/*', guard)

  app.get('/console/dashboard', async (c) => {
    const now = s.handler.now?.() ?? new Date()
    const m = c.req.query('month')
    const month = m && isMonth(m) ? m : monthOf(now, s.config.TIMEZONE)
    const d = Number(c.req.query('days'))
    const days = Number.isInteger(d) && d >= 7 && d <= 90 ? d : 30
    const data = await dashboardData(s, { month, days, now })
    const page = await (<DashboardPage data={data} month={month} days={days} rules={RANKING_RULES_TEXT} />).toString()
    return c.html(`<!DOCTYPE html>${page}`, 200, { 'cache-control': 'no-store' })
  })

  app.get('/console/dashboard/dashboard.js', (c) =>
    c.body(DASHBOARD_JS, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  )

  app.get('/console/dashboard/chart.umd.js', async (c) => {
    const js = await s.readAsset?.('chart.umd.js')
    if (!js) throw new NotFoundError('The chart library is not available in this deployment.')
    return c.body(js, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'private, max-age=86400',
    })
  })
}
