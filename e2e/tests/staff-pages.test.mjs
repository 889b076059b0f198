// Every page of the commissioner's and the admin's workspace opens from a deep link, shows its
// data (no error state, no uncaught page error), also on a 375 px phone.
import assert from 'node:assert/strict'
import { PHONE, e2eTest, gotoApp } from '../support/browser.mjs'
import { loginAs } from '../support/accounts.mjs'

const COMMISSIONER_PAGES = [
  ['/workspace/review/organizations', '机构审核'],
  ['/workspace/review/scenarios', '场景审核'],
  ['/workspace/match-plans', '批量匹配方案'],
  ['/workspace/board', '对接看板'],
  ['/workspace/service-requests', '企业吹哨'],
  ['/workspace/events', '对接活动'],
]
const ADMIN_PAGES = [
  ['/workspace/admin/imports', '数据导入'],
  ['/workspace/admin/annual-lists', '年度清单管理'],
  ['/workspace/admin/organizations', '机构与用户'],
  ['/workspace/admin/vocabulary', '分类与词库'],
  ['/workspace/admin/matching-weights', '匹配权重'],
]

async function visitAll(page, shot, pages) {
  for (const [path, title] of pages) {
    await gotoApp(page, path)
    await page.getByRole('heading', { level: 1, name: title }).waitFor()
    await page.waitForFunction(() => !document.querySelector('[data-test="loading"]'))
    assert.equal(await page.locator('[data-test="error"]').count(), 0, `${title}: no error state`)
    const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
    assert.ok(scroll <= inner, `${title}: no sideways scrolling (${scroll} > ${inner})`)
    await shot(title)
  }
}

e2eTest('commissioner workspace pages open on a phone', async ({ page, shot }) => {
  await loginAs(page, 'COMMISSIONER')
  await visitAll(page, shot, COMMISSIONER_PAGES)
}, { viewport: PHONE, timeout: 90_000 })

e2eTest('admin workspace pages open', async ({ page, shot }) => {
  await loginAs(page, 'ADMIN')
  await visitAll(page, shot, ADMIN_PAGES)
  await gotoApp(page, '/workspace/admin/matching-weights')
  await page.locator('[data-test="w-text"]').fill('12')
  await page.locator('[data-test="weights-save"]').click()
  const error = page.locator('[data-test="w-text-error"]')
  await error.waitFor()
  assert.match(await error.innerText(), /10/, 'the server names the range of 文本相关度')
  await shot('weight out of range')
}, { timeout: 90_000 })
