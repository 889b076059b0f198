import { ref } from 'vue'

/**
 * One review decision at a time on a list (机构审核, 场景审核): `acting` is what is being decided
 * (shown as a form by its row), `reason` what the reviewer wrote. submit() calls
 * `send(acting, reason)`, which returns the success message, then `refresh()`es the list; a
 * failure stays in `error` with the form open so the reviewer can correct it.
 */
export function useDecision(send, refresh) {
  const acting = ref(null)
  const reason = ref('')
  const error = ref(null)
  const saving = ref(false)
  const done = ref('')

  function start(target) {
    acting.value = target
    reason.value = ''
    error.value = null
  }

  async function submit() {
    error.value = null
    saving.value = true
    try {
      done.value = await send(acting.value, reason.value || undefined)
      acting.value = null
      refresh()
    } catch (err) {
      error.value = err
    } finally {
      saving.value = false
    }
  }

  return { acting, reason, error, saving, done, start, submit }
}
