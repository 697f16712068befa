/** Serves the citizen web chat (channels/web): the page at /chat and its script. */
import { CHAT_CSP, CHAT_SCRIPT_PATH, chatPage } from '../../../channels/web/chatPage.js'
import { CHAT_SCRIPT } from '../../../channels/web/chatScript.js'
import type { Services } from '../../services.js'
import type { Router } from '../appTypes.js'

export function registerWebChatRoutes(app: Router, s: Services): void {
  const page = chatPage({ city: s.config.CITY })
  app.get('/chat', (c) =>
    c.html(page, 200, {
      'content-security-policy': CHAT_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
      // The location button asks for the position of this page only.
      'permissions-policy': 'geolocation=(self), camera=(), microphone=()',
    }),
  )
  app.get(CHAT_SCRIPT_PATH, (c) =>
    c.body(CHAT_SCRIPT, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    }),
  )
}
