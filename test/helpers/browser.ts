/**
 * Browser tests: headless Debian Chromium (`apt-get install chromium fonts-wqy-microhei`, the font so
 * that screenshots show Chinese) driven by playwright-core,
 * against an app served on a loopback port. The flags keep Chromium off the network: this machine's
 * network is closed, and background requests would only fail and slow the start.
 */
import { existsSync, mkdirSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
/**
 * Browser tests run where Chromium is installed, and always in CI (`.ci/run` installs it): there a
 * missing browser fails the run instead of silently skipping the console's end-to-end test.
 */
export const BROWSER_TESTS = existsSync(CHROMIUM) || process.env.CI === 'true'
/** Screenshots go here (git-ignored). */
export const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname

export function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}

/** Serves `fetch` on a free loopback port; returns its base URL and a close function. */
export async function serveOnLoopback(
  fetch: (req: Request) => Response | Promise<Response>,
): Promise<{ base: string; close: () => Promise<void> }> {
  let server: ReturnType<typeof serve> | undefined
  await new Promise<void>((resolve) => {
    server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, () => resolve())
  })
  const s = server as ReturnType<typeof serve>
  return {
    base: `http://127.0.0.1:${(s.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => s.close(() => r())),
  }
}
