// The public portal against the demo data: home, catalogue search and detail, a facet filter
// that survives a reload, the provider pool and a provider's capability map.
import assert from 'node:assert/strict'
import { PHONE, e2eTest, eventually, gotoApp, withResponse } from '../support/browser.mjs'

const number = (text) => Number(text.replace(/[^\d]/g, ''))

/** The result count a list shows once its search has answered. */
async function shownCount(page, selector) {
  const text = await eventually(async () => {
    const t = await page.locator(selector).innerText()
    return /\d/.test(t) && t
  }, { message: `a count in ${selector}` })
  return number(text)
}

e2eTest('home shows this year at a glance', async ({ page }) => {
  await gotoApp(page, '/')
  const year = new Date().getFullYear()
  await assert.doesNotReject(page.getByRole('heading', { name: `${year} 年度场景概览` }).waitFor())
  const stat = page.locator('[data-test="stat-scenarios"]')
  assert.ok(number(await stat.locator('.stat__value').innerText()) >= 900, 'the demo year has ~975 published scenarios')
  assert.equal(await page.locator('.charts canvas').count() >= 3, true, 'three charts are drawn')
  assert.equal(await page.locator('[data-test="newest"] li').count(), 6)
  const nav = await page.getByRole('navigation', { name: '主导航' }).innerText()
  for (const label of ['首页', '场景库', '服务商资源池', '场景图谱', '年度清单']) assert.ok(nav.includes(label), label)
})

e2eTest('search the catalogue from home and open a scenario', async ({ page, shot }) => {
  await gotoApp(page, '/')
  const box = page.getByLabel('搜索场景或服务商')
  await box.fill('数字孪生')
  await withResponse(page, '/api/v1/catalogue/scenarios?q=', () => box.press('Enter'))
  await page.waitForURL(/\/scenarios\?q=/)
  assert.equal(new URL(page.url()).searchParams.get('q'), '数字孪生')
  const cards = page.locator('[data-test="scenario-card"]')
  await cards.first().waitFor()
  assert.ok((await shownCount(page, '[data-test="result-count"]')) > 0)
  assert.ok((await cards.first().locator('em').count()) > 0, 'the snippet highlights the words found')
  await shot('results')

  const link = cards.first().locator('h3 a')
  const title = await link.innerText()
  await link.click()
  await page.waitForURL(/\/scenarios\/\d+$/)
  assert.equal(await page.locator('[data-test="scenario-title"]').innerText(), title)
  await page.locator('[data-test="similar"] li').first().waitFor()
  assert.ok(await page.locator('[data-test="scenario-annual-list"]').isVisible())
  assert.ok((await page.getByText('需求企业').count()) > 0)
})

e2eTest('a facet filter is kept in the URL and survives a reload', async ({ page }) => {
  const count = '[data-test="result-count"]'
  await withResponse(page, '/api/v1/catalogue/scenarios', () => gotoApp(page, '/scenarios'))
  const all = await shownCount(page, count)

  await withResponse(page, 'category=PROD', () => page.locator('[data-test="category-PROD"]').click())
  await page.waitForURL(/category=PROD/)
  await page.locator('[data-test="chip-category:PROD"]').waitFor()
  const filtered = await eventually(async () => {
    const n = await shownCount(page, count)
    return n !== all && n
  }, { message: 'the filtered count' })
  assert.ok(filtered > 0 && filtered < all, `生产制造 (${filtered}) is a part of all (${all})`)

  await withResponse(page, 'category=PROD', () => page.reload())
  await eventually(() => page.locator('[data-test="category-PROD"] input').isChecked(), { message: 'the box ticked after reload' })
  await eventually(async () => (await shownCount(page, count)) === filtered, { message: 'the same count after reload' })

  await withResponse(page, '/api/v1/catalogue/scenarios', () => page.goBack())
  assert.ok(!page.url().includes('category='))
  await eventually(async () => (await shownCount(page, count)) === all, { message: 'the unfiltered count after back' })
})

e2eTest('provider pool and a provider with its capability map', async ({ page, shot }) => {
  await gotoApp(page, '/providers')
  assert.ok((await shownCount(page, '[data-test="provider-count"]')) >= 300)

  const box = page.getByLabel('搜索服务商')
  await box.fill('远程运维')
  await withResponse(page, '/api/v1/catalogue/providers?q=', () => box.press('Enter'))
  await page.waitForURL(/\/providers\?q=/)
  const cards = page.locator('[data-test="provider-card"]')
  await cards.first().waitFor()
  await shot('pool')

  const link = cards.first().locator('h3 a')
  const name = await link.innerText()
  await link.click()
  await page.waitForURL(/\/providers\/\d+$/)
  assert.equal(await page.locator('[data-test="provider-name"]').innerText(), name)
  assert.equal(await page.locator('[data-test="capability-map"] canvas').count() >= 2, true, 'heatmap and radar')
  assert.ok(await page.locator('[data-test="provider-cases"]').isVisible())
  assert.ok(await page.locator('[data-test="provider-products"]').isVisible())
})

e2eTest('场景图谱: a heatmap cell opens the filtered catalogue', async ({ page }) => {
  await gotoApp(page, '/graph')
  await page.locator('[data-test="graph-summary"]').waitFor()
  await page.locator('.graph__table summary').click()
  const cell = page.locator('.graph__table td a').first()
  const expected = number(await cell.innerText())
  await withResponse(page, '/api/v1/catalogue/scenarios?', () => cell.click())
  await page.waitForURL(/\/scenarios\?.*chain=/)
  assert.equal(await shownCount(page, '[data-test="result-count"]'), expected)
})

e2eTest(
  'works on a 375 px phone without sideways scrolling',
  async ({ page }) => {
    for (const path of ['/', '/scenarios?q=数字孪生', '/providers']) {
      await gotoApp(page, path)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      assert.ok(width <= 375, `${path} is ${width} px wide`)
    }
    await page.getByRole('button', { name: '菜单' }).click()
    assert.ok(await page.getByRole('navigation', { name: '主导航' }).getByText('场景图谱').isVisible())
  },
  { viewport: PHONE },
)
