// Each demo role logs in and sees the workspace menu of its role, and only that.
import assert from 'node:assert/strict'
import { e2eTest, gotoApp } from '../support/browser.mjs'
import { ROLES, loginAs } from '../support/accounts.mjs'

const MENUS = {
  ADMIN: { shows: ['数据导入', '年度清单管理', '场景审核'], hides: ['发布需求场景', '推荐场景'] },
  COMMISSIONER: { shows: ['机构审核', '场景审核', '批量匹配方案'], hides: ['数据导入', '发布需求场景'] },
  ENTERPRISE: { shows: ['我的需求场景', '发布需求场景', '推荐服务商'], hides: ['场景审核', '数据导入'] },
  PROVIDER: { shows: ['机构资料与能力图谱', '推荐场景'], hides: ['发布需求场景', '场景审核'] },
}

e2eTest('a visitor opening the workspace is asked to log in and comes back', async ({ page }) => {
  await gotoApp(page, '/workspace')
  await page.waitForURL(/\/login\?redirect=/)
  assert.equal(new URL(page.url()).searchParams.get('redirect'), '/workspace')

  await page.getByRole('button', { name: '登录' }).click()
  assert.ok(await page.getByText('请输入用户名').isVisible(), 'empty fields are named at the form')

  await page.getByLabel('用户名').fill('demo-admin')
  await page.getByLabel('密码', { exact: true }).fill('wrong-password')
  await page.getByRole('button', { name: '登录' }).click()
  await page.locator('[data-test="login-error"]').waitFor()
  assert.match(await page.locator('[data-test="login-error"]').innerText(), /用户名或密码错误/)

  await loginAs(page, 'ENTERPRISE', { from: '/login?redirect=%2Fworkspace' })
  assert.equal(new URL(page.url()).pathname, '/workspace')
})

for (const [role, menu] of Object.entries(MENUS)) {
  e2eTest(`${ROLES[role].username} logs in and sees the ${role} menu`, async ({ page, shot }) => {
    const account = await loginAs(page, role)
    assert.equal(new URL(page.url()).pathname, '/workspace')
    await page.locator('[data-test="workspace-role"]').waitFor()
    assert.equal(await page.locator('[data-test="workspace-role"]').innerText(), account.roleName)
    const items = await page.locator('[data-test="workspace-menu"]').innerText()
    for (const label of menu.shows) assert.ok(items.includes(label), `${role} sees ${label}`)
    for (const label of menu.hides) assert.ok(!items.includes(label), `${role} does not see ${label}`)

    await page.locator('[data-test="workspace-menu-button"]').click()
    const dropdown = page.locator('[data-test="workspace-dropdown"]')
    await dropdown.waitFor()
    await shot('menu')
    const dropdownText = await dropdown.innerText()
    for (const label of menu.shows) assert.ok(dropdownText.includes(label), `the header menu lists ${label}`)

    // The session survives a reload; logging out ends it.
    await page.reload({ waitUntil: 'networkidle' })
    assert.equal(await page.locator('[data-test="workspace-role"]').innerText(), account.roleName)
    await page.locator('[data-test="workspace-menu-button"]').click()
    await page.locator('[data-test="logout"]').click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.getByRole('link', { name: '登录' }).waitFor()
  })
}
