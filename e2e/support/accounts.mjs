// The demo accounts the demo set creates (SCENEHUB_DEMO), one per role, and logging in as one.
import assert from 'node:assert/strict'
import { gotoApp } from './browser.mjs'

export const PASSWORD = process.env.SCENEHUB_DEMO_PASSWORD || 'scenehub-demo'

export const ROLES = {
  ADMIN: { username: 'demo-admin', roleName: '平台管理员' },
  COMMISSIONER: { username: 'demo-commissioner', roleName: '数字专员' },
  ENTERPRISE: { username: 'demo-enterprise', roleName: '企业用户' },
  PROVIDER: { username: 'demo-provider', roleName: '服务商用户' },
}

/** Logs in through the login page (as a user would) and waits for the page it leads to. */
export async function loginAs(page, role, { from = '/login' } = {}) {
  const account = ROLES[role]
  assert.ok(account, `no demo account for ${role}`)
  await gotoApp(page, from)
  await page.getByLabel('用户名').fill(account.username)
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL((url) => !url.pathname.startsWith('/login'))
  return account
}
