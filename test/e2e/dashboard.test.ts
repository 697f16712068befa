/**
 * The dashboard in a real browser: headless Debian Chromium driven by playwright-core against the
 * gateway on a loopback port, over a seeded month. Checks that both charts are drawn (by Chart.js,
 * served by the gateway), that the ranking, hot topics and overdue tables are filled, that no phone
 * number reaches the page, and saves a screenshot to test/.artifacts/dashboard.png.
 * Skips cleanly where /usr/bin/chromium is absent.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BROWSER_TESTS, launchChromium, serveOnLoopback } from '../helpers/browser.js'
import { runLifecycleScan } from '../../src/lifecycle/lifecycleScanner.js'
import { silentLogger } from '../../src/logger.js'
import { clockAt, type LifecycleGateway, startLifecycleGateway } from '../lifecycle/lifecycleGateway.js'
import { seedTwoMonths } from '../metrics/seedLives.js'

describe.skipIf(!BROWSER_TESTS)('dashboard in headless Chromium', () => {
  let gw: LifecycleGateway
  let server: Awaited<ReturnType<typeof serveOnLoopback>>
  let base: string
  let browser: Browser
  let overdueNumber: string

  beforeAll(async () => {
    gw = await startLifecycleGateway({ clock: clockAt('2026-03-02T09:00:00+08:00') })
    await seedTwoMonths(gw.s)
    // A chat ticket nobody accepts (overdue by the end of the month), and a duplicate pair (a hot topic).
    const late = await gw.say('dash-late', '东城区东华门街道南池子大街的公厕坏了一个月了，联系电话13812345678')
    overdueNumber = late.json.ticket.number
    await gw.say('dash-dup-1', '东城区东四街道东四北大街100号附近的路灯不亮了，晚上特别黑')
    gw.clock.advanceHours(5)
    await gw.say('dash-dup-2', '东城区东四街道东四北大街100号那边路灯坏了不亮，晚上太黑了不安全')
    gw.clock.set('2026-03-30T10:00:00+08:00')
    await runLifecycleScan(gw.s.db, gw.s.lifecycle, silentLogger, gw.clock.now)
    server = await serveOnLoopback(gw.app.fetch)
    base = server.base
    browser = await launchChromium()
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await gw?.close()
  })

  it('sends a browser without a session to the console login', async () => {
    const r = await fetch(`${base}/console/dashboard`, { redirect: 'manual' })
    expect(r.status).toBe(302)
    expect(r.headers.get('location')).toBe('/console/login?next=%2Fconsole%2Fdashboard')
    expect((await fetch(`${base}/console/dashboard/chart.umd.js`, { redirect: 'manual' })).status).toBe(302)
  })

  it('renders rates over time, the ranking, hot topics and overdue tickets, with charts drawn', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      extraHTTPHeaders: { authorization: gw.admin.authorization ?? '' },
    })
    const page = await context.newPage()
    const failed: string[] = []
    page.on('requestfailed', (req) => failed.push(req.url()))
    page.on('pageerror', (e) => failed.push(String(e)))
    const res = await page.goto(`${base}/console/dashboard?month=2026-03&days=30`)
    expect(res?.status()).toBe(200)
    await page.waitForSelector('body[data-charts-ready="1"]', { timeout: 20_000 })
    expect(failed).toEqual([])

    const charts = await page.evaluate(() => {
      const C = (
        window as unknown as {
          Chart: {
            getChart(id: string): { data: { labels: unknown[]; datasets: { label: string; data: unknown[] }[] } }
          }
        }
      ).Chart
      const rates = C.getChart('rates-chart')
      const hot = C.getChart('hot-chart')
      const painted = (id: string) => {
        const canvas = document.getElementById(id) as HTMLCanvasElement
        const px =
          canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray()
        let n = 0
        for (let i = 3; i < px.length; i += 4) if ((px[i] ?? 0) > 0) n++
        return n
      }
      return {
        labels: rates.data.labels.length,
        series: rates.data.datasets.map((d) => d.label),
        hotLabels: hot.data.labels.length,
        ratesPainted: painted('rates-chart'),
        hotPainted: painted('hot-chart'),
      }
    })
    expect(charts.labels).toBe(30)
    expect(charts.series).toEqual(['响应率', '解决率', '满意率', '诉求量'])
    expect(charts.hotLabels).toBeGreaterThanOrEqual(1)
    expect(charts.ratesPainted).toBeGreaterThan(1000)
    expect(charts.hotPainted).toBeGreaterThan(500)

    const advanced = await page.locator('.rank-advanced tbody td:first-child').allTextContents()
    expect(advanced.slice(0, 2)).toEqual(['东城区东华门街道', '东城区景山街道'])
    expect(await page.locator('.rank-governance tbody td:first-child').first().textContent()).toBe('东城区北新桥街道')
    expect(await page.locator('#hot tbody tr').count()).toBeGreaterThanOrEqual(1)
    const overdueRow = page.locator('#overdue tbody tr', { hasText: overdueNumber })
    expect(await overdueRow.textContent()).toContain('已升级至')
    const html = await page.content()
    expect(html).not.toContain('13812345678')
    expect(html).toContain('138****5678')

    await page.screenshot({ path: `${ARTIFACTS}dashboard.png`, fullPage: true })

    // An overdue ticket opens in the center's dispatch desk, to move it to another unit.
    await overdueRow.locator('a').click()
    await page.waitForURL(`**/console/dispatch/${overdueNumber}`)
    expect(await page.textContent('h1')).toContain(overdueNumber)
    expect(await page.locator('form button:has-text("改派")').count()).toBe(1)
    await context.close()
  })
})
