// Starts the packaged SceneHub (the embedded launcher jar: its own MariaDB, Redis and
// OpenSearch, with the demo set loaded into the fresh database), waits until it can be tested,
// and stops it with everything it started.
import { spawn, execFileSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function getJson(url, init) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/**
 * Ready means: /health UP, the demo accounts can log in, and the search index holds the demo
 * catalogue (the outbox relay indexes it shortly after the import).
 */
export async function waitUntilReady(baseUrl, { timeoutMs = 240_000, isAlive = () => true, log = () => {} } = {}) {
  const deadline = Date.now() + timeoutMs
  const checks = [
    ['health UP', async () => (await getJson(`${baseUrl}/health`)).body?.status === 'UP'],
    [
      'demo accounts',
      async () =>
        (
          await getJson(`${baseUrl}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: 'demo-provider', password: process.env.SCENEHUB_DEMO_PASSWORD || 'scenehub-demo' }),
          })
        ).status === 200,
    ],
    ['scenarios indexed', async () => (await getJson(`${baseUrl}/api/v1/catalogue/scenarios?size=1`)).body?.total >= 900],
    ['providers indexed', async () => (await getJson(`${baseUrl}/api/v1/catalogue/providers?size=1`)).body?.total >= 300],
  ]
  for (const [name, check] of checks) {
    for (;;) {
      if (!isAlive()) throw new Error(`the application stopped while waiting for: ${name}`)
      if (Date.now() > deadline) throw new Error(`the application was not ready in time (waiting for: ${name})`)
      try {
        if (await check()) break
      } catch {
        // not listening yet, or 503 while a server starts
      }
      await sleep(1000)
    }
    log(`ready: ${name}`)
  }
}

function descendants(pid) {
  try {
    const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    const children = out.split('\n').map((s) => Number.parseInt(s, 10)).filter(Number.isInteger)
    return children.flatMap((c) => [c, ...descendants(c)])
  } catch {
    return []
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Starts `java -jar <jar>` with a private data directory (deleted before and after) and a free
 * port. Resolves { baseUrl, stop() } once the app is ready; the output goes to `logFile`.
 */
export async function startApp({ jar, dataDir, logFile, javaOptions = [], log = console.log }) {
  if (!existsSync(jar)) throw new Error(`no launcher jar at ${jar}: build it first (mvn -B -DskipTests package)`)
  rmSync(dataDir, { recursive: true, force: true })
  mkdirSync(dataDir, { recursive: true })
  mkdirSync(path.dirname(logFile), { recursive: true })
  const port = await freePort()
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SCENEHUB_')))
  Object.assign(env, {
    SCENEHUB_DATA_DIR: dataDir,
    SCENEHUB_DEMO: 'auto', // the launcher's fresh embedded database gets the demo set
    MICRONAUT_SERVER_PORT: String(port),
  })
  const out = createWriteStream(logFile)
  const child = spawn('java', [...javaOptions, '-jar', jar], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  let exited = false
  child.on('exit', () => (exited = true))

  const baseUrl = `http://127.0.0.1:${port}`
  const started = Date.now()

  async function stop() {
    if (!exited) {
      const family = descendants(child.pid)
      child.kill('SIGTERM') // the launcher's shutdown hook stops the app, then its servers
      for (let i = 0; i < 120 && !exited; i++) await sleep(500)
      if (!exited) {
        log('e2e: the application did not stop in 60 s; killing it and its servers')
        child.kill('SIGKILL')
      }
      for (const pid of family) if (alive(pid)) process.kill(pid, 'SIGKILL')
    }
    out.end()
    rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    await waitUntilReady(baseUrl, { isAlive: () => !exited, log: (m) => log(`e2e: ${m} (${Math.round((Date.now() - started) / 1000)} s)`) })
  } catch (err) {
    await stop()
    throw new Error(`${err.message}; see ${logFile}`)
  }
  return { baseUrl, stop }
}
