/**
 * Prompt templates live in `prompts/<id>.v<version>.md` (front matter, then `## system` and `## user`
 * sections with `{{name}}` placeholders) and are embedded by `npm run prompts:generate`.
 */
import { promptTemplates } from './prompts.generated.js'

export interface RenderedPrompt {
  /** e.g. `grounded-answer.v1`, logged with every call so answers can be traced to the prompt version. */
  name: string
  system: string
  user: string
}

export function parseTemplate(text: string): { system: string; user: string } {
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '')
  const section = (name: string) => {
    const m = new RegExp(`^## ${name}[ \\t]*\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(body)
    if (!m) throw new Error(`prompt template has no "## ${name}" section`)
    return (m[1] as string).trim()
  }
  return { system: section('system'), user: section('user') }
}

/** Fills `{{name}}` placeholders in one pass, so text inside a value is never itself substituted. */
export function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!(key in vars)) throw new Error(`prompt placeholder {{${key}}} has no value`)
    return String(vars[key])
  })
}

export function renderPrompt(
  name: string,
  vars: Record<string, string | number>,
  templates = promptTemplates,
): RenderedPrompt {
  const text = templates[name]
  if (text === undefined) throw new Error(`no prompt template "${name}" (see prompts/)`)
  const t = parseTemplate(text)
  return { name, system: fill(t.system, vars), user: fill(t.user, vars) }
}
