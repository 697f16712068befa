/** A full gateway (services + Hono app) on test storage, driven with `app.request`. */
import { buildServices } from '../../src/buildServices.js'
import { loadKnowledgeDir } from '../../src/cli/loadKnowledgeDir.js'
import { parseConfig } from '../../src/config.js'
import { createApp } from '../../src/http/createApp.js'
import { createLogger, silentLogger } from '../../src/logger.js'
import type { Services } from '../../src/services.js'
import { openTestStorage } from './testStorage.js'

export const ADMIN = 'test-admin-token-0123456789'

export interface TestGateway {
  app: ReturnType<typeof createApp>
  services: Services
  close(): Promise<void>
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>
  get(path: string, headers?: Record<string, string>): Promise<{ status: number; json: any }>
  admin: Record<string, string>
}

export async function startTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const storage = await openTestStorage()
  await loadKnowledgeDir(storage.db, 'knowledge/policies', silentLogger)
  // TEST_LOG=error shows what went wrong behind a 500.
  const log = process.env.TEST_LOG ? createLogger(process.env.TEST_LOG as 'error') : silentLogger
  const services = await buildServices(parseConfig({ ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'silent', ...env }), storage, log)
  const app = createApp(services)
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.request(path, {
      method,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await res.text()
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      json = text
    }
    return { status: res.status, json }
  }
  return {
    app,
    services,
    close: () => storage.close(),
    post: (p, b, h) => call('POST', p, b, h),
    get: (p, h) => call('GET', p, undefined, h),
    admin: { authorization: `Bearer ${ADMIN}` },
  }
}
