// Page state kept in the URL's query string, so a shared link reopens the same view and the
// browser's back/forward buttons walk through earlier searches. A schema names each key's type:
//   { type: 'string' | 'list' | 'int' | 'number' | 'enum', default?, values? (enum), min?, max? }
// parseQuery() accepts whatever a user may type into the address bar and never throws;
// buildQuery() leaves out defaults and empty values, so URLs stay short.

function first(value) {
  return Array.isArray(value) ? value[0] : value
}

function parseOne(raw, spec) {
  const fallback = spec.default ?? (spec.type === 'list' ? [] : spec.type === 'string' || spec.type === 'enum' ? '' : null)
  switch (spec.type) {
    case 'list': {
      const list = (Array.isArray(raw) ? raw : raw == null ? [] : [raw])
        .flatMap((v) => String(v ?? '').split(','))
        .map((v) => v.trim())
        .filter(Boolean)
      return [...new Set(list)]
    }
    case 'int':
    case 'number': {
      const text = first(raw)
      if (text == null || text === '') return fallback
      const n = Number(text)
      if (!Number.isFinite(n) || (spec.type === 'int' && !Number.isInteger(n))) return fallback
      if ((spec.min != null && n < spec.min) || (spec.max != null && n > spec.max)) return fallback
      return n
    }
    case 'enum': {
      const text = String(first(raw) ?? '')
      return spec.values.includes(text) ? text : fallback
    }
    default: {
      const text = first(raw)
      return text == null ? fallback : String(text).trim()
    }
  }
}

export function parseQuery(query, schema) {
  const state = {}
  for (const [key, spec] of Object.entries(schema)) state[key] = parseOne(query?.[key], spec)
  return state
}

function isDefault(value, spec) {
  if (value == null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return spec.default !== undefined && value === spec.default
}

export function buildQuery(state, schema) {
  const query = {}
  for (const [key, spec] of Object.entries(schema)) {
    const value = state[key]
    if (isDefault(value, spec)) continue
    query[key] = Array.isArray(value) ? [...value] : String(value)
  }
  return query
}

/** Whether two route queries describe the same state (ignoring order of keys). */
export function sameQuery(a, b) {
  const norm = (q) =>
    JSON.stringify(
      Object.keys(q || {})
        .sort()
        .map((k) => [k, Array.isArray(q[k]) ? q[k].map(String) : [String(q[k])]]),
    )
  return norm(a) === norm(b)
}
