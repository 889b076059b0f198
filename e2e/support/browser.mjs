// A real headless Chromium (the system's, never a downloaded one) driven by playwright-core,
// and e2eTest(): one fresh browser context per test, a screenshot at the end of each test (and
// FAILED-… when it fails) under target/screenshots, and page errors reported as failures.
import { after, before, test } from 'node:test'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const SCREENSHOTS = path.join(root, 'target', 'screenshots')
export const BASE_URL = process.env.E2E_BASE_URL || 'http://127.0.0.1:8080'

// The flags that work on these build machines (no sandbox as root, no GPU, nothing phoning home).
const DEFAULT_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export function launchBrowser() {
  const flags = process.env.E2E_CHROMIUM_FLAGS ? process.env.E2E_CHROMIUM_FLAGS.split(/\s+/).filter(Boolean) : DEFAULT_FLAGS
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    args: flags,
    timeout: 60_000,
  })
}

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 375, height: 740 }

function slug(text) {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 80)
}

let browser = null
let hooked = false

function ensureHooks() {
  if (hooked) return
  hooked = true
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
  })
}

/**
 * test() with a page: `e2eTest('name', async ({ page, shot }) => {...}, { viewport })`.
 * `shot('step')` saves an extra screenshot; the page starts at about:blank, gotoApp(page, '/x').
 */
export function e2eTest(name, body, { viewport = DESKTOP, timeout = 60_000 } = {}) {
  ensureHooks()
  test(name, { timeout }, async () => {
    const context = await browser.newContext({ viewport, locale: 'zh-CN', baseURL: BASE_URL })
    context.setDefaultTimeout(15_000)
    const page = await context.newPage()
    const pageErrors = []
    page.on('pageerror', (err) => pageErrors.push(err.message))
    const base = slug(name)
    let step = 0
    const shot = (label) =>
      page.screenshot({ path: path.join(SCREENSHOTS, `${base}-${++step}-${slug(label)}.png`), fullPage: true })
    try {
      await body({ page, shot, context })
      if (pageErrors.length) throw new Error(`uncaught errors in the page: ${pageErrors.join(' | ')}`)
      await page.screenshot({ path: path.join(SCREENSHOTS, `${base}.png`), fullPage: true })
    } catch (err) {
      await page.screenshot({ path: path.join(SCREENSHOTS, `FAILED-${base}.png`), fullPage: true }).catch(() => {})
      throw err
    } finally {
      await context.close()
    }
  })
}

/** Opens a path of the app and waits until its requests have settled. */
export async function gotoApp(page, pathAndQuery) {
  await page.goto(pathAndQuery, { waitUntil: 'networkidle' })
}

/**
 * Runs `action` and resolves with the API response it causes (the first whose URL contains
 * `urlPart`), so a test reads the page only after the data it shows has arrived.
 */
export async function withResponse(page, urlPart, action) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes(urlPart) && r.request().method() === 'GET'),
    action(),
  ])
  return response
}

/** Polls `check` (which may throw) until it returns a truthy value; that value is returned. */
export async function eventually(check, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout
  let last
  for (;;) {
    try {
      const value = await check()
      if (value) return value
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline) throw new Error(`${message} not met in ${timeout} ms${last ? `: ${last.message}` : ''}`)
    await new Promise((r) => setTimeout(r, interval))
  }
}
