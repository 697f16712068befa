import { describe, expect, it } from 'vitest'
import { readPromptFiles, renderModule } from '../../src/cli/embedPrompts.js'
import { promptTemplates } from '../../src/llm/prompts.generated.js'
import { fill, parseTemplate, renderPrompt } from '../../src/llm/renderPrompt.js'

describe('prompt templates', () => {
  it('the embedded copy matches prompts/*.md (run `npm run prompts:generate` after editing)', async () => {
    const onDisk = readPromptFiles()
    expect(promptTemplates).toEqual(onDisk)
    expect(renderModule(onDisk)).toContain('export const promptTemplates')
  })

  it('every template has a system and a user section', () => {
    for (const [name, text] of Object.entries(promptTemplates)) {
      const t = parseTemplate(text)
      expect(t.system.length, name).toBeGreaterThan(20)
      expect(t.user.length, name).toBeGreaterThan(5)
    }
  })

  it('renders the grounded-answer prompt and never re-substitutes inside values', () => {
    const p = renderPrompt('grounded-answer.v1', { question: '问{{entries}}', count: 1, entries: '[条目 id=a]' })
    expect(p.name).toBe('grounded-answer.v1')
    expect(p.system).toContain('只能依据')
    expect(p.user).toContain('问{{entries}}')
    expect(p.user).toContain('[条目 id=a]')
    expect(() => fill('{{missing}}', {})).toThrow(/missing/)
  })
})
