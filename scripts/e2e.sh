#!/usr/bin/env bash
# Browser tests: starts a portal of their own exactly as the README does (scripts/start.sh), on
# ports of their own (frontend :3017, backend :7017) so a portal you are running is left alone,
# with a fresh SQLite folder and the DevEx clock started at a fixed instant (DEVEX_E2E_NOW,
# default 07:00 on Tuesday 1 December 2026 in Johannesburg). Every run starts from the same
# demo data, whatever ran before and whatever the date. Then Playwright drives Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install

if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  echo "e2e: installing Debian's chromium" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

export DEVEX_E2E_NOW="${DEVEX_E2E_NOW:-2026-12-01T05:00:00Z}"
export PLAYWRIGHT_URL="http://localhost:3017"
backend_url="http://localhost:7017"
run_dir="$PWD/e2e-test-results/portal"
rm -rf "$run_dir"
mkdir -p "$run_dir/sqlite"
# the demo's emails (scripts/mail-to-folder.js) go to the run's folder, not .data/mail/
export DEVEX_MAIL_DIR="$run_dir/mail"
cat >"$run_dir/app-config.e2e.yaml" <<YAML
# Written by scripts/e2e.sh for one run of the browser tests.
app:
  baseUrl: $PLAYWRIGHT_URL
backend:
  baseUrl: $backend_url
  listen:
    port: 7017
  cors:
    origin: $PLAYWRIGHT_URL
  database:
    connection:
      directory: $run_dir/sqlite
devex:
  clock:
    startAt: '$DEVEX_E2E_NOW'
YAML

up() { curl -fsS -o /dev/null "$1" 2>/dev/null; }
if up "$backend_url/.backstage/health/v1/readiness" || up "$PLAYWRIGHT_URL"; then
  echo "e2e: something already answers on :7017 or :3017; stop it first" >&2
  exit 1
fi
echo "e2e: starting the portal at $DEVEX_E2E_NOW (log: $run_dir/portal.log)" >&2
setsid bash scripts/start.sh --config "$PWD/app-config.yaml" --config "$run_dir/app-config.e2e.yaml" >"$run_dir/portal.log" 2>&1 &
portal_pid=$!
trap 'kill -- -"$portal_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if up "$backend_url/.backstage/health/v1/readiness" && up "$PLAYWRIGHT_URL"; then
    break
  fi
  if ! kill -0 "$portal_pid" 2>/dev/null; then
    echo "e2e: the portal exited; its log:" >&2
    tail -50 "$run_dir/portal.log" >&2
    exit 1
  fi
  sleep 1
done

CI=true yarn playwright test "$@"
