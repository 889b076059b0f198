#!/usr/bin/env bash
# Checks the SceneHub deployment files without a Docker engine:
#   1. infra/compose.yaml parses, interpolates like Compose does (with infra/compose/.env.example),
#      and is consistent: every app replica sets every variable the application needs, the URLs
#      point at the services, MySQL is utf8mb4, the OpenSearch cluster is wired, volumes,
#      networks, health checks and depends_on are right, nginx.conf matches the replicas.
#   2. Without the secrets, interpolation stops with the `${VAR:?…}` messages (secrets required).
#   3. `docker compose config` (or the older `docker-compose config`) when one is installed.
#   4. nginx.conf syntax with `nginx -t` when nginx is installed (upstream names -> 127.0.0.1).
#   5. infra/compose/Dockerfile basics, and infra/kubernetes/*.yaml when present.
# Exits non-zero when any check fails. Usage: bash infra/compose/check.sh
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
compose_file="$repo/infra/compose.yaml"
env_example="$here/.env.example"

failures=0
passes=0
pass() { passes=$((passes + 1)); echo "  ok   $*"; }
fail() { failures=$((failures + 1)); echo "  FAIL $*"; }
note() { echo "  --   $*"; }

# --- python3 + PyYAML --------------------------------------------------------------------------
echo "== Prerequisites"
if ! command -v python3 > /dev/null; then
    echo "python3 is required (Debian: apt-get install -y python3)" >&2
    exit 2
fi
if ! python3 -c 'import yaml' 2> /dev/null; then
    if [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
        note "PyYAML missing: installing Debian's python3-yaml"
        apt-get install -y -q python3-yaml > /dev/null 2>&1 \
            || { apt-get update -q > /dev/null 2>&1 && apt-get install -y -q python3-yaml > /dev/null 2>&1; }
    fi
    # A pyenv/venv python3 does not see Debian's package: fall back to the system interpreter.
    if ! python3 -c 'import yaml' 2> /dev/null && [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import yaml' 2> /dev/null; then
        PATH="/usr/bin:$PATH"
    fi
    if ! python3 -c 'import yaml' 2> /dev/null; then
        echo "PyYAML is required: Debian's python3-yaml package provides it (apt-get install -y python3-yaml)" >&2
        exit 2
    fi
fi
pass "python3 with PyYAML ($(python3 -c 'import yaml; print(yaml.__version__)'))"

# --- 1, 2, 5: the structural checks (python) ---------------------------------------------------
echo "== infra/compose.yaml, infra/compose/.env.example, Dockerfile, nginx.conf, kubernetes"
result_file="$(mktemp)"
trap 'rm -f "$result_file"' EXIT
python3 - "$repo" "$result_file" <<'PYEOF'
import os
import re
import sys
from urllib.parse import urlparse

import yaml

repo = sys.argv[1]
infra = os.path.join(repo, "infra")
compose_path = os.path.join(infra, "compose.yaml")
env_example_path = os.path.join(infra, "compose", ".env.example")
dockerfile_path = os.path.join(infra, "compose", "Dockerfile")
nginx_path = os.path.join(infra, "compose", "nginx.conf")
app_config_path = os.path.join(repo, "backend", "src", "main", "resources", "application.yml")

passed = 0
failed = 0


def ok(msg):
    global passed
    passed += 1
    print(f"  ok   {msg}")


def bad(msg):
    global failed
    failed += 1
    print(f"  FAIL {msg}")


def finish():
    with open(sys.argv[2], "w") as out:
        out.write(f"{passed} {failed}\n")
    sys.exit(0)


def check(cond, msg, detail=""):
    if cond:
        ok(msg)
    else:
        bad(msg + (f": {detail}" if detail else ""))
    return cond


# Variables the application needs on every replica (the deployment contract). The SCENEHUB_*
# placeholders of backend/src/main/resources/application.yml are added below, so a variable a
# later change adds there is caught here too.
REQUIRED_APP_VARS = [
    "SCENEHUB_DB_URL", "SCENEHUB_DB_USER", "SCENEHUB_DB_PASSWORD",
    "SCENEHUB_OPENSEARCH_URLS", "SCENEHUB_OPENSEARCH_USER", "SCENEHUB_OPENSEARCH_PASSWORD",
    "SCENEHUB_OPENSEARCH_SHARDS", "SCENEHUB_OPENSEARCH_REPLICAS",
    "SCENEHUB_REDIS_URI", "SCENEHUB_ADMIN_PASSWORD", "JAVA_OPTS",
]
# These may be blank (OpenSearch without its security plugin); all others must have a value.
MAY_BE_BLANK = {"SCENEHUB_OPENSEARCH_USER", "SCENEHUB_OPENSEARCH_PASSWORD"}
SECRETS = ["MYSQL_ROOT_PASSWORD", "SCENEHUB_DB_PASSWORD", "SCENEHUB_ADMIN_PASSWORD"]
OPENSEARCH_NODES = ["opensearch-1", "opensearch-2", "opensearch-3"]
APP_REPLICAS = ["app-1", "app-2"]


# ---- Compose-style interpolation ----------------------------------------------------------
class InterpolationError(Exception):
    pass


VAR_RE = re.compile(r"\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])((?:[^{}]|\{[^{}]*\})*))?\}|([A-Za-z_][A-Za-z0-9_]*))")


def interpolate_str(s, env, used):
    def repl(m):
        if m.group(0) == "$$":
            return "$"
        name = m.group(1) or m.group(4)
        op, arg = m.group(2), m.group(3)
        used.add(name)
        present = name in env
        value = env.get(name)
        if op is None:
            return value if present else ""
        if arg is not None and "$" in arg:
            arg = interpolate_str(arg, env, used)
        if op == ":-":
            return value if present and value != "" else arg
        if op == "-":
            return value if present else arg
        if op == ":?":
            if not present or value == "":
                raise InterpolationError(f"{name}: {arg}")
            return value
        if op == "?":
            if not present:
                raise InterpolationError(f"{name}: {arg}")
            return value
        if op == ":+":
            return arg if present and value != "" else ""
        if op == "+":
            return arg if present else ""
        raise InterpolationError(f"unsupported operator {op} for {name}")

    return VAR_RE.sub(repl, s)


def interpolate(node, env, used, errors):
    if isinstance(node, dict):
        return {k: interpolate(v, env, used, errors) for k, v in node.items()}
    if isinstance(node, list):
        return [interpolate(v, env, used, errors) for v in node]
    if isinstance(node, str):
        try:
            return interpolate_str(node, env, used)
        except InterpolationError as e:
            errors.append(str(e))
            return node
    return node


def read_env_file(path):
    env = {}
    with open(path, encoding="utf-8") as f:
        for lineno, raw in enumerate(f, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                raise ValueError(f"{path}:{lineno}: not KEY=VALUE: {raw.rstrip()}")
            key, value = line.split("=", 1)
            key = key.strip()
            if key.startswith("export "):
                key = key[len("export "):].strip()
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            else:
                value = re.sub(r"\s+#.*$", "", value)
            env[key] = value
    return env


def env_map(service):
    """A service's environment as a dict (mapping or KEY=VALUE list form)."""
    env = service.get("environment") or {}
    if isinstance(env, list):
        out = {}
        for item in env:
            k, _, v = str(item).partition("=")
            out[k] = v if "=" in str(item) else None
        return out
    return {k: (None if v is None else str(v).lower() if isinstance(v, bool) else str(v)) for k, v in env.items()}


def depends_map(service):
    dep = service.get("depends_on") or {}
    if isinstance(dep, list):
        return {d: {"condition": "service_started"} for d in dep}
    return dep


def healthcheck_text(service):
    hc = service.get("healthcheck") or {}
    test = hc.get("test")
    if isinstance(test, list):
        return " ".join(str(t) for t in test)
    return str(test or "")


# ---- Parse --------------------------------------------------------------------------------
try:
    with open(compose_path, encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    ok("infra/compose.yaml is valid YAML")
except Exception as e:  # noqa: BLE001
    bad(f"infra/compose.yaml does not parse: {e}")
    finish()

try:
    example_env = read_env_file(env_example_path)
    ok(f"infra/compose/.env.example parses ({len(example_env)} variables)")
except Exception as e:  # noqa: BLE001
    bad(f"infra/compose/.env.example: {e}")
    example_env = {}

# Interpolation with the example env file, as `docker compose --env-file` would do it.
used = set()
errors = []
cfg = interpolate(raw, example_env, used, errors)
check(not errors, "interpolation with .env.example succeeds", "; ".join(errors))
undocumented = sorted(v for v in used if v not in example_env)
check(not undocumented, f"every variable compose.yaml uses is documented in .env.example ({len(used)} variables)",
      ", ".join(undocumented))

# Without any variable: the secrets must be required (${VAR:?message}), not silently empty.
errors_empty = []
interpolate(raw, {}, set(), errors_empty)
missing_required = [s for s in SECRETS if not any(e.startswith(s + ":") for e in errors_empty)]
check(not missing_required,
      "without an env file, compose stops on the missing secrets (" + ", ".join(SECRETS) + ")",
      "not required: " + ", ".join(missing_required))
check(all(":" in e and e.split(":", 1)[1].strip() for e in errors_empty),
      "each required variable has an error message")

services = cfg.get("services") or {}
check(isinstance(services, dict) and services, "top-level `services` present")
expected = ["mysql", *OPENSEARCH_NODES, "redis", *APP_REPLICAS, "nginx"]
missing = [s for s in expected if s not in services]
check(not missing, "services " + ", ".join(expected) + " defined", "missing " + ", ".join(missing))
if missing:
    finish()

top_volumes = cfg.get("volumes") or {}
top_networks = cfg.get("networks") or {}

# ---- Every service: references resolve -----------------------------------------------------
for name, svc in services.items():
    for dep in depends_map(svc):
        if dep not in services:
            bad(f"{name}: depends_on unknown service {dep}")
    for net in (svc.get("networks") or []):
        if net not in top_networks:
            bad(f"{name}: network {net} not declared at top level")
    for vol in svc.get("volumes") or []:
        src = vol.split(":", 1)[0] if isinstance(vol, str) else vol.get("source", "")
        if src.startswith((".", "/")):
            path = os.path.normpath(os.path.join(infra, src))
            if not os.path.exists(path):
                bad(f"{name}: bind mount source {src} does not exist ({path})")
        elif src and src not in top_volumes:
            bad(f"{name}: named volume {src} not declared at top level")
    if "image" not in svc and "build" not in svc:
        bad(f"{name}: neither image nor build")
    if not svc.get("healthcheck"):
        bad(f"{name}: no healthcheck")
ok("depends_on targets, networks, named volumes and bind-mount sources all resolve; every service has a healthcheck")

# Only nginx publishes ports.
published = [n for n, s in services.items() if s.get("ports")]
check(published == ["nginx"], "only nginx publishes a port", f"published: {published}")
backend_net = top_networks.get("backend") or {}
check(backend_net.get("internal") is True, "the data services' `backend` network is internal")

# ---- The application ------------------------------------------------------------------------
app_vars = list(REQUIRED_APP_VARS)
try:
    with open(app_config_path, encoding="utf-8") as f:
        yml_vars = sorted(set(re.findall(r"\$\{(SCENEHUB_[A-Z0-9_]+)", f.read())))
    added = [v for v in yml_vars if v not in app_vars]
    app_vars += added
    ok(f"application.yml reads {len(yml_vars)} SCENEHUB_* variables"
       + (f" (added to the required list: {', '.join(added)})" if added else ", all in the required list"))
except OSError:
    print("  --   backend/src/main/resources/application.yml not found: using the fixed list only")

envs = {}
for rep in APP_REPLICAS:
    svc = services[rep]
    env = env_map(svc)
    envs[rep] = env
    unset = [v for v in app_vars if v not in env or env[v] is None]
    empty = [v for v in app_vars if v in env and env[v] == "" and v not in MAY_BE_BLANK]
    check(not unset and not empty, f"{rep} sets all {len(app_vars)} variables: " + ", ".join(app_vars),
          (f"unset {unset} " if unset else "") + (f"empty {empty}" if empty else ""))

    build = svc.get("build") or {}
    if isinstance(build, str):
        build = {"context": build}
    ctx = os.path.normpath(os.path.join(infra, build.get("context", ".")))
    dockerfile = os.path.join(ctx, build.get("dockerfile", "Dockerfile"))
    check(ctx == os.path.normpath(repo) and os.path.isfile(dockerfile)
          and os.path.samefile(dockerfile, dockerfile_path),
          f"{rep} builds infra/compose/Dockerfile with the repository root as context",
          f"context={ctx} dockerfile={dockerfile}")

    deps = depends_map(svc)
    need = ["mysql", "redis", *OPENSEARCH_NODES]
    not_healthy = [d for d in need if (deps.get(d) or {}).get("condition") != "service_healthy"]
    check(not not_healthy, f"{rep} depends_on {', '.join(need)} with condition service_healthy",
          f"missing/not service_healthy: {not_healthy}")

    port = env.get("MICRONAUT_SERVER_PORT") or "8080"
    check(re.search(rf"https?://(127\.0\.0\.1|localhost):{port}/health\b", healthcheck_text(svc)) is not None,
          f"{rep} healthcheck calls /health on port {port}", healthcheck_text(svc))

if len(envs) == 2:
    a, b = (envs[r] for r in APP_REPLICAS)
    diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
    check(not diff, "app-1 and app-2 have identical environments", f"differ in {diff}")

env = envs[APP_REPLICAS[0]]

# JDBC URL -> the mysql service, the database the image creates, utf8mb4.
mysql = services["mysql"]
menv = env_map(mysql)
db_url = env.get("SCENEHUB_DB_URL", "")
m = re.match(r"jdbc:mysql://([^:/?]+)(?::(\d+))?/([^?]+)(?:\?(.*))?$", db_url)
if check(m is not None, "SCENEHUB_DB_URL is a MySQL Connector/J URL", db_url):
    host, port, db, query = m.group(1), m.group(2) or "3306", m.group(3), m.group(4) or ""
    check(host == "mysql" and port == "3306", "SCENEHUB_DB_URL points at mysql:3306", f"{host}:{port}")
    check(db == menv.get("MYSQL_DATABASE") == "scenehub", "the app's database is the one mysql creates (scenehub)",
          f"url {db}, MYSQL_DATABASE {menv.get('MYSQL_DATABASE')}")
    check("characterEncoding=UTF-8" in query and "connectionCollation=utf8mb4_unicode_ci" in query,
          "SCENEHUB_DB_URL asks for UTF-8 and utf8mb4_unicode_ci", query)
check(env.get("SCENEHUB_DB_USER") == menv.get("MYSQL_USER") == "scenehub",
      "SCENEHUB_DB_USER is the user mysql creates (scenehub)")
check(env.get("SCENEHUB_DB_PASSWORD") == menv.get("MYSQL_PASSWORD") and bool(menv.get("MYSQL_PASSWORD")),
      "SCENEHUB_DB_PASSWORD is that user's password (MYSQL_PASSWORD)")
check(bool(menv.get("MYSQL_ROOT_PASSWORD")), "mysql has MYSQL_ROOT_PASSWORD")

# MySQL image and server character set.
check(str(mysql.get("image", "")) == "mysql:8.4", "mysql image is mysql:8.4", str(mysql.get("image")))
cmd = mysql.get("command") or []
cmd = cmd.split() if isinstance(cmd, str) else [str(c) for c in cmd]
check("--character-set-server=utf8mb4" in cmd and "--collation-server=utf8mb4_unicode_ci" in cmd,
      "mysql server defaults are utf8mb4 / utf8mb4_unicode_ci", " ".join(cmd))
check(any(isinstance(v, str) and v.split(":")[0] in top_volumes and v.split(":")[1] == "/var/lib/mysql"
          for v in mysql.get("volumes") or []), "mysql keeps /var/lib/mysql on a named volume")
check("127.0.0.1" in healthcheck_text(mysql) or "mysqladmin" in healthcheck_text(mysql),
      "mysql healthcheck queries the server")

# OpenSearch URLs -> the three nodes; index layout.
urls = [u.strip() for u in env.get("SCENEHUB_OPENSEARCH_URLS", "").split(",") if u.strip()]
parsed = [urlparse(u) for u in urls]
check(sorted(p.hostname for p in parsed) == OPENSEARCH_NODES and all(p.port == 9200 for p in parsed),
      "SCENEHUB_OPENSEARCH_URLS lists opensearch-1..3 on port 9200", ",".join(urls))
try:
    shards = int(env.get("SCENEHUB_OPENSEARCH_SHARDS", ""))
    replicas = int(env.get("SCENEHUB_OPENSEARCH_REPLICAS", ""))
    check(shards == 3 and replicas == 1, "index layout: 3 shards, 1 replica", f"{shards} shards, {replicas} replicas")
    check(replicas <= len(OPENSEARCH_NODES) - 1, "replicas fit on the cluster (<= nodes - 1)")
except ValueError:
    bad("SCENEHUB_OPENSEARCH_SHARDS/REPLICAS are integers")

# Redis URI -> the redis service.
r = urlparse(env.get("SCENEHUB_REDIS_URI", ""))
check(r.scheme in ("redis", "rediss") and r.hostname == "redis" and (r.port or 6379) == 6379,
      "SCENEHUB_REDIS_URI points at redis:6379", env.get("SCENEHUB_REDIS_URI", ""))
check(bool(env.get("SCENEHUB_ADMIN_PASSWORD")), "SCENEHUB_ADMIN_PASSWORD has a value")
check(bool(re.search(r"-Xmx\d+[mMgG]", env.get("JAVA_OPTS", ""))), "JAVA_OPTS sets a heap (-Xmx)", env.get("JAVA_OPTS", ""))

# ---- OpenSearch cluster ----------------------------------------------------------------------
data_volumes = set()
security_disabled = set()
for node in OPENSEARCH_NODES:
    svc = services[node]
    oenv = env_map(svc)
    problems = []
    if not re.fullmatch(r"opensearchproject/opensearch:2\.19\.\d+", str(svc.get("image", ""))):
        problems.append(f"image {svc.get('image')}")
    if oenv.get("node.name") != node:
        problems.append(f"node.name {oenv.get('node.name')}")
    if sorted((oenv.get("cluster.initial_cluster_manager_nodes") or "").split(",")) != OPENSEARCH_NODES:
        problems.append("cluster.initial_cluster_manager_nodes")
    if sorted((oenv.get("discovery.seed_hosts") or "").split(",")) != OPENSEARCH_NODES:
        problems.append("discovery.seed_hosts")
    if oenv.get("bootstrap.memory_lock") != "true":
        problems.append("bootstrap.memory_lock")
    if oenv.get("discovery.type"):
        problems.append("discovery.type must not be set on a cluster")
    jo = oenv.get("OPENSEARCH_JAVA_OPTS") or ""
    xms, xmx = re.search(r"-Xms(\S+)", jo), re.search(r"-Xmx(\S+)", jo)
    if not (xms and xmx and xms.group(1) == xmx.group(1)):
        problems.append(f"OPENSEARCH_JAVA_OPTS needs equal -Xms/-Xmx: {jo}")
    ul = svc.get("ulimits") or {}
    memlock = ul.get("memlock") or {}
    if not (isinstance(memlock, dict) and memlock.get("soft") == -1 and memlock.get("hard") == -1):
        problems.append("ulimits.memlock -1/-1")
    nofile = ul.get("nofile") or {}
    if not (isinstance(nofile, dict) and int(nofile.get("soft", 0)) >= 65536 and int(nofile.get("hard", 0)) >= 65536):
        problems.append("ulimits.nofile >= 65536")
    vols = [v for v in svc.get("volumes") or [] if isinstance(v, str) and v.endswith(":/usr/share/opensearch/data")]
    if len(vols) != 1 or vols[0].split(":")[0] not in top_volumes:
        problems.append("named data volume")
    else:
        data_volumes.add(vols[0].split(":")[0])
    if "_cluster/health" not in healthcheck_text(svc):
        problems.append("healthcheck on _cluster/health")
    disabled = oenv.get("DISABLE_SECURITY_PLUGIN") == "true"
    security_disabled.add(disabled)
    if disabled and oenv.get("DISABLE_INSTALL_DEMO_CONFIG") != "true":
        problems.append("security disabled but the demo installer would still run (needs OPENSEARCH_INITIAL_ADMIN_PASSWORD)")
    if not disabled and oenv.get("DISABLE_INSTALL_DEMO_CONFIG") != "true" and not oenv.get("OPENSEARCH_INITIAL_ADMIN_PASSWORD"):
        problems.append("security demo config on 2.12+ needs OPENSEARCH_INITIAL_ADMIN_PASSWORD")
    check(not problems, f"{node}: 2.19 image, node.name, seed hosts, initial cluster managers, memory_lock, "
          "ulimits, equal heap, own volume, healthcheck, security settings", "; ".join(problems))
check(len(data_volumes) == len(OPENSEARCH_NODES), "each OpenSearch node has its own data volume")
check(len(security_disabled) == 1, "security plugin setting is the same on all nodes")
if security_disabled == {True}:
    check(all(p.scheme == "http" for p in parsed) and not env.get("SCENEHUB_OPENSEARCH_USER"),
          "security disabled: the app uses http URLs and no credentials")
elif security_disabled == {False}:
    check(all(p.scheme == "https" for p in parsed) and bool(env.get("SCENEHUB_OPENSEARCH_USER"))
          and bool(env.get("SCENEHUB_OPENSEARCH_PASSWORD")),
          "security enabled: the app uses https URLs and credentials")
compose_text = open(compose_path, encoding="utf-8").read()
check("vm.max_map_count" in compose_text and "262144" in compose_text,
      "compose.yaml tells about vm.max_map_count=262144 on the host")

# ---- Redis --------------------------------------------------------------------------------
redis = services["redis"]
rcmd = redis.get("command") or []
rcmd = " ".join(rcmd) if isinstance(rcmd, list) else str(rcmd)
check(re.match(r"redis:7(\b|[.-])", str(redis.get("image", ""))) is not None, "redis image is redis:7", str(redis.get("image")))
check("--appendonly yes" in rcmd, "redis runs with appendonly yes", rcmd)
check(any(isinstance(v, str) and v.split(":")[0] in top_volumes and v.split(":")[1] == "/data"
          for v in redis.get("volumes") or []), "redis keeps /data on a named volume")
check("ping" in healthcheck_text(redis), "redis healthcheck pings")

# ---- nginx --------------------------------------------------------------------------------
nginx = services["nginx"]
ports = [str(p) for p in nginx.get("ports") or []]
check(any(p.endswith(":80") or p == "80" for p in ports), "nginx publishes container port 80", ",".join(ports))
mounts = [v for v in nginx.get("volumes") or [] if isinstance(v, str) and "/etc/nginx/nginx.conf" in v]
check(len(mounts) == 1 and os.path.samefile(os.path.join(infra, mounts[0].split(":")[0]), nginx_path),
      "nginx mounts infra/compose/nginx.conf as /etc/nginx/nginx.conf")
ndeps = depends_map(nginx)
check(all((ndeps.get(r) or {}).get("condition") == "service_healthy" for r in APP_REPLICAS),
      "nginx depends_on both replicas being healthy")
conf = open(nginx_path, encoding="utf-8").read()
conf_nc = re.sub(r"#[^\n]*", "", conf)
app_port = envs[APP_REPLICAS[0]].get("MICRONAUT_SERVER_PORT") or "8080"
upstream = re.search(r"upstream\s+(\S+)\s*\{([^}]*)\}", conf_nc)
servers = re.findall(r"^\s*server\s+([^\s;]+)", upstream.group(2), re.M) if upstream else []
check(sorted(servers) == sorted(f"{r}:{app_port}" for r in APP_REPLICAS),
      f"nginx upstream lists app-1:{app_port} and app-2:{app_port}", ",".join(servers))
check(upstream is not None and re.search(rf"proxy_pass\s+http://{re.escape(upstream.group(1))}\s*;", conf_nc) is not None,
      "nginx proxies to that upstream")
for directive, label in [
    (r"proxy_next_upstream\s+[^;]*\berror\b", "proxy_next_upstream on errors"),
    (r"client_max_body_size\s+64m\s*;", "client_max_body_size 64m"),
    (r"gzip\s+on\s*;", "gzip on"),
    (r"proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for\s*;", "X-Forwarded-For"),
    (r"proxy_set_header\s+X-Forwarded-Proto\s", "X-Forwarded-Proto"),
    (r"proxy_set_header\s+Host\s+\$host\s*;", "Host header"),
    (r"location\s+=\s+/nginx-health", "a local /nginx-health for the healthcheck"),
]:
    check(re.search(directive, conf_nc) is not None, f"nginx.conf: {label}")
check(not re.search(r"add_header\s+Cache-Control|expires\s", conf_nc),
      "nginx.conf leaves Cache-Control to the app (passes /assets/ headers through)")

# ---- Dockerfile ---------------------------------------------------------------------------
df = open(dockerfile_path, encoding="utf-8").read()
df_lines = [l.strip() for l in re.sub(r"\\\n", " ", df).splitlines() if l.strip() and not l.strip().startswith("#")]
froms = [l for l in df_lines if l.upper().startswith("FROM ")]
check(froms and froms[-1].split()[1].startswith("eclipse-temurin:17-jre"), "Dockerfile: FROM eclipse-temurin:17-jre",
      froms[-1] if froms else "no FROM")
check(any(re.match(r"COPY\s+(--\S+\s+)*backend/target/scenehub\.jar\s+/app/scenehub\.jar$", l) for l in df_lines),
      "Dockerfile: copies backend/target/scenehub.jar to /app/scenehub.jar")
users = [l.split(None, 1)[1] for l in df_lines if l.upper().startswith("USER ")]
check(users and users[-1].split(":")[0] not in ("root", "0"), "Dockerfile: runs as a non-root USER",
      users[-1] if users else "no USER")
check('ENTRYPOINT ["sh","-c","exec java $JAVA_OPTS -jar /app/scenehub.jar"]' in df_lines,
      "Dockerfile: ENTRYPOINT execs java $JAVA_OPTS -jar /app/scenehub.jar")
ignore = os.path.join(infra, "compose", "Dockerfile.dockerignore")
if os.path.isfile(ignore):
    lines = [l.strip() for l in open(ignore, encoding="utf-8") if l.strip() and not l.startswith("#")]
    check("!backend/target/scenehub.jar" in lines, "Dockerfile.dockerignore keeps the jar in the build context")
jar = os.path.join(repo, "backend", "target", "scenehub.jar")
if os.path.isfile(jar):
    ok(f"backend/target/scenehub.jar exists ({os.path.getsize(jar) // (1024 * 1024)} MiB)")
else:
    print("  --   backend/target/scenehub.jar not built yet (mvn -B -DskipTests package): needed for `docker compose build`")

# ---- Kubernetes (optional) -----------------------------------------------------------------
kdir = os.path.join(infra, "kubernetes")
if os.path.isdir(kdir):
    docs = []
    for fn in sorted(os.listdir(kdir)):
        if fn.endswith((".yaml", ".yml")):
            try:
                with open(os.path.join(kdir, fn), encoding="utf-8") as f:
                    docs += [d for d in yaml.safe_load_all(f) if d]
            except Exception as e:  # noqa: BLE001
                bad(f"infra/kubernetes/{fn} does not parse: {e}")
    check(bool(docs), f"infra/kubernetes: {len(docs)} manifests parse")
    kinds = {d.get("kind") for d in docs}
    check({"Deployment", "Service"} <= kinds, "infra/kubernetes has a Deployment and a Service", str(sorted(kinds, key=str)))
    provided = {}
    for d in docs:
        if d.get("kind") == "ConfigMap":
            provided.update({k: ("ConfigMap", d["metadata"]["name"]) for k in (d.get("data") or {})})
        if d.get("kind") == "Secret":
            provided.update({k: ("Secret", d["metadata"]["name"]) for k in (d.get("stringData") or {})})
            provided.update({k: ("Secret", d["metadata"]["name"]) for k in (d.get("data") or {})})
    for d in docs:
        if d.get("kind") != "Deployment":
            continue
        spec = d["spec"]
        pod = spec["template"]["spec"]
        container = pod["containers"][0]
        names = set()
        for e in container.get("env") or []:
            names.add(e["name"])
        for ef in container.get("envFrom") or []:
            ref = ef.get("configMapRef") or ef.get("secretRef") or {}
            kind = "ConfigMap" if "configMapRef" in ef else "Secret"
            names |= {k for k, src in provided.items() if src == (kind, ref.get("name"))}
        missing = [v for v in app_vars if v not in names]
        name = d["metadata"]["name"]
        check(not missing, f"Deployment {name} gets all {len(app_vars)} variables from env/ConfigMap/Secret",
              ", ".join(missing))
        check(int(spec.get("replicas", 1)) >= 2, f"Deployment {name} runs >= 2 replicas")
        ready = ((container.get("readinessProbe") or {}).get("httpGet") or {}).get("path")
        live = ((container.get("livenessProbe") or {}).get("httpGet") or {}).get("path") or ""
        check(ready == "/health" and re.fullmatch(r"/health(/liveness)?", live) is not None,
              f"Deployment {name} has a readiness probe on /health and a liveness probe on /health[/liveness]",
              f"readiness {ready}, liveness {live}")
        sc = pod.get("securityContext") or {}
        check(sc.get("runAsNonRoot") is True, f"Deployment {name} runs as non-root")

finish()
PYEOF
py_rc=$?
if [ $py_rc -ne 0 ] || [ ! -s "$result_file" ]; then
    fail "the python checks crashed (exit $py_rc)"
else
    read -r py_pass py_fail < "$result_file"
    passes=$((passes + py_pass))
    failures=$((failures + py_fail))
fi

# --- 3: Compose's own validation, when a Compose client is installed ---------------------------
echo "== Compose validation"
compose_ok=""
if docker compose version > /dev/null 2>&1; then
    if out="$(docker compose -f "$compose_file" --env-file "$env_example" config -q 2>&1)"; then
        pass "docker compose config accepts infra/compose.yaml"
    else
        fail "docker compose config: $out"
    fi
    compose_ok=1
elif command -v docker-compose > /dev/null 2>&1; then
    version="$(docker-compose version --short 2>/dev/null || echo unknown)"
    case "$version" in
        1.*)
            # Compose v1 predates the top-level `name:` of the Compose Specification: validate a
            # copy without it, with infra/ as project directory so relative paths resolve the same.
            tmp_compose="$(mktemp --suffix=.yaml)"
            grep -v '^name:' "$compose_file" > "$tmp_compose"
            if out="$(docker-compose -f "$tmp_compose" --project-directory "$repo/infra" \
                    --env-file "$env_example" config -q 2>&1)"; then
                pass "docker-compose $version config accepts infra/compose.yaml (top-level name: aside)"
            else
                fail "docker-compose $version config: $out"
            fi
            rm -f "$tmp_compose"
            ;;
        *)
            if out="$(docker-compose -f "$compose_file" --env-file "$env_example" config -q 2>&1)"; then
                pass "docker-compose $version config accepts infra/compose.yaml"
            else
                fail "docker-compose $version config: $out"
            fi
            ;;
    esac
    compose_ok=1
fi
[ -n "$compose_ok" ] || note "no Compose client here (docker compose / docker-compose): skipped; the checks above parsed the file with PyYAML"

# --- 4: nginx.conf syntax ------------------------------------------------------------------------
echo "== nginx.conf syntax"
nginx_bin="$(command -v nginx || true)"
[ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ] && nginx_bin=/usr/sbin/nginx
if [ -n "$nginx_bin" ]; then
    tmp="$(mktemp -d)"
    # The upstream names only resolve inside the compose network, and the image's `nginx` user may
    # not exist here: test a copy with 127.0.0.1 and the current user.
    sed -e 's/\bapp-[0-9][0-9]*:/127.0.0.1:/g' \
        -e "s#^pid .*#pid $tmp/nginx.pid;#" \
        "$here/nginx.conf" > "$tmp/nginx.conf"
    if ! id nginx > /dev/null 2>&1; then
        sed -i -e "s/^user nginx;/user $(id -un);/" "$tmp/nginx.conf"
    fi
    if out="$("$nginx_bin" -t -q -p "$tmp/" -c "$tmp/nginx.conf" -e stderr 2>&1)"; then
        pass "nginx -t accepts nginx.conf ($("$nginx_bin" -v 2>&1 | sed 's/.*: //'), upstream hosts as 127.0.0.1)"
    else
        fail "nginx -t: $out"
    fi
    rm -rf "$tmp"
else
    note "nginx not installed: syntax check skipped (Debian: apt-get install -y nginx-light)"
fi

echo
echo "check: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
