/**
 * Ticket numbers are read back by every API and page from one rule: any case, a prefix of 1 to 8 letters
 * (TICKET_PREFIX), and never a ticket id (a UUID). A gateway with a long prefix finds its own tickets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TICKET_NUMBER } from '../../src/tickets/ticketNumber.js'
import { startTestGateway, type TestGateway } from '../helpers/testApp.js'

describe('TICKET_NUMBER', () => {
  it('matches numbers with prefixes of 1 to 8 letters in any case, and no UUID', () => {
    for (const n of ['BJ-20261122-000123', 'bj-20261122-000123', 'FUZHOU-20261122-000001', 'G-20261122-1'])
      expect(TICKET_NUMBER.test(n), n).toBe(true)
    for (const n of ['ABCDEFGHI-20261122-000001', 'BJ-2026112-000001', '5f0c3a4e-8d1b-4c2e-9a7f-0b1c2d3e4f50'])
      expect(TICKET_NUMBER.test(n), n).toBe(false)
  })
})

describe('a gateway with a long ticket prefix', () => {
  let gw: TestGateway
  beforeAll(async () => {
    gw = await startTestGateway({ TICKET_PREFIX: 'FUZHOU' })
  })
  afterAll(async () => gw?.close())

  it('finds its tickets by number through the admin and department APIs', async () => {
    const filed = await gw.post('/api/v1/messages', {
      userId: 'prefix-1',
      text: '东城区东华门街道南池子大街12号门口的井盖丢了，晚上很危险',
    })
    const number: string = filed.json.ticket.number
    expect(number).toMatch(/^FUZHOU-\d{8}-\d{6}$/)
    expect((await gw.get(`/api/v1/tickets/${number.toLowerCase()}`, gw.admin)).json.id).toBe(filed.json.ticket.id)
    const issued = await gw.post(`/api/v1/admin/departments/${filed.json.ticket.department.id}/tokens`, {}, gw.admin)
    const dept = { authorization: `Bearer ${issued.json.token}` }
    expect((await gw.get(`/api/v1/department/tickets/${number}`, dept)).status).toBe(200)
    expect((await gw.post(`/api/v1/department/tickets/${number}/accept`, {}, dept)).status).toBe(200)
  })
})
