import { describe, expect, it } from 'vitest'
import { parseConfig } from '../src/config.js'

describe('configuration', () => {
  it('has working defaults: port 8787, PGlite in ./.data, Beijing, no LLM', () => {
    const c = parseConfig({})
    expect(c).toMatchObject({ PORT: 8787, DATA_DIR: './.data', CITY: '北京市', ticketPrefix: 'BJ', llm: null })
    expect(c.DATABASE_URL).toBeUndefined()
    expect(c.ADMIN_TOKEN).toBeUndefined()
  })

  it('treats empty strings as unset and derives the ticket prefix from the city', () => {
    const c = parseConfig({ ADMIN_TOKEN: '  ', CITY: '福州市', DATABASE_URL: '' })
    expect(c.ADMIN_TOKEN).toBeUndefined()
    expect(c.DATABASE_URL).toBeUndefined()
    expect(c.ticketPrefix).toBe('FZ')
  })

  it('enables the LLM only with both a key and a model', () => {
    expect(parseConfig({ OPENAI_API_KEY: 'k' }).llm).toBeNull()
    expect(
      parseConfig({ OPENAI_API_KEY: 'k', OPENAI_MODEL: 'qwen-plus', OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' }).llm,
    ).toEqual({
      baseURL: 'http://127.0.0.1:9/v1',
      apiKey: 'k',
      model: 'qwen-plus',
      timeoutMs: 8000,
    })
  })

  it('parses per-source secrets and rejects a bad port with a clear message', () => {
    expect(parseConfig({ WEBHOOK_SECRETS: 'app1:s1, board:s2' }).WEBHOOK_SECRETS).toEqual({ app1: 's1', board: 's2' })
    expect(() => parseConfig({ PORT: 'eighty' })).toThrow(/PORT/)
  })

  it('takes a ticket prefix of 1 to 8 capital letters, and refuses one the APIs could not read back', () => {
    expect(parseConfig({ TICKET_PREFIX: 'FUZHOU' }).ticketPrefix).toBe('FUZHOU')
    expect(() => parseConfig({ TICKET_PREFIX: 'fz-1' })).toThrow(/TICKET_PREFIX/)
    expect(() => parseConfig({ TICKET_PREFIX: 'ABCDEFGHI' })).toThrow(/TICKET_PREFIX/)
  })
})
