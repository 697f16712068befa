/**
 * A full gateway for lifecycle tests, with a clock the test moves (deadlines, callbacks and months
 * are all about time) and the dashboard's chart library readable from node_modules.
 */
import { buildServices } from '../../src/buildServices.js'
import { loadKnowledgeDir } from '../../src/cli/loadKnowledgeDir.js'
import { parseConfig } from '../../src/config.js'
import { readNodeAsset } from '../../src/console/dashboard/nodeAssets.js'
import { createApp } from '../../src/http/createApp.js'
import { createLogger, silentLogger } from '../../src/logger.js'
import type { Services } from '../../src/services.js'
import { openTestStorage } from '../helpers/testStorage.js'

export const ADMIN = 'lifecycle-admin-token-0123456789'
export const OPEN311_KEY = 'open311-test-key-abcdef'

export interface Clock {
  now: Date
  set(iso: string): void
  advanceHours(h: number): void
}

export function clockAt(iso: string): Clock {
  const c: Clock = {
    now: new Date(iso),
    set(s) {
      c.now = new Date(s)
    },
    advanceHours(h) {
      c.now = new Date(c.now.getTime() + h * 3_600_000)
    },
  }
  return c
}

export interface Res {
  status: number
  json: any
  text: string
  headers: Headers
}

export interface LifecycleGateway {
  app: ReturnType<typeof createApp>
  s: Services
  clock: Clock
  admin: Record<string, string>
  close(): Promise<void>
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Res>
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Res>
  get(path: string, headers?: Record<string, string>): Promise<Res>
  /** A department token issued through the admin API. */
  departmentToken(departmentId: string): Promise<Record<string, string>>
  /** One web-chat message from `userId`. */
  say(userId: string, text: string, extra?: Record<string, unknown>): Promise<Res>
}

export async function startLifecycleGateway(
  opts: { clock?: Clock; env?: Record<string, string>; knowledge?: boolean } = {},
): Promise<LifecycleGateway> {
  const storage = await openTestStorage()
  if (opts.knowledge) await loadKnowledgeDir(storage.db, 'knowledge/policies', silentLogger)
  const clock = opts.clock ?? clockAt(new Date().toISOString())
  const log = process.env.TEST_LOG ? createLogger(process.env.TEST_LOG as 'error') : silentLogger
  const config = parseConfig({
    ADMIN_TOKEN: ADMIN,
    LOG_LEVEL: 'silent',
    OPEN311_API_KEYS: `testapp:${OPEN311_KEY}`,
    ...opts.env,
  })
  const s = await buildServices(config, storage, log, { now: () => clock.now, readAsset: readNodeAsset })
  const app = createApp(s)
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Res> => {
    const isString = typeof body === 'string'
    const res = await app.request(path, {
      method,
      headers: body === undefined || isString ? headers : { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : isString ? body : JSON.stringify(body),
    })
    const text = await res.text()
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      json = null
    }
    return { status: res.status, json, text, headers: res.headers }
  }
  const admin = { authorization: `Bearer ${ADMIN}` }
  return {
    app,
    s,
    clock,
    admin,
    close: () => storage.close(),
    call,
    post: (p, b, h) => call('POST', p, b ?? {}, h),
    get: (p, h) => call('GET', p, undefined, h),
    async departmentToken(departmentId) {
      const r = await call('POST', `/api/v1/admin/departments/${departmentId}/tokens`, { label: 'test' }, admin)
      if (r.status !== 201) throw new Error(`token for ${departmentId}: ${r.status} ${r.text}`)
      return { authorization: `Bearer ${r.json.token}` }
    },
    say: (userId, text, extra = {}) => call('POST', '/api/v1/messages', { userId, text, ...extra }),
  }
}
