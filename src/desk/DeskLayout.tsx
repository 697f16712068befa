/** The department workbench's page shell: the console's look, the department's own navigation. */
import type { Child } from 'hono/jsx'
import { CSS, PageMain, SignedIn } from '../console/Layout.js'

const EXTRA_CSS = `
.s-open{background:#fff3cd}.s-doing{background:#cfe2ff}.s-closed{background:#d1e7dd}.s-other{background:#e2e3e5}
.overdue{color:#b02a37;font-weight:600}.soon{color:#b35c00;font-weight:600}
details.action{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:10px 14px;margin-bottom:10px}
details.action summary{cursor:pointer;font-weight:600}
`

export const DESK_NAV = [
  { view: 'todo', label: '待签收' },
  { view: 'doing', label: '办理中' },
  { view: 'overdue', label: '已超期' },
  { view: 'closed', label: '已办结' },
  { view: 'all', label: '全部' },
] as const
export type DeskView = (typeof DESK_NAV)[number]['view']

export function DeskLayout(props: {
  title: string
  department?: string | null
  active?: DeskView | null
  flash?: string | null
  error?: string | null
  children?: Child
}) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · 承办单位工作台`}</title>
        <style>{CSS + EXTRA_CSS}</style>
      </head>
      <body>
        <header>
          <span class="brand">12345 承办单位工作台</span>
          {props.department &&
            DESK_NAV.map((n) => (
              <a href={`/desk?view=${n.view}`} class={props.active === n.view ? 'on' : ''}>
                {n.label}
              </a>
            ))}
          {props.department && <SignedIn label={props.department} logout="/desk/logout" />}
        </header>
        <PageMain flash={props.flash} error={props.error}>
          {props.children}
        </PageMain>
      </body>
    </html>
  )
}
