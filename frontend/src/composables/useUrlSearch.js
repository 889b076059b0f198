import { computed, watch } from 'vue'
import { useRequest } from './useRequest'
import { useUrlState } from './useUrlState'

/**
 * A search page whose choices live in the URL (see useUrlState): the route drives the fetch, so
 * a shared link, a reload and back/forward all search again. `result` is the last answer, or an
 * empty one until the first arrives, so templates need no null checks.
 */
export function useUrlSearch({ parse, build, apiParams, search }) {
  const { state, update, reset } = useUrlState(parse, build)
  const { data, loading, error, run } = useRequest(search)
  const load = () => run(apiParams(state.value))
  watch(state, load, { immediate: true })
  const result = computed(() => data.value || { total: 0, items: [], facets: {} })
  return { state, update, reset, data, loading, error, load, result }
}
