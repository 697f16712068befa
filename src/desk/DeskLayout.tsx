/** The department workbench's page shell: the console's look, the department's own navigation. */
import type { Child } from 'hono/jsx'
import { PageShell } from '../console/Layout.js'

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
    <PageShell
      title={`${props.title} · 承办单位工作台`}
      brand="12345 承办单位工作台"
      nav={
        props.department
          ? DESK_NAV.map((n) => ({ href: `/desk?view=${n.view}`, label: n.label, on: props.active === n.view }))
          : []
      }
      signedIn={props.department ? { label: props.department, logout: '/desk/logout' } : null}
      css={EXTRA_CSS}
      flash={props.flash}
      error={props.error}
    >
      {props.children}
    </PageShell>
  )
}
