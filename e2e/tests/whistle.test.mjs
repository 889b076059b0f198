// 企业吹哨 → 专员到位: demo-enterprise raises a service request; the district's commissioner sees
// it in 企业吹哨 (on a 375 px phone), acknowledges it and logs the on-site visit.
import assert from 'node:assert/strict'
import { before } from 'node:test'
import { PHONE, e2eTest, eventually, gotoApp } from '../support/browser.mjs'
import { loginAs } from '../support/accounts.mjs'
import { api, tokenOf } from '../support/api.mjs'

let request
const need = `端到端吹哨：注塑车间数据采集网关频繁掉线，需要专员上门协调 ${Date.now().toString(36)}`

before(async () => {
  // The enterprise's own screen is part of the enterprise workspace; here it raises through the API.
  const token = await tokenOf('ENTERPRISE')
  request = await api('/service-requests', { method: 'POST', token, body: { need, urgency: 'HIGH' } })
})

e2eTest(
  'commissioner acknowledges a whistle request and logs a visit',
  async ({ page, shot }) => {
    await loginAs(page, 'COMMISSIONER')
    await gotoApp(page, '/workspace/service-requests')
    await page.locator('[data-test="visit-stats"]').waitFor()
    await page.getByLabel('状态').selectOption('OPEN')
    const card = page.locator(`[data-test="sr-${request.id}"]`)
    await card.waitFor()
    assert.ok((await card.innerText()).includes(need))
    await shot('request listed')

    await card.locator('[data-test="sr-ack"]').click()
    await page.getByLabel('状态').selectOption('')
    await eventually(async () => (await card.locator('[data-test="sr-status-tag"]').innerText()).trim() === '已确认', {
      message: 'acknowledged',
    })

    await card.locator('[data-test="sr-visit"]').click()
    const form = page.locator('[data-test="visit-form"]')
    await form.waitFor()
    await page.getByLabel('参与人员').fill('演示数字专员、企业设备部王工')
    await page.getByLabel('服务内容').fill('现场排查网关供电与交换机配置，更换电源模块后连续运行 2 小时无掉线')
    await shot('visit form')
    await page.locator('[data-test="sr-save"]').click()
    await form.waitFor({ state: 'detached' })
    await eventually(async () => (await card.locator('[data-test="sr-status-tag"]').innerText()).trim() === '已上门', {
      message: 'visited',
    })

    const token = await tokenOf('COMMISSIONER')
    const visits = await api(`/service-requests/${request.id}/visits`, { token })
    assert.equal(visits.length, 1)
    assert.match(visits[0].work, /更换电源模块/)
  },
  { viewport: PHONE },
)
