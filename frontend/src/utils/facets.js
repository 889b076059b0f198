// A search answer's facets ({ category: [{ key, name, count }], ... }) turned into the options a
// filter lists, each with the number of results choosing it would leave.

/** One facet's buckets by key. */
export function facetBuckets(facets, name) {
  return new Map((facets?.[name] || []).map((f) => [String(f.key), f]))
}

/**
 * Every entry of a fixed vocabulary ({ code, name }), counted or 0: a choice with no results now
 * still shows. `keysOf` lists the bucket keys an entry may be counted under (first found wins).
 */
export function vocabularyOptions(entries, buckets, keysOf = (e) => [e.code]) {
  return entries.map((e) => {
    const bucket = keysOf(e).map((k) => buckets.get(k)).find(Boolean)
    return { value: e.code, label: e.name, count: bucket?.count ?? 0 }
  })
}

/**
 * An open facet's buckets, plus the selected values this answer has none of, so a choice made
 * earlier (or in a shared link) stays listed and can be taken off. `labelOf` names those.
 */
export function bucketOptions(buckets, selected, labelOf = (value) => value) {
  const options = [...buckets.values()].map((f) => ({ value: f.key, label: f.name || f.key, count: f.count }))
  for (const value of selected) {
    if (!buckets.has(value)) options.push({ value, label: labelOf(value), count: 0 })
  }
  return options
}
