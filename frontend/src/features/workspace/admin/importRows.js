// Rejected import records as table rows (one per field error) and as CSV for download.

/** result.rejected [{ index, externalId, errors:[{field, message}] }] → [{ row, externalId, field, message }]; row counts from 1. */
export function rejectedRows(result) {
  const out = []
  for (const r of result?.rejected || []) {
    const errors = r.errors?.length ? r.errors : [{ field: '', message: '无法读取' }]
    for (const e of errors) {
      out.push({ row: (r.index ?? 0) + 1, externalId: r.externalId || '', field: e.field === '$' ? '（整条记录）' : e.field, message: e.message })
    }
  }
  return out
}

function cell(value) {
  const text = String(value ?? '')
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function rowsToCsv(rows) {
  const lines = [['行号', '外部编号', '字段', '问题'].join(',')]
  for (const r of rows) lines.push([r.row, r.externalId, r.field, r.message].map(cell).join(','))
  return lines.join('\r\n') + '\r\n'
}
