// The marketplace path through the portal: an enterprise posts a scenario (its server problems
// shown at the inputs), a commissioner approves and publishes it, the public catalogue and the
// provider's feed show it (with the match's reasons), the provider proposes, the enterprise
// awards, records the contract and accepts the work with a rating.
import assert from 'node:assert/strict'
import { e2eTest, eventually, gotoApp, PHONE } from '../support/browser.mjs'
import { loginAs } from '../support/accounts.mjs'
import { api, tokenOf } from '../support/api.mjs'

const RUN = Date.now().toString(36)
const state = {}

/** demo-provider's own capability map, so that the scenario written from it fits. */
async function providerFit() {
  const token = await tokenOf('PROVIDER')
  const me = await api('/auth/me', { token })
  const provider = await api(`/providers/${me.organizationId}`, { token })
  const taxonomy = await api('/taxonomy')
  const name = (kind, code) => taxonomy[kind].find((t) => t.code === code)?.name || code
  const cap = provider.capabilities[0]
  assert.equal(provider.poolStatus, 'LISTED', 'demo-provider is in the pool')
  return {
    providerId: provider.id,
    providerName: provider.name,
    category: name('categories', cap.category),
    modes: (cap.modes || []).slice(0, 2).map((m) => name('modes', m)),
    industry: cap.industries?.length ? name('industries', cap.industries[0]) : null,
    techTags: (cap.techTags || []).slice(0, 3),
    text: [cap.description, ...(provider.cases || []).slice(0, 2).map((c) => c.description || c.title)].filter(Boolean).join('。'),
  }
}

/** Picks `option` in the Element Plus select labelled `label` (typing first for long lists). */
function selectBox(page, label) {
  return page.locator('.el-form-item', { has: page.getByLabel(label) }).locator('.el-select__wrapper')
}
async function choose(page, label, option, { type = false } = {}) {
  await selectBox(page, label).click()
  if (type) await page.keyboard.type(option)
  await page.getByRole('option', { name: option, exact: !type }).first().click()
}

e2eTest('an enterprise posts a scenario: server problems beside the inputs, then submitted for review', async ({ page, shot }) => {
  state.fit = await providerFit()
  const fit = state.fit
  state.title = `${fit.techTags[0] || fit.category}需求场景 ${RUN}`

  await loginAs(page, 'ENTERPRISE')
  await gotoApp(page, '/workspace/enterprise/scenarios/new')
  await page.locator('[data-test="scenario-form"]').waitFor()
  // Saving an empty form: the server names each field and the page shows it at that input.
  await page.locator('[data-test="save-draft"]').click()
  const titleItem = page.locator('.el-form-item', { has: page.locator('[data-test="f-title"]') })
  await titleItem.locator('.el-form-item__error').waitFor()
  assert.ok((await titleItem.locator('.el-form-item__error').innerText()).length > 0, 'the title problem is shown at the title')
  await shot('server problems at the inputs')

  await page.getByLabel('场景名称').fill(state.title)
  await page.getByLabel('需求描述').fill(`我们希望引入${fit.techTags.join('、')}。${fit.text}`.slice(0, 4000))
  await choose(page, '场景类别', fit.category)
  for (const mode of fit.modes) await choose(page, '应用模式', mode)
  await page.keyboard.press('Escape')
  if (fit.industry) await choose(page, '所属行业', fit.industry, { type: true })
  for (const tag of fit.techTags) {
    await selectBox(page, '技术标签').click()
    await page.keyboard.type(tag)
    await page.keyboard.press('Enter')
  }
  await page.keyboard.press('Escape')
  await page.getByLabel('预算下限').fill('30')
  await page.getByLabel('预算上限').fill('80')
  await page.getByLabel('预算上限').press('Tab')
  await page.locator('[data-test="submit-scenario"]').click()
  await page.waitForURL(/\/workspace\/enterprise\/scenarios\/\d+/)
  state.scenarioId = Number(new URL(page.url()).pathname.match(/(\d+)/)[1])
  await eventually(async () => (await page.locator('[data-test="scenario-status"]').innerText()) === '待审核', { message: 'submitted' })

  await gotoApp(page, '/workspace/enterprise/scenarios')
  await page.locator(`[data-test="my-scenario-${state.scenarioId}"]`).waitFor()
  assert.match(await page.locator(`[data-test="my-scenario-${state.scenarioId}"]`).innerText(), /待审核/)
})

e2eTest('published by the commissioner, it reaches the catalogue and the provider, who proposes', async ({ page, shot }) => {
  assert.ok(state.scenarioId, 'the scenario of the first test')
  const token = await tokenOf('COMMISSIONER')
  let s = await api(`/scenarios/${state.scenarioId}`, { token })
  s = await api(`/scenarios/${state.scenarioId}/transitions`, { method: 'POST', token, body: { action: 'APPROVE', version: s.version } })
  await api(`/scenarios/${state.scenarioId}/transitions`, { method: 'POST', token, body: { action: 'PUBLISH', version: s.version } })

  // The public catalogue (indexed from the outbox a moment later).
  await eventually(
    async () => {
      await gotoApp(page, `/scenarios?q=${encodeURIComponent(RUN)}`)
      return (await page.getByText(state.title).count()) > 0
    },
    { timeout: 30_000, interval: 1000, message: 'scenario in the catalogue' },
  )
  await shot('in the public catalogue')

  await loginAs(page, 'PROVIDER')
  const item = page.locator('[data-test="feed-item"]', { hasText: state.title })
  await eventually(
    async () => {
      await gotoApp(page, '/workspace/provider/feed')
      return (await item.count()) > 0
    },
    { timeout: 30_000, interval: 1000, message: "scenario in the provider's feed" },
  )
  const reasons = await item.locator('[data-test="feed-reasons"]').innerText()
  assert.ok(reasons.trim().length > 0, 'the feed explains the match')
  await shot('in the provider feed with reasons')

  await item.getByRole('link', { name: '查看并响应' }).click()
  await page.locator('[data-test="proposal-form"]').waitFor()
  await page.getByLabel('实施思路').fill('分三期实施：现场诊断、方案落地、效果验收。')
  await page.getByLabel('报价下限').fill('40')
  await page.getByLabel('报价上限').fill('60')
  await page.getByLabel('报价上限').press('Tab')
  await page.getByLabel('工期').fill('90')
  await page.getByLabel('工期').press('Tab')
  await page.locator('[data-test="submit-proposal"]').click()
  await eventually(async () => (await page.locator('[data-test="my-proposal-status"]').innerText()) === '已提交', { message: 'proposal submitted' })
})

e2eTest('the enterprise awards the proposal, records the contract and accepts with a rating', async ({ page, shot }) => {
  assert.ok(state.scenarioId, 'the scenario of the first tests')
  await loginAs(page, 'ENTERPRISE')
  await gotoApp(page, `/workspace/enterprise/scenarios/${state.scenarioId}?tab=proposals`)
  const proposal = page.locator('[data-test="proposal"]', { hasText: state.fit.providerName })
  await proposal.waitFor()
  await shot('proposals with the match')
  await proposal.locator('[data-test="award"]').click()
  await eventually(async () => (await proposal.locator('[data-test="proposal-status"]').innerText()) === '中选', { message: 'awarded' })

  const today = new Date().toISOString().slice(0, 10)
  await proposal.getByLabel('签订日期').fill(today)
  await proposal.getByLabel('签订日期').press('Enter')
  await proposal.getByLabel('合同金额').fill('55')
  await proposal.getByLabel('合同金额').press('Tab')
  await proposal.locator('[data-test="record-contract"]').click()
  await eventually(async () => (await page.locator('[data-test="scenario-status"]').innerText()) === '已签约', { message: 'contracted' })

  const acceptance = page.locator('[data-test="acceptance-form"]')
  await acceptance.getByLabel('验收结论').fill('设备综合效率提升，按期验收。')
  await acceptance.locator('[data-test="acceptance-rating"] .el-rate__item').nth(4).click()
  await acceptance.locator('[data-test="accept-scenario"]').click()
  await eventually(async () => (await page.locator('[data-test="scenario-status"]').innerText()) === '已验收', { message: 'accepted' })
  assert.match(await proposal.innerText(), /5 星/)
})

e2eTest('at 375 px the enterprise reads the recommended providers and the inbox', async ({ page, shot }) => {
  assert.ok(state.scenarioId, 'the scenario of the first tests')
  await loginAs(page, 'ENTERPRISE')
  await gotoApp(page, `/workspace/enterprise/scenarios/${state.scenarioId}?tab=matches`)
  await page.locator('[data-test="match-list"], [data-test="empty"]').first().waitFor()
  await shot('recommended providers at 375 px')
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(width <= 380, `no sideways scrolling at 375 px (page is ${width} px wide)`)
  await gotoApp(page, '/workspace/notifications')
  await page.locator('[data-test="inbox"], [data-test="empty"]').first().waitFor()
}, { viewport: PHONE })

e2eTest('a provider editing its capability map sees the problem on the entry it concerns', async ({ page, shot }) => {
  await loginAs(page, 'PROVIDER')
  await gotoApp(page, '/workspace/provider/profile')
  await page.locator('[data-test="capability-editor"]').waitFor()
  const before = await page.locator('[data-test="cap-category"]').count()
  assert.ok(before > 0, 'the demo provider has a capability map')
  await page.locator('[data-test="add-capability"]').click()
  await page.locator('[data-test="save-profile"]').click()
  const added = page.locator(`[data-test="capability-${before}"]`)
  await added.locator('.el-form-item__error').first().waitFor()
  assert.equal(await page.locator(`[data-test="capability-${before - 1}"] .el-form-item__error`).count(), 0, 'other entries stay clean')
  await shot('problem on the new capability')
})
