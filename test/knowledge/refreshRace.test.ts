/**
 * A forced refresh applies a change committed just before it, even when a refresh that read the change
 * counter earlier is still running (the console refreshes this way after every publish).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryInputSchema } from '../../src/knowledge/entrySchema.js'
import { KnowledgeService } from '../../src/knowledge/KnowledgeService.js'
import { upsertEntries } from '../../src/knowledge/upsertEntries.js'
import type { Db, Storage } from '../../src/storage/db.js'
import { openTestStorage } from '../helpers/testStorage.js'

let storage: Storage
beforeAll(async () => {
  storage = await openTestStorage()
})
afterAll(() => storage?.close())

const entry = (id: string, title: string) =>
  entryInputSchema.parse({
    id,
    title,
    questions: [title],
    body: `问：${title}？\n答：到所在街道办理。`,
    state: 'published',
  })

describe('KnowledgeService.refreshIfChanged(force)', () => {
  it('applies a change committed while an earlier refresh is in flight', async () => {
    // The earlier refresh reads the change counter, then is held (as a slow connection would hold it)
    // until the entry has been written and the forced refresh has been asked for.
    let hold = true
    let release = () => {}
    const released = new Promise<void>((r) => {
      release = r
    })
    const slowDb = new Proxy(storage.db, {
      get(target, key, receiver) {
        if (key !== 'execute') return Reflect.get(target, key, receiver)
        return async (...args: Parameters<Db['execute']>) => {
          const result = await target.execute(...args)
          if (hold) {
            hold = false
            await released
          }
          return result
        }
      },
    }) as Db
    const knowledge = new KnowledgeService(slowDb, { checkIntervalMs: 60_000 })
    hold = false
    await knowledge.load()
    hold = true
    const earlier = knowledge.refreshIfChanged(true)
    await upsertEntries(storage.db, [entry('race-entry-1', '夜间施工许可怎么查询')], 'tester')
    const forced = knowledge.refreshIfChanged(true)
    release()
    await forced
    expect(knowledge.state.index.has('race-entry-1')).toBe(true)
    await earlier
  })

  it('lets an unforced call within the interval return without reading anything', async () => {
    const knowledge = new KnowledgeService(storage.db, { checkIntervalMs: 60_000 })
    await knowledge.load()
    await knowledge.refreshIfChanged()
    await upsertEntries(storage.db, [entry('race-entry-2', '共享单车乱停放找谁')], 'tester')
    await knowledge.refreshIfChanged()
    expect(knowledge.state.index.has('race-entry-2')).toBe(false)
    await knowledge.refreshIfChanged(true)
    expect(knowledge.state.index.has('race-entry-2')).toBe(true)
  })
})
