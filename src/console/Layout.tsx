/** The console's page shell: inline CSS (no external assets), navigation by role, and a flash message. */
import type { Child } from 'hono/jsx'
import { hasRole, type Identity } from './consoleAuth.js'

/** Shared with the department workbench (src/desk), so both read alike. */
export const CSS = `
*{box-sizing:border-box}body{margin:0;font:15px/1.6 -apple-system,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:#1f2328;background:#f6f7f9}
header{background:#b71c1c;color:#fff;padding:0 20px;display:flex;align-items:center;gap:18px;flex-wrap:wrap}
header a{color:#fff;text-decoration:none;padding:12px 4px;display:inline-block}header a.on{border-bottom:3px solid #fff}
header .brand{font-weight:600;margin-right:10px}header .me{margin-left:auto;font-size:13px;opacity:.9}
header form{display:inline}header button{background:none;border:1px solid #fff8;color:#fff;border-radius:4px;cursor:pointer}
main{max-width:1100px;margin:20px auto;padding:0 20px}
h1{font-size:22px;margin:8px 0 16px}h2{font-size:17px;margin:22px 0 10px}
.card{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:16px;margin-bottom:16px}
table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:7px 8px;border-bottom:1px solid #e6e8eb;vertical-align:top}
th{background:#f0f2f4;font-weight:600;font-size:13px}
label{display:block;font-weight:600;margin:10px 0 4px}input[type=text],input[type=password],input[type=date],input[type=search],select,textarea{width:100%;padding:7px 9px;border:1px solid #c7ccd1;border-radius:4px;font:inherit}
textarea{min-height:90px}textarea.body{min-height:260px}
.row{display:flex;gap:14px;flex-wrap:wrap}.row>*{flex:1;min-width:160px}
button,.btn{display:inline-block;padding:7px 16px;border-radius:4px;border:1px solid #b71c1c;background:#b71c1c;color:#fff;font:inherit;cursor:pointer;text-decoration:none}
button.secondary,.btn.secondary{background:#fff;color:#b71c1c}button.plain{background:#fff;color:#444;border-color:#aaa}
.actions{display:flex;gap:10px;flex-wrap:wrap;margin-top:14px;align-items:center}.actions form{margin:0}
.badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;background:#e6e8eb}
.s-draft{background:#fff3cd}.s-review{background:#cfe2ff}.s-published{background:#d1e7dd}.s-archived{background:#e2e3e5;color:#555}
.flash{padding:10px 14px;border-radius:5px;margin-bottom:14px;background:#d1e7dd}.flash.error{background:#f8d7da}
pre{white-space:pre-wrap;word-break:break-all;margin:0;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace}
.diff .add{background:#e6ffec}.diff .del{background:#ffebe9}.diff .hd{color:#6f42c1;font-weight:600}
.reply{white-space:pre-wrap;background:#f0f7ff;border-left:4px solid #0d6efd;padding:10px 14px}
.muted{color:#667;font-size:13px}.ok{color:#146c43;font-weight:600}.no{color:#b02a37;font-weight:600}
.token{font:15px ui-monospace,monospace;background:#fff3cd;padding:8px;border-radius:4px;word-break:break-all}
p.facts{display:flex;gap:22px;flex-wrap:wrap}a.citation{margin-right:8px}
dl.features{display:grid;grid-template-columns:auto auto;gap:0 10px;margin:0;font-size:12px;color:#556;min-width:210px}dl.features dd{margin:0;text-align:right;font-variant-numeric:tabular-nums}
ol.timeline{list-style:none;padding:0;margin:0}ol.timeline li{padding:6px 0;border-bottom:1px dashed #e6e8eb}
ol.timeline .when{color:#667;font-size:13px;margin-right:10px;font-variant-numeric:tabular-nums}
.text{white-space:pre-wrap;word-break:break-word}
dl.meta{display:grid;grid-template-columns:110px 1fr;gap:4px 12px;margin:0}dl.meta dt{color:#667}dl.meta dd{margin:0}
`

const NAV: { href: string; label: string; min?: 'reviewer' | 'admin' }[] = [
  { href: '/console/entries', label: '知识条目' },
  { href: '/console/entries?state=review', label: '待审核' },
  { href: '/console/entries/new', label: '新建条目' },
  { href: '/console/try', label: '试一试' },
  { href: '/console/gaps', label: '未答问题' },
  { href: '/console/dispatch', label: '派单', min: 'admin' },
  { href: '/console/editors', label: '编辑账号', min: 'admin' },
]

export const ROLE_LABEL = { editor: '编辑', reviewer: '审核员', admin: '管理员' } as const

export function Layout(props: {
  title: string
  who?: Identity | null
  active?: string
  flash?: string | null
  error?: string | null
  children?: Child
}) {
  const who = props.who
  return (
    <PageShell
      title={`${props.title} · 知识库控制台`}
      brand="12345 知识库控制台"
      nav={
        who ? NAV.filter((n) => !n.min || hasRole(who, n.min)).map((n) => ({ ...n, on: props.active === n.href })) : []
      }
      signedIn={who ? { label: `${who.name}（${ROLE_LABEL[who.role]}）`, logout: '/console/logout' } : null}
      flash={props.flash}
      error={props.error}
    >
      {props.children}
    </PageShell>
  )
}

/** The staff pages' frame (console and department workbench): head, red header with navigation, body. */
export function PageShell(props: {
  title: string
  brand: string
  nav: { href: string; label: string; on: boolean }[]
  signedIn: { label: string; logout: string } | null
  css?: string
  flash?: string | null
  error?: string | null
  children?: Child
}) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <style>{CSS + (props.css ?? '')}</style>
      </head>
      <body>
        <header>
          <span class="brand">{props.brand}</span>
          {props.nav.map((n) => (
            <a href={n.href} class={n.on ? 'on' : ''}>
              {n.label}
            </a>
          ))}
          {props.signedIn && <SignedIn {...props.signedIn} />}
        </header>
        <PageMain flash={props.flash} error={props.error}>
          {props.children}
        </PageMain>
      </body>
    </html>
  )
}

/** A search box that opens one ticket by its number. */
export function NumberSearch(props: { action: string; placeholder: string; button: string }) {
  return (
    <form method="get" action={props.action} class="card row">
      <input type="search" name="number" placeholder={props.placeholder} aria-label="工单编号" />
      <div class="actions" style="flex:0">
        <button type="submit">{props.button}</button>
      </div>
    </form>
  )
}

/** Who is signed in, at the header's end, with the sign-out button. */
export function SignedIn(props: { label: string; logout: string }) {
  return (
    <span class="me">
      {props.label}{' '}
      <form method="post" action={props.logout}>
        <button type="submit">退出</button>
      </form>
    </span>
  )
}

/** The page body under the header: the flash or error line, then the content. */
export function PageMain(props: { flash?: string | null; error?: string | null; children?: Child }) {
  return (
    <main>
      {props.flash && <div class="flash">{props.flash}</div>}
      {props.error && <div class="flash error">{props.error}</div>}
      {props.children}
    </main>
  )
}

export const STATE_LABEL = { draft: '草稿', review: '待审核', published: '已发布', archived: '已归档' } as const

export function StateBadge(props: { state: keyof typeof STATE_LABEL; pending?: 'draft' | 'review' | null }) {
  return (
    <span>
      <span class={`badge s-${props.state}`}>{STATE_LABEL[props.state]}</span>
      {props.pending && <span class={`badge s-${props.pending}`}>修订{STATE_LABEL[props.pending]}</span>}
    </span>
  )
}

export function DiffView(props: { diff: string | null }) {
  if (!props.diff) return <span class="muted">（首个版本）</span>
  return (
    <pre class="diff">
      {props.diff.split('\n').map((l) => (
        <div class={l.startsWith('@@') ? 'hd' : l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : ''}>{l}</div>
      ))}
    </pre>
  )
}
