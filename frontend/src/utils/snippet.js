// Search snippets come with <em> around the matched words. They are shown with v-html, so
// everything else is escaped: the only markup that survives is a bare <em> or </em>.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c])
}

/** Escapes a snippet, then turns back only exact `<em>` / `</em>` tags. */
export function safeSnippet(snippet) {
  return escapeHtml(snippet).replace(/&lt;(\/?)em&gt;/g, '<$1em>')
}
