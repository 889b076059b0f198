// A commissioner runs a batch matching plan on an annual list: the progress bar reaches 100 %,
// the pairs are listed, one is removed, and the plan is published to the board.
import assert from 'node:assert/strict'
import { before } from 'node:test'
import { e2eTest, eventually, gotoApp } from '../support/browser.mjs'
import { loginAs } from '../support/accounts.mjs'
import { api, publishAnnualList } from '../support/api.mjs'

const year = new Date().getFullYear()
let list

before(async () => {
  // The demo set has no annual list: publish one of 12 of this year's scenarios.
  const { items } = await api(`/catalogue/scenarios?year=${year}&sort=newest&size=12`)
  list = await publishAnnualList({
    year,
    batch: `plan-${Date.now().toString(36)}`,
    title: `${year}年端到端匹配测试清单`,
    scenarioIds: items.map((i) => i.id),
  })
})

e2eTest('commissioner runs a batch plan, watches it reach 100 % and reviews the pairs', async ({ page, shot }) => {
  await loginAs(page, 'COMMISSIONER')
  await gotoApp(page, `/workspace/match-plans?list=${list.id}`)
  await page.getByLabel('年度清单').waitFor()
  assert.equal(await page.getByLabel('年度清单').inputValue(), String(list.id))

  await page.getByLabel('每个场景推荐服务商数（k）').fill('3')
  await page.locator('[data-test="plan-start"]').click()
  await page.locator('[data-test="plan-detail"]').waitFor()
  await eventually(async () => /100%/.test(await page.locator('[data-test="plan-percent"]').innerText()), {
    timeout: 90_000,
    interval: 500,
    message: 'the plan reaches 100 %',
  })
  assert.equal((await page.locator('[data-test="plan-status"]').innerText()).trim(), '待审定')

  const rows = page.locator('[data-test="plan-items"] .el-table__body tr')
  await rows.first().waitFor()
  assert.ok((await rows.count()) > 0, 'pairs are listed')
  const pairs = Number(await page.locator('[data-test="plan-pairs"]').innerText())
  assert.ok(pairs > 0 && pairs <= 12 * 3, `within k per scenario: ${pairs}`)
  await shot('plan ready')

  // Remove one pair: the count follows.
  await page.locator('[data-test="item-remove"]').first().click()
  await eventually(async () => Number(await page.locator('[data-test="plan-pairs"]').innerText()) === pairs - 1, {
    message: 'one pair fewer',
  })

  await page.locator('[data-test="plan-publish"]').click()
  await page.getByRole('button', { name: '发布', exact: true }).click()
  await eventually(async () => (await page.locator('[data-test="plan-status"]').innerText()).trim() === '已发布', {
    timeout: 20_000,
    message: 'the plan is published',
  })
})
