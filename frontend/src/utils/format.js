/** 2025-03-01T08:00:00Z → 2025-03-01 (local date); '' for nothing. */
export function formatDate(value) {
  if (!value) return ''
  const d = new Date(value)
  if (Number.isNaN(d.getTime())) return String(value)
  const pad = (n) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** 数字 with thousands separators in Chinese style (1,234). */
export function formatCount(n) {
  return Number(n || 0).toLocaleString('zh-CN')
}
