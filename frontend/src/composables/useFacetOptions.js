import { computed } from 'vue'
import { useTaxonomyStore } from '@/stores/taxonomy'
import { bucketOptions, facetBuckets, vocabularyOptions } from '@/utils/facets'

/**
 * Facet options with counts for a filters panel whose props are { state, facets } (the URL state
 * and the last answer's facets). Each returns a computed list of { value, label, count }.
 */
export function useFacetOptions(props) {
  const taxonomy = useTaxonomyStore()
  const buckets = (name) => facetBuckets(props.facets, name)
  return {
    /** Every entry of the taxonomy's `kind` vocabulary, counted under facet `name`. */
    vocabulary: (kind, name, keysOf) => computed(() => vocabularyOptions(taxonomy[kind], buckets(name), keysOf)),
    /** What facet `name` found, plus what state[name] selects; `kind` names those from the taxonomy. */
    open: (name, kind) =>
      computed(() => bucketOptions(buckets(name), props.state[name], kind && ((v) => taxonomy.name(kind, v)))),
  }
}
