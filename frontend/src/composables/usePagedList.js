import { computed, ref, watch } from 'vue'
import { useRequest } from './useRequest'

/**
 * A list the server pages: `fetch({ page, size }, options)` asks for one page (from 0 in the API;
 * `pageNo` counts from 1 for the pager). A change of any of `filters` starts again at page 1.
 */
export function usePagedList(fetch, { size, filters = [] }) {
  const pageNo = ref(1)
  const req = useRequest((opts) => fetch({ page: pageNo.value - 1, size }, opts))
  const items = computed(() => req.data.value?.items || [])
  const total = computed(() => req.data.value?.total || 0)
  watch(filters, () => {
    pageNo.value = 1
    req.run()
  })
  return { req, pageNo, items, total }
}
