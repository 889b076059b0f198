import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * Page state that lives in the URL query. `state` follows the route (so back/forward and a
 * reloaded or shared link restore it); update(patch) pushes a new history entry. Any change
 * besides the page number itself goes back to page 1.
 */
export function useUrlState(parse, build) {
  const route = useRoute()
  const router = useRouter()
  const state = computed(() => parse(route.query))

  function update(patch) {
    const next = { ...state.value, ...patch }
    if (!('page' in patch)) next.page = 1
    return router.push({ query: build(next) })
  }

  function reset(keep = {}) {
    return router.push({ query: build({ ...parse({}), ...keep }) })
  }

  return { state, update, reset }
}
