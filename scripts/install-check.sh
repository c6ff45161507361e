#!/usr/bin/env bash
# Installation verified in clean apps: builds and packs the four packages (`yarn pack`), generates
# two Backstage apps with @backstage/create-app (the new frontend system, and --legacy), follows the
# installation page's steps (docs/installation.md) in each exactly as written (the shell blocks marked
# `install:both`, `install:new` or `install:legacy`, extracted from that page and run in the app's
# root), starts each app with `yarn start` and checks in Chromium that the DevEx tab and page
# render with data (scripts/install-check.js).
#
# Two things differ from an adopter's install, both before the page's steps: the packages come
# from the tarballs (root `resolutions` point the four names at them), not from the npm registry;
# and the template's known traps are mended as docs/development.md "Toolchain and versions" explains (no
# vendored Yarn, backend-defaults ^0.19.0, better-sqlite3 ^13.2.0).
#
# On every run the four tarballs are checked for what an install needs (scripts/pack-check.js).
# With --if-changed (CI) the apps are generated only when what the installation depends on changed
# since the inputs last verified here (scripts/install-check.verified, committed): the packages'
# manifests and entry points, the backend's config schema, the installation page's blocks,
# yarn.lock, the Yarn patches and the check itself. A full run writes that file anew; commit it.
#
# Usage: bash scripts/install-check.sh [--if-changed] [new|legacy ...]   (both by default)
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
source scripts/toolchain.sh
devex_install
if_changed=""
if [ "${1:-}" = --if-changed ]; then
  if_changed=1
  shift
fi
flavours=("$@")
[ $# -gt 0 ] || flavours=(new legacy)
work="${DEVEX_INSTALL_DIR:-/tmp/devex-install-check}"
create_app_version=0.9.2
packages=(devex-common devex-node devex-backend devex)
# the apps of an earlier run (gigabytes) are removed only when the apps are made again
rm -rf "$work/packs"
mkdir -p "$work/packs" e2e-test-results
step() { echo "=== install-check: $* ($(date -u +%H:%M:%S))"; }

if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

# The installation page's shell blocks for a flavour, in order: those marked install:both and install:<flavour>.
readme_steps() {
  awk -v want="$1" '
    /<!-- install:(both|new|legacy) -->/ { match($0, /install:[a-z]+/); tag = substr($0, RSTART + 8, RLENGTH - 8); next }
    tag != "" && /^```sh/ { if (tag == "both" || tag == want) on = 1; next }
    on && /^```/ { on = 0; tag = ""; next }
    /^```/ { tag = "" }
    on { print }
  ' "$repo/docs/installation.md"
}

# What an adopter's installation depends on, as one hash (see the header).
verified_file="$repo/scripts/install-check.verified"
install_inputs() {
  local entries
  entries=$(node -e '
    const files = new Set();
    const add = v => typeof v === "string" ? files.add(v.replace(/^\.\//, "")) : v && Object.values(v).forEach(add);
    for (const p of process.argv.slice(1)) {
      const m = require(`./plugins/${p}/package.json`);
      const before = [...files];
      add(m.main); add(m.exports); add(m.configSchema);
      for (const f of [...files]) if (!before.includes(f)) { files.delete(f); files.add(`plugins/${p}/${f}`); }
    }
    console.log([...files].filter(f => !f.endsWith("package.json")).sort().join("\n"));
  ' "${packages[@]}")
  {
    cat plugins/*/package.json yarn.lock .yarn/patches/* scripts/install-check.sh scripts/install-check.js scripts/chromium.js
    # shellcheck disable=SC2086
    cat $entries
    for f in both new legacy; do readme_steps "$f"; done
  } | sha256sum | cut -d' ' -f1
}
inputs="$(install_inputs)"

step "build and pack the four packages"
yarn tsc
for p in "${packages[@]}"; do
  (cd "plugins/$p" && yarn backstage-cli package build >/dev/null && yarn pack --out "$work/packs/$p.tgz" >/dev/null)
  name=$(node -p "require('./plugins/$p/package.json').name")
  version=$(node -p "require('./plugins/$p/package.json').version")
  echo "packed $name@$version: $(du -k "$work/packs/$p.tgz" | cut -f1) kB, $(tar tzf "$work/packs/$p.tgz" | wc -l) files"
done
node scripts/pack-check.js "$work"/packs/*.tgz

if [ -n "$if_changed" ] && [ -f "$verified_file" ] && grep -qx "$inputs" "$verified_file"; then
  step "skipped the fresh apps: what the installation depends on is unchanged since it was verified ($inputs)"
  exit 0
fi
[ -n "$if_changed" ] && step "what the installation depends on changed since it was verified: installing into fresh apps"

# create-app asks `yarn --version` outside any project: corepack needs a pinned default for that
corepack install -g yarn@4.13.0 >/dev/null

ports_new=(3027 7027)
ports_legacy=(3028 7028)
for flavour in "${flavours[@]}"; do
  app="$work/$flavour"
  rm -rf "$app" "$work/$flavour-"*
  ports_var="ports_${flavour}[@]"
  read -r app_port backend_port <<<"${!ports_var}"
  legacy_flag=()
  [ "$flavour" = legacy ] && legacy_flag=(--legacy)
  step "$flavour: npx @backstage/create-app@$create_app_version ${legacy_flag[*]}"
  (cd "$work" && BACKSTAGE_APP_NAME="devex-$flavour" npx --yes "@backstage/create-app@$create_app_version" \
    --skip-install --path "$app" "${legacy_flag[@]}" </dev/null | tail -3)

  step "$flavour: the template's traps, and the packages from the tarballs"
  sed -i '/^yarnPath:/d' "$app/.yarnrc.yml"
  rm -rf "$app/.yarn/releases"
  node - "$app" "$work/packs" <<'NODE'
const fs = require('node:fs');
const [app, packs] = process.argv.slice(2);
const edit = (file, change) => {
  const json = JSON.parse(fs.readFileSync(`${app}/${file}`, 'utf8'));
  change(json);
  fs.writeFileSync(`${app}/${file}`, `${JSON.stringify(json, null, 2)}\n`);
};
edit('packages/backend/package.json', p => {
  p.dependencies['@backstage/backend-defaults'] = '^0.19.0';
});
edit('package.json', p => {
  p.resolutions['better-sqlite3'] = '^13.2.0';
  for (const file of fs.readdirSync(packs)) {
    const pkg = JSON.parse(
      require('node:child_process').execFileSync('tar', ['xzOf', `${packs}/${file}`, 'package/package.json'], { encoding: 'utf8' }),
    );
    p.resolutions[pkg.name] = `file:${packs}/${file}`;
  }
});
NODE
  cat >"$app/app-config.local.yaml" <<YAML
# Written by scripts/install-check.sh: ports of the check's own.
app:
  baseUrl: http://localhost:$app_port
backend:
  baseUrl: http://localhost:$backend_port
  listen:
    port: $backend_port
  cors:
    origin: http://localhost:$app_port
YAML

  step "$flavour: the installation page's steps"
  readme_steps "$flavour" >"$work/$flavour-steps.sh"
  sed 's/^/  /' "$work/$flavour-steps.sh"
  [ -s "$work/$flavour-steps.sh" ] || { echo "install-check: no installation steps for $flavour in docs/installation.md" >&2; exit 1; }
  # the resolutions would satisfy any range: the page's must take the packed versions
  node - "$work/$flavour-steps.sh" <<'NODE'
const fs = require('node:fs');
const semver = require('semver');
const steps = fs.readFileSync(process.argv[2], 'utf8');
for (const [, name, range] of steps.matchAll(/add (@devex-governance\/[a-z-]+)@(\S+)/g)) {
  const dir = name.replace('@devex-governance/backstage-plugin-', 'plugins/');
  const { version } = require(`./${dir}/package.json`);
  if (!semver.satisfies(version, range)) {
    console.error(`install-check: docs/installation.md adds ${name}@${range}, which ${version} does not satisfy`);
    process.exit(1);
  }
}
NODE
  (cd "$app" && bash -euo pipefail "$work/$flavour-steps.sh" >"$work/$flavour-install.log" 2>&1) || {
    tail -40 "$work/$flavour-install.log" >&2
    exit 1
  }
  tail -2 "$work/$flavour-install.log"

  step "$flavour: yarn start"
  log="$work/$flavour-start.log"
  # its own process group (setsid), so that stopping it stops the frontend and backend it starts
  setsid bash -c 'cd "$1" && exec yarn start' _ "$app" >"$log" 2>&1 &
  pid=$!
  trap 'kill -- -"$pid" 2>/dev/null || true' EXIT
  ready=""
  for i in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://localhost:$backend_port/.backstage/health/v1/readiness" 2>/dev/null &&
      curl -fsS -o /dev/null "http://localhost:$app_port" 2>/dev/null; then
      ready=1
      break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  [ -n "$ready" ] || { echo "install-check: $flavour did not start; its log:" >&2; tail -60 "$log" >&2; exit 1; }
  echo "install-check $flavour: backend and frontend answer after ${i}s"
  # what the plugin says is not configured, with the empty devex config of a fresh app
  grep -E "devex.*(is not set|are not set|names no)" "$log" | sed 's/\x1b\[[0-9;]*m//g' | cut -c1-160 || true

  step "$flavour: Chromium"
  node scripts/install-check.js "$flavour" "http://localhost:$app_port" "http://localhost:$backend_port" || {
    tail -60 "$log" >&2
    exit 1
  }
  kill -- -"$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  trap - EXIT
done
step "passed: ${flavours[*]}"
if [ ${#flavours[@]} -eq 2 ]; then
  {
    echo "# The inputs of scripts/install-check.sh (sha256) last verified in fresh new and legacy apps,"
    echo "# $(date -u +%Y-%m-%d): --if-changed skips the apps while they are unchanged. Written by the check."
    echo "$inputs"
  } >"$verified_file"
  echo "install-check: wrote scripts/install-check.verified ($inputs)"
fi
