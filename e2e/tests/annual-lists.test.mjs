// A published annual list: listed by year and batch, its entries numbered, exported as .xlsx.
import assert from 'node:assert/strict'
import { before } from 'node:test'
import { e2eTest, gotoApp } from '../support/browser.mjs'
import { api, publishAnnualList } from '../support/api.mjs'

const year = new Date().getFullYear()
const batch = `e2e-${Date.now().toString(36)}` // a new list on every run, also against a reused app
let list

before(async () => {
  const { items } = await api(`/catalogue/scenarios?year=${year}&sort=newest&size=25`)
  list = await publishAnnualList({ year, batch, title: `${year}年端到端测试场景清单`, scenarioIds: items.map((i) => i.id) })
})

e2eTest('annual lists: by year, numbered entries, Excel export', async ({ page }) => {
  await gotoApp(page, '/annual-lists')
  const card = page.locator(`[data-test="annual-list-card"][href="/annual-lists/${list.slug}"]`)
  await card.waitFor()
  assert.match(await card.innerText(), /25 个场景/)

  await card.click()
  await page.waitForURL(`**/annual-lists/${list.slug}`)
  assert.equal(await page.locator('[data-test="annual-list-title"]').innerText(), list.title)
  const rows = page.locator('.el-table__body tr')
  await rows.first().waitFor()
  assert.equal(await rows.count(), 20, 'the first page of 20')
  assert.equal((await rows.first().locator('td').first().innerText()).trim(), '1')
  assert.equal((await rows.nth(19).locator('td').first().innerText()).trim(), '20')

  const href = await page.locator('[data-test="export-xlsx"]').getAttribute('href')
  const response = await page.request.get(href)
  assert.equal(response.status(), 200)
  assert.match(response.headers()['content-type'], /spreadsheetml/)
  const bytes = await response.body()
  assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'an .xlsx is a zip file')

  await page.locator('.el-pager li.number', { hasText: /^2$/ }).click()
  await page.waitForURL(/page=2/)
  await page.locator('.el-table__body tr td', { hasText: '21' }).first().waitFor()
})
