/**
 * Knowledge entries are written in Markdown, but WeChat, Weibo, SMS-like web chat and Telegram without a
 * parse mode show text as typed: "**简要回答：**" would reach the citizen with its asterisks. This keeps the
 * words and the line structure and drops the markup.
 */
export function plainText(md: string): string {
  return (
    md
      .replace(/\r\n?/g, '\n')
      // Headings: "## 办理材料" → "办理材料"
      .replace(/^[ \t]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm, '$1')
      // Links and images: keep the text and the address, which a citizen may need.
      .replace(/!?\[([^\]\n]*)\]\(([^)\s]+)\)/g, (_, text: string, url: string) => (text ? `${text}（${url}）` : url))
      // Bold and italic markers around text; a lone * or _ (a footnote mark, 3*4) stays.
      .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
      .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2')
      // Inline code and block quotes.
      .replace(/`([^`\n]+)`/g, '$1')
      .replace(/^[ \t]{0,3}>[ \t]?/gm, '')
      // Bullets read better as a dot than as a hyphen in chat; numbered lists stay as written.
      .replace(/^([ \t]*)[-*+][ \t]+/gm, '$1• ')
      // Horizontal rules.
      .replace(/^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  )
}
