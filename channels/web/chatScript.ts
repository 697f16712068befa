/**
 * The web chat's browser script, served as /chat/chat.js (see chatPage.ts). Plain ES2020, no build step.
 * - The citizen is a random id kept in this browser: the web channel knows people only by it, so it must be
 *   unguessable (128 random bits), never a name or a phone number.
 * - Every message carries its own id, so a retry after a dropped connection is answered once, not twice.
 * - Replies are read from the conversation's message feed, the same way later ones arrive (a department's
 *   result, the satisfaction callback): one path renders them all, each once.
 */
export const CHAT_SCRIPT = `(() => {
  'use strict'
  const KEY = 'citizen-gateway.web.'
  const store = {
    get: (k) => { try { return localStorage.getItem(KEY + k) } catch { return null } },
    set: (k, v) => { try { localStorage.setItem(KEY + k, v) } catch {} },
  }
  const randomId = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')
  let userId = store.get('userId')
  if (!userId || !/^web-[0-9a-f]{32}$/.test(userId)) { userId = 'web-' + randomId(); store.set('userId', userId) }
  let conversationId = store.get('conversationId')
  let cursor = store.get('cursor')
  const shown = new Set()
  const log = document.getElementById('log')
  const form = document.getElementById('send')
  const input = document.getElementById('text')
  const submit = document.getElementById('submit')
  const locate = document.getElementById('locate')

  function bubble(text, who) {
    const el = document.createElement('div')
    el.className = 'msg ' + who
    el.textContent = text
    log.appendChild(el)
    log.scrollTop = log.scrollHeight
    return el
  }
  function note(text) {
    const el = document.createElement('div')
    el.className = 'note'
    el.textContent = text
    log.appendChild(el)
    log.scrollTop = log.scrollHeight
  }

  async function fetchFeed(withOwn) {
    if (!conversationId) return
    for (let page = 0; page < 20; page++) {
      const q = new URLSearchParams({ limit: '100' })
      if (cursor) q.set('after', cursor)
      const r = await fetch('/api/v1/conversations/' + encodeURIComponent(conversationId) + '/messages?' + q)
      if (r.status === 404) { conversationId = null; cursor = null; store.set('conversationId', ''); store.set('cursor', ''); return }
      if (!r.ok) return
      const body = await r.json()
      for (const m of body.messages) {
        if (shown.has(m.id)) continue
        shown.add(m.id)
        if (m.direction === 'out' && m.text) bubble(m.text, 'out')
        else if (withOwn && m.direction === 'in') bubble(m.text || '📍 我的位置', 'in')
      }
      if (body.next) { cursor = body.next; store.set('cursor', cursor) }
      if (!body.next || body.messages.length === 0) return
    }
  }

  let busy = false
  async function send(payload, label) {
    if (busy) return
    busy = true
    submit.disabled = true
    const mine = bubble(label, 'in')
    const body = JSON.stringify(Object.assign({ userId, channel: 'web', messageId: 'web-' + randomId() }, payload))
    try {
      for (let attempt = 0; ; attempt++) {
        let r
        try {
          r = await fetch('/api/v1/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        } catch (e) {
          r = null
        }
        if (r && r.ok) {
          const res = await r.json()
          if (res.conversationId && res.conversationId !== conversationId) {
            conversationId = res.conversationId
            store.set('conversationId', conversationId)
          }
          await fetchFeed(false)
          return true
        }
        if (r && r.status === 429) {
          mine.classList.add('failed')
          note('发送太频繁，请 ' + (r.headers.get('retry-after') || '60') + ' 秒后再试。')
          return false
        }
        if (r && r.status < 500) {
          const err = await r.json().catch(() => null)
          mine.classList.add('failed')
          note('发送失败：' + ((err && err.error && err.error.message) || r.status))
          return false
        }
        if (attempt >= 2) {
          mine.classList.add('failed')
          note('网络不稳定，消息未能送达，请稍后重试。')
          return false
        }
        await new Promise((ok) => setTimeout(ok, 800 * (attempt + 1)))
      }
    } finally {
      busy = false
      submit.disabled = false
    }
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault()
    const text = input.value.trim()
    if (!text) return
    input.value = ''
    if (!(await send({ text }, text))) input.value = text
    input.focus()
  })
  input.addEventListener('keydown', (e) => {
    // Enter sends; Shift+Enter is a new line; Enter that picks a word in a Chinese input method does neither.
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
      e.preventDefault()
      form.requestSubmit()
    }
  })
  locate.addEventListener('click', () => {
    if (!navigator.geolocation) return note('此浏览器不能获取位置，请直接输入地点。')
    locate.disabled = true
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        locate.disabled = false
        send({ location: { lat: pos.coords.latitude, lng: pos.coords.longitude } }, '📍 我的位置')
      },
      () => {
        locate.disabled = false
        note('未能获取位置，请直接输入所在区、街道或小区。')
      },
      { enableHighAccuracy: true, timeout: 10000 },
    )
  })

  async function start() {
    if (conversationId) {
      cursor = null
      await fetchFeed(true)
    }
    if (!log.querySelector('.msg')) note('您好！请直接描述遇到的问题（发生在哪里、什么情况），或咨询政策。')
  }
  // Later replies (a department's result, the satisfaction callback) arrive while the page is open.
  setInterval(() => { if (!busy && document.visibilityState === 'visible') fetchFeed(false) }, 15000)
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible' && !busy) fetchFeed(false) })
  start()
})()
`
