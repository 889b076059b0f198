// The end-to-end run Maven's integration-test phase starts (see e2e/pom.xml): start the packaged
// app (unless E2E_BASE_URL names a running one), run every tests/**/*.test.mjs with Node's test
// runner in a real headless Chromium, stop the app. Exits non-zero when a test fails.
import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startApp } from '../support/app.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(root, 'target')
// This run's output only: screenshots and app logs of earlier runs go.
rmSync(path.join(target, 'screenshots'), { recursive: true, force: true })
for (const f of ['app.log', 'app-2.log']) rmSync(path.join(target, f), { force: true })
mkdirSync(path.join(target, 'screenshots'), { recursive: true })

let app = null
let baseUrl = process.env.E2E_BASE_URL
const started = Date.now()

async function shutdown(code) {
  if (app) await app.stop()
  console.log(`e2e: done in ${Math.round((Date.now() - started) / 1000)} s`)
  process.exit(code)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => shutdown(130))

try {
  if (!baseUrl) {
    const jar = path.resolve(root, process.env.E2E_JAR || '../infra/launcher/target/scenehub-embedded.jar')
    console.log(`e2e: starting ${jar}`)
    // A start can fail on an overloaded machine (the embedded MariaDB has 30 s to come up); one retry.
    for (let attempt = 1; !app; attempt++) {
      try {
        app = await startApp({
          jar,
          dataDir: path.join(target, 'e2e-data'),
          tmpDir: path.join(target, 'e2e-tmp'),
          logFile: path.join(target, attempt === 1 ? 'app.log' : `app-${attempt}.log`),
        })
      } catch (err) {
        if (attempt >= 2) throw err
        console.log(`e2e: the application did not start (${err.message}); trying once more`)
      }
    }
    baseUrl = app.baseUrl
  }
  console.log(`e2e: testing ${baseUrl}`)

  // Every tests/**/*.test.mjs, listed here (not as a glob) so any Node ≥ 20 runs them.
  const files = process.argv.slice(2).length
    ? process.argv.slice(2)
    : readdirSync(path.join(root, 'tests'), { recursive: true })
        .filter((f) => f.endsWith('.test.mjs'))
        .sort()
        .map((f) => path.join('tests', f))
  const code = await new Promise((resolve) => {
    const runner = spawn(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=junit',
        `--test-reporter-destination=${path.join(target, 'e2e-junit.xml')}`,
        ...files,
      ],
      { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } },
    )
    runner.on('exit', (c, signal) => resolve(signal ? 1 : (c ?? 1)))
  })
  await shutdown(code)
} catch (err) {
  console.error(`e2e: ${err.message}`)
  await shutdown(1)
}
