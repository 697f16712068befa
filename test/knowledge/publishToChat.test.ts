/**
 * A newly published entry is used by the very next chat answer: on the instance where it was published at
 * once, and on another instance sharing the database once its change-counter check comes round (≤ 1 s).
 * Runs on PGlite, and on PostgreSQL under `npm run test:pg`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildServices } from '../../src/buildServices.js'
import { loadKnowledgeDir } from '../../src/cli/loadKnowledgeDir.js'
import { parseConfig } from '../../src/config.js'
import { createApp } from '../../src/http/createApp.js'
import { silentLogger } from '../../src/logger.js'
import type { Storage } from '../../src/storage/db.js'
import { ADMIN } from '../helpers/testApp.js'
import { openTestStorage, storageKind } from '../helpers/testStorage.js'

let storage: Storage
let a: ReturnType<typeof createApp>
let b: ReturnType<typeof createApp>
const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' }

beforeAll(async () => {
  storage = await openTestStorage()
  await loadKnowledgeDir(storage.db, 'knowledge/policies', silentLogger)
  const config = parseConfig({ ADMIN_TOKEN: ADMIN, LOG_LEVEL: 'silent' })
  a = createApp(await buildServices(config, storage, silentLogger))
  b = createApp(await buildServices(config, storage, silentLogger))
})
afterAll(() => storage?.close())

const QUESTION = '请问北京市宠物医院夜间急诊补贴怎么申领？'
const ENTRY = {
  id: 'pet-night-er-subsidy',
  title: '宠物医院夜间急诊补贴申领',
  questions: ['宠物医院夜间急诊补贴怎么申领', '宠物夜间急诊有补贴吗'],
  body: '问：宠物医院夜间急诊补贴怎么申领？\n答：在本市登记犬只的饲养人，夜间急诊后凭发票与犬只登记证明，向所在街道申领一次性补贴。',
  audience: 'citizen',
}

interface Reply {
  replies: { text: string; citations?: string[] }[]
}

async function call(app: typeof a, method: string, path: string, body?: unknown) {
  const res = await app.request(path, {
    method,
    headers: admin,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json()) as Reply }
}
const chat = (app: typeof a, user: string) => call(app, 'POST', '/api/v1/messages', { userId: user, text: QUESTION })

describe(`a published entry answers the next chat message (${storageKind})`, () => {
  it('is not used while it is a draft', async () => {
    expect((await call(a, 'POST', '/api/v1/editor/entries', ENTRY)).status).toBe(201)
    const r = await chat(a, 'u1')
    expect(r.json.replies[0]?.citations ?? []).not.toContain(ENTRY.id)
    expect(r.json.replies[0]?.text).not.toContain(ENTRY.title)
  })

  it('answers with it right after publishing, on the publishing instance and on another one', async () => {
    // Instance b has looked at the counter just now, so it will not look again for up to a second.
    await chat(b, 'u2')
    const pub = await call(a, 'POST', `/api/v1/editor/entries/${ENTRY.id}/publish`)
    expect(pub.status).toBe(200)
    const r = await chat(a, 'u3')
    expect(r.json.replies[0]?.citations).toEqual([ENTRY.id])
    expect(r.json.replies[0]?.text).toContain(`《${ENTRY.title}》`)

    await new Promise((ok) => setTimeout(ok, 1100))
    const r2 = await chat(b, 'u4')
    expect(r2.json.replies[0]?.citations).toEqual([ENTRY.id])
  })

  it('stops answering with it on both instances once archived', async () => {
    expect((await call(b, 'POST', `/api/v1/editor/entries/${ENTRY.id}/archive`)).status).toBe(200)
    const r = await chat(b, 'u5')
    expect(r.json.replies[0]?.citations ?? []).not.toContain(ENTRY.id)
    await new Promise((ok) => setTimeout(ok, 1100))
    const r2 = await chat(a, 'u6')
    expect(r2.json.replies[0]?.citations ?? []).not.toContain(ENTRY.id)
  })
})
