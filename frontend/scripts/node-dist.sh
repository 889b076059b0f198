#!/usr/bin/env bash
# Prepares a local "download root" for frontend-maven-plugin's install-node-and-npm goal.
#
# The plugin normally downloads Node from the Node.js download site, which these build
# machines cannot reach. The npm registry carries Node itself as the package
# node-linux-<arch>, and npm as the package npm, so this script fetches both with the
# system npm client (which uses npm's configured registry) and lays them out the way
# the plugin expects:
#
#   <out>/v<node>/node-v<node>-linux-<arch>.tar.gz   (nodeDownloadRoot = file://<out>/)
#   <out>/npm/npm-<npm>.tgz                           (npmDownloadRoot  = file://<out>/npm/)
#
# It does nothing for an archive the plugin has already cached in the local Maven
# repository (com/github/eirslett/{node,npm}/...) or that is already in <out>.
#
# Usage: node-dist.sh <node-version> <npm-version> <out-dir> <maven-local-repo>
set -euo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: $0 <node-version> <npm-version> <out-dir> <maven-local-repo>" >&2
  exit 2
fi

node_version="${1#v}"
npm_version="$2"
out_dir="$3"
local_repo="$4"

case "$(uname -s)" in
  Linux) os=linux ;;
  *) echo "node-dist: unsupported OS $(uname -s); install Node ${node_version} by other means" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64 | amd64) arch=x64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) echo "node-dist: unsupported CPU $(uname -m)" >&2; exit 1 ;;
esac
classifier="${os}-${arch}"

node_cached="${local_repo}/com/github/eirslett/node/${node_version}/node-${node_version}-${classifier}.tar.gz"
node_tarball="${out_dir}/v${node_version}/node-v${node_version}-${classifier}.tar.gz"
npm_cached="${local_repo}/com/github/eirslett/npm/${npm_version}/npm-${npm_version}.tar.gz"
npm_tarball="${out_dir}/npm/npm-${npm_version}.tgz"

need_node=true
need_npm=true
if [[ -s "$node_cached" || -s "$node_tarball" ]]; then
  echo "node-dist: Node ${node_version} (${classifier}) already available, nothing to fetch"
  need_node=false
fi
if [[ -s "$npm_cached" || -s "$npm_tarball" ]]; then
  echo "node-dist: npm ${npm_version} already available, nothing to fetch"
  need_npm=false
fi
if [[ "$need_node" == false && "$need_npm" == false ]]; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "node-dist: the system npm client is needed once to fetch Node ${node_version}; install nodejs/npm (e.g. apt-get install npm)" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/node-dist.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Run npm from the scratch folder so that no project .npmrc or package.json is involved.
pack() {
  (cd "$work" && npm pack --loglevel=error --pack-destination "$work" "$1" | tail -n 1)
}

if [[ "$need_node" == true ]]; then
  echo "node-dist: fetching node-${classifier}@${node_version} with npm pack"
  tgz="$(pack "node-${classifier}@${node_version}")" || tgz=""
  if [[ -z "$tgz" || ! -s "$work/$tgz" ]]; then
    echo "node-dist: npm pack node-${classifier}@${node_version} failed" >&2
    exit 1
  fi
  mkdir -p "$work/x" "$work/dist/node-v${node_version}-${classifier}/bin"
  tar -xzf "$work/$tgz" -C "$work/x" package/bin/node package/LICENSE
  cp "$work/x/package/bin/node" "$work/dist/node-v${node_version}-${classifier}/bin/node"
  cp "$work/x/package/LICENSE" "$work/dist/node-v${node_version}-${classifier}/LICENSE"
  chmod 755 "$work/dist/node-v${node_version}-${classifier}/bin/node"
  actual="$("$work/dist/node-v${node_version}-${classifier}/bin/node" --version)"
  if [[ "$actual" != "v${node_version}" ]]; then
    echo "node-dist: the fetched binary reports ${actual}, expected v${node_version}" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$node_tarball")"
  tar -czf "$node_tarball.tmp" -C "$work/dist" "node-v${node_version}-${classifier}"
  mv "$node_tarball.tmp" "$node_tarball"
  echo "node-dist: wrote $node_tarball"
fi

if [[ "$need_npm" == true ]]; then
  echo "node-dist: fetching npm@${npm_version} with npm pack"
  tgz="$(pack "npm@${npm_version}")" || tgz=""
  if [[ -z "$tgz" || ! -s "$work/$tgz" ]]; then
    echo "node-dist: npm pack npm@${npm_version} failed" >&2
    exit 1
  fi
  mkdir -p "$(dirname "$npm_tarball")"
  mv "$work/$tgz" "$npm_tarball"
  echo "node-dist: wrote $npm_tarball"
fi
