import { onBeforeUnmount, ref, shallowRef } from 'vue'

/**
 * One fetch at a time with loading / error / data, for pages that refetch when their input
 * changes: a newer run aborts the older one, and an older answer never overwrites a newer one.
 */
export function useRequest(fn) {
  const data = shallowRef(null)
  const loading = ref(false)
  const error = shallowRef(null)
  let controller = null
  let seq = 0

  async function run(...args) {
    if (controller) controller.abort()
    controller = typeof AbortController === 'undefined' ? null : new AbortController()
    const mine = ++seq
    loading.value = true
    error.value = null
    try {
      const result = await fn(...args, { signal: controller?.signal })
      if (mine === seq) data.value = result
      return result
    } catch (err) {
      if (mine === seq && err?.name !== 'AbortError') error.value = err
      return undefined
    } finally {
      if (mine === seq) loading.value = false
    }
  }

  onBeforeUnmount(() => controller?.abort())

  return { data, loading, error, run }
}
