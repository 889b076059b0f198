// An admin imports a JSON file of scenarios with one bad row: the page shows the job reach 100 %
// and names that row (its number, externalId and the field at fault); the good row counts as created.
import assert from 'node:assert/strict'
import { before } from 'node:test'
import { e2eTest, gotoApp } from '../support/browser.mjs'
import { loginAs } from '../support/accounts.mjs'
import { api, tokenOf } from '../support/api.mjs'

const run = Date.now().toString(36)
let records

before(async () => {
  // A real record of the exchange format to start from: the export of this year's scenarios.
  const token = await tokenOf('ADMIN')
  const year = new Date().getFullYear()
  const exported = await api(`/admin/exports/scenarios?year=${year}`, { token })
  const template = (Array.isArray(exported) ? exported : exported.items || exported.records)[0]
  assert.ok(template, 'the demo set exports scenarios')
  const good = { ...template, externalId: `E2E-IMP-OK-${run}`, title: `端到端导入场景 ${run}` }
  const bad = { ...template, externalId: `E2E-IMP-BAD-${run}`, title: `端到端导入坏行 ${run}`, category: 'NOPE' }
  records = [good, bad]
})

e2eTest('admin imports a JSON file and sees the bad row named', async ({ page, shot }) => {
  await loginAs(page, 'ADMIN')
  await gotoApp(page, '/workspace/admin/imports')
  await page.getByRole('heading', { name: '数据导入' }).waitFor()

  await page.locator('[data-test="import-file"]').setInputFiles({
    name: `scenarios-${run}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(records)),
  })
  await shot('file chosen')
  await page.locator('[data-test="import-submit"]').click()

  const rejected = page.locator('[data-test="import-rejected"]')
  await rejected.waitFor({ timeout: 30_000 })
  const text = await rejected.innerText()
  assert.match(text, /第 2 条/)
  assert.ok(text.includes(`E2E-IMP-BAD-${run}`), 'the bad row by its externalId')
  assert.match(text, /category/)
  assert.match(await page.locator('[data-test="import-progress"]').innerText(), /100%/)
  assert.match(await page.locator('[data-test="import-counts"]').innerText(), /新增 1，更新 0，有问题 1/)
  assert.ok(await page.locator('[data-test="import-download"]').isVisible(), 'the errors can be downloaded')
})
