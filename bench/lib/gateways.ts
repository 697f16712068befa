/**
 * Gateway processes under test: `src/main.ts`, exactly as `npm start` runs it, configured by
 * environment only. PGlite gets a fresh DATA_DIR; PostgreSQL instances share one DATABASE_URL.
 */
import { createServer } from 'node:net'
import { type Child, spawnChild } from './proc.js'
import { startFlags } from './startFlags.js'
import { BOT_TOKEN, WEBHOOK_SECRET } from './telegramUpdates.js'

export const ADMIN_TOKEN = 'bench-admin-token-0123456789'

export type GatewayStorage = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string }

export interface GatewayOptions {
  storage: GatewayStorage
  fakeTelegramUrl: string
  instances: number
  /** Directory for `node --cpu-prof` output; no profiling when absent. */
  profileDir?: string
  env?: Record<string, string>
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address()
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0))
    })
  })
}

function envFor(o: GatewayOptions): Record<string, string> {
  return {
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ADMIN_TOKEN,
    TELEGRAM_BOT_TOKEN: BOT_TOKEN,
    TELEGRAM_WEBHOOK_SECRET: WEBHOOK_SECRET,
    TELEGRAM_API_ROOT: o.fakeTelegramUrl,
    // No LLM in the measured path: answers are the knowledge entries themselves.
    OPENAI_API_KEY: '',
    OPENAI_BASE_URL: '',
    OPENAI_MODEL: '',
    ...(o.storage.kind === 'pglite'
      ? { DATA_DIR: o.storage.dataDir, DATABASE_URL: '' }
      : { DATABASE_URL: o.storage.url }),
    ...o.env,
  }
}

async function startOne(o: GatewayOptions, i: number): Promise<Child> {
  // One directory per instance: node writes one profile per thread (tsx's loader hooks run in a worker).
  const profile = o.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${o.profileDir}/gateway-${i}`] : []
  return spawnChild({
    name: `gateway-${i}`,
    script: 'src/main.ts',
    port: await freePort(),
    env: envFor(o),
    nodeArgs: [...startFlags(), ...profile],
    readyPath: '/healthz',
    timeoutMs: 180_000,
  })
}

/** The first instance migrates and loads knowledge alone; the others then start side by side. */
export async function startGateways(o: GatewayOptions): Promise<{ gateways: Child[]; startupMs: number }> {
  const t0 = performance.now()
  const first = await startOne(o, 0)
  const startupMs = Math.round(performance.now() - t0)
  const rest = await Promise.allSettled(Array.from({ length: o.instances - 1 }, (_, i) => startOne(o, i + 1)))
  const gateways = [first, ...rest.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))]
  const failed = rest.find((r) => r.status === 'rejected')
  if (failed) {
    await stopAll(gateways)
    throw (failed as PromiseRejectedResult).reason
  }
  return { gateways, startupMs }
}

export async function stopAll(children: Child[]): Promise<void> {
  await Promise.all(children.map((c) => c.stop()))
}
