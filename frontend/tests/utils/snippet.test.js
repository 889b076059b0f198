import { describe, expect, it } from 'vitest'
import { safeSnippet } from '@/utils/snippet'

describe('safeSnippet', () => {
  it('keeps the <em> highlights', () => {
    expect(safeSnippet('拟建立<em>数字孪生</em>平台')).toBe('拟建立<em>数字孪生</em>平台')
  })

  it('escapes every other tag and attribute', () => {
    const out = safeSnippet('<img src=x onerror=alert(1)><em class="x">a</em><script>b</script>&')
    expect(out).toBe('&lt;img src=x onerror=alert(1)&gt;&lt;em class=&quot;x&quot;&gt;a</em>&lt;script&gt;b&lt;/script&gt;&amp;')
    expect(out).not.toContain('<img')
    expect(out).not.toContain('<script')
  })

  it('handles nothing', () => {
    expect(safeSnippet(null)).toBe('')
  })
})
