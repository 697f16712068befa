/**
 * An urgent matter's receipt tells the citizen where to turn if it turns dangerous; an ordinary one does
 * not. Runs on PGlite and, with STORAGE_TEST_DATABASE_URL, on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { URGENT_SAFETY_LINE } from '../../src/conversation/replies.js'
import { clockAt, type LifecycleGateway, startLifecycleGateway } from '../lifecycle/lifecycleGateway.js'
import { storageKind } from '../helpers/testStorage.js'

describe(`urgent ticket receipts on ${storageKind}`, () => {
  let gw: LifecycleGateway
  beforeAll(async () => {
    gw = await startLifecycleGateway({ clock: clockAt('2026-03-10T09:00:00+08:00') })
  })
  afterAll(async () => gw?.close())

  it('adds the 110/119/120 line to an urgent ticket only', async () => {
    const urgent = await gw.say('urgent-1', '朝阳区望京街道花家地西里3号楼的电梯困人了，物业电话打不通')
    const receipt = urgent.json.replies.map((r: { text: string }) => r.text).join('\n')
    expect(urgent.json.ticket.number).toBeTruthy()
    // Urgent, not an emergency: no "call 119 now" advice, but the line for if it gets worse.
    expect(receipt).not.toContain('情况紧急')
    expect(receipt).toContain(URGENT_SAFETY_LINE)

    const normal = await gw.say('urgent-2', '朝阳区望京街道花家地西里小区门口的路灯坏了好几天了，请修一下')
    expect(normal.json.ticket.number).toBeTruthy()
    expect(normal.json.replies.map((r: { text: string }) => r.text).join('\n')).not.toContain('110、119或120')
  })
})
