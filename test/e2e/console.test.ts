/**
 * The editors' console in headless Chromium (Debian `chromium`, driven by playwright-core): log in, create an
 * entry with a preview, submit, publish, ask in "try a question" and in a chat, and see the answer cite the
 * new entry. Screenshots go to test/.artifacts/. Skips when /usr/bin/chromium is absent, except in CI.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, BROWSER_TESTS, launchChromium, serveOnLoopback } from '../helpers/browser.js'
import { ADMIN, startTestGateway, type TestGateway } from '../helpers/testApp.js'

const ENTRY = {
  id: 'e2e-balcony-solar',
  title: '阳台光伏发电备案',
  questions: '阳台装光伏板需要备案吗\n家里装光伏怎么并网',
  body: '问：阳台装光伏板需要备案吗？\n答：居民在自有住宅阳台安装光伏发电设备并接入电网的，应向属地供电公司提交并网申请，由供电公司受理备案并免费提供并网服务。',
}
const QUESTION = '阳台装光伏板需要备案吗？'

describe.skipIf(!BROWSER_TESTS)('console in headless Chromium', { timeout: 120_000 }, () => {
  let gw: TestGateway
  let server: Awaited<ReturnType<typeof serveOnLoopback>>
  let browser: Browser
  let page: Page
  let base: string

  beforeAll(async () => {
    gw = await startTestGateway()
    server = await serveOnLoopback(gw.app.fetch)
    base = server.base
    browser = await launchChromium()
    page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    await gw?.close()
  })

  it('logs in with a token', async () => {
    await page.goto(`${base}/console/entries`)
    expect(new URL(page.url()).pathname).toBe('/console/login')
    await page.fill('#token', ADMIN)
    await page.click('button[type=submit]:has-text("登录")')
    await page.waitForURL('**/console/entries')
    expect(await page.textContent('header')).toContain('管理员')
  })

  it('creates an entry with a preview, submits it, and publishes it', async () => {
    await page.click('header a:has-text("新建条目")')
    await page.fill('#id', ENTRY.id)
    await page.fill('#title', ENTRY.title)
    await page.fill('#questions', ENTRY.questions)
    await page.fill('#body', ENTRY.body)
    await page.fill('#category', '城乡建设')
    await page.selectOption('#audience', 'citizen')
    await page.click('button:has-text("预览")')
    await expect.poll(() => page.textContent('#preview')).toContain('向属地供电公司提交并网申请')
    await page.screenshot({ path: `${ARTIFACTS}console-preview.png`, fullPage: true })
    await page.click('button:has-text("保存并提交审核")')
    await page.waitForURL(`**/console/entries/${ENTRY.id}?**`)
    expect(await page.textContent('h1')).toContain('待审核')
    await page.click('form[action$="/action"] button:has-text("发布")')
    await page.waitForURL(`**/console/entries/${ENTRY.id}?**`)
    expect(await page.textContent('.flash')).toContain('已发布')
    expect(await page.textContent('h1')).toContain('已发布')
    await page.click('details summary >> nth=0')
    await page.screenshot({ path: `${ARTIFACTS}console-entry.png`, fullPage: true })
  })

  it('"try a question" shows the new entry answering, with scores', async () => {
    await page.goto(`${base}/console/try`)
    await page.fill('#q', QUESTION)
    await page.click('button:has-text("提问")')
    await page.waitForSelector('#try-result')
    expect(await page.textContent('#answerable')).toBe('是')
    expect(await page.textContent('a.citation')).toContain(ENTRY.id)
    expect(await page.textContent('.reply')).toContain(`《${ENTRY.title}》`)
    expect(await page.textContent('#try-result table')).toContain('与问法字面相似')
    await page.screenshot({ path: `${ARTIFACTS}console-try.png`, fullPage: true })
  })

  it('the very next chat answer cites the new entry', async () => {
    // Console pages forbid scripts from fetching (CSP); a web-chat page of the same origin may.
    await page.goto(`${base}/healthz`)
    const res = await page.evaluate(async (text) => {
      const r = await fetch('/api/v1/messages', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: 'e2e-citizen', text }),
      })
      return (await r.json()) as { replies: { text: string; citations?: string[] }[] }
    }, QUESTION)
    expect(res.replies[0]?.citations).toEqual([ENTRY.id])
    expect(res.replies[0]?.text).toContain(`《${ENTRY.title}》`)
    await page.setContent(
      `<meta charset="utf-8"><body style="font:16px sans-serif;padding:20px"><h3>POST /api/v1/messages → ${QUESTION}</h3><pre style="white-space:pre-wrap">${JSON.stringify(res, null, 2).replace(/</g, '&lt;')}</pre></body>`,
    )
    await page.screenshot({ path: `${ARTIFACTS}console-chat.png` })
  })
})
