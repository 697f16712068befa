/**
 * The citizen's web chat: one page, phone-first, in Chinese. It talks only to the public chat API
 * (POST /api/v1/messages, GET /api/v1/conversations/:id/messages), so it stays a channel like any other.
 * The script is served from its own path (chatScript.ts) so the page's policy can refuse inline scripts.
 */

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string)

export const CHAT_SCRIPT_PATH = '/chat/chat.js'

/** Scripts from this origin only; the API is same-origin; no framing, no plug-ins. */
export const CHAT_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

export function chatPage(opts: { city: string }): string {
  const city = esc(opts.city.replace(/市$/, ''))
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<title>${city}12345 网上服务</title>
<link rel="icon" href="data:,">
<style>
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{display:flex;flex-direction:column;font:16px/1.5 -apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;background:#f2f3f5;color:#1f2329}
header{background:#c8161d;color:#fff;padding:10px 16px}
header h1{font-size:18px;margin:0}
header p{font-size:13px;margin:2px 0 0;opacity:.9}
#log{flex:1;overflow-y:auto;padding:12px 12px 4px}
.msg{max-width:85%;margin:6px 0;padding:8px 12px;border-radius:12px;white-space:pre-wrap;word-break:break-word}
.in{margin-left:auto;background:#95ec69;border-bottom-right-radius:4px}
.out{background:#fff;border-bottom-left-radius:4px;box-shadow:0 1px 1px rgba(0,0,0,.06)}
.note{text-align:center;font-size:12px;color:#8f959e;margin:8px 0}
.failed{outline:2px solid #f54a45}
form{display:flex;gap:8px;padding:8px 12px calc(8px + env(safe-area-inset-bottom));background:#fff;border-top:1px solid #e5e6eb}
textarea{flex:1;resize:none;font:inherit;padding:8px;border:1px solid #d0d3d6;border-radius:8px;max-height:120px}
button{font:inherit;border:0;border-radius:8px;padding:0 14px;background:#c8161d;color:#fff;min-width:56px}
button.secondary{background:#fff;color:#1f2329;border:1px solid #d0d3d6}
button:disabled{opacity:.5}
</style>
</head>
<body>
<header>
<h1>${city}12345 市民服务热线 · 网上服务</h1>
<p>反映问题请说明地点和情况；紧急情况请直接拨打 110、119、120。</p>
</header>
<main id="log" aria-live="polite" aria-label="对话记录"></main>
<form id="send" autocomplete="off">
<button type="button" id="locate" class="secondary" aria-label="发送我的位置">位置</button>
<label for="text" class="note" hidden>输入消息</label>
<textarea id="text" rows="1" maxlength="4000" placeholder="请描述您遇到的问题或要咨询的政策" required></textarea>
<button type="submit" id="submit">发送</button>
</form>
<script src="${CHAT_SCRIPT_PATH}" defer></script>
</body>
</html>`
}
