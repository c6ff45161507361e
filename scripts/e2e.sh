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
export DEVEX_E2E_BACKEND_URL="http://localhost:7017"
backend_url="$DEVEX_E2E_BACKEND_URL"
# DEVEX_E2E_ROUNDS=2 runs the tests again against the same portal (its data as the first round
# left it); DEVEX_E2E_ORDER=reverse runs the files one by one in reverse order. Both prove that
# each test makes the data it looks at.
run_tests() {
  local rounds="${DEVEX_E2E_ROUNDS:-1}" round file
  for round in $(seq 1 "$rounds"); do
    [ "$rounds" = 1 ] || echo "e2e: round $round of $rounds" >&2
    if [ "${DEVEX_E2E_ORDER:-}" = reverse ]; then
      for file in $(ls packages/app/e2e-tests/*.test.ts | sort -r); do
        CI=true yarn playwright test "$file" "$@"
      done
    else
      CI=true yarn playwright test "$@"
    fi
  done
}

up() { curl -fsS -o /dev/null "$1" 2>/dev/null; }
if [ -n "${DEVEX_E2E_REUSE:-}" ] && up "$backend_url/.backstage/health/v1/readiness" && up "$PLAYWRIGHT_URL"; then
  # DEVEX_E2E_REUSE=1: the tests again against the portal a run left up (DEVEX_E2E_KEEP=1)
  echo "e2e: using the portal already answering on :3017 and :7017" >&2
  run_tests "$@"
  exit 0
fi
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

if up "$backend_url/.backstage/health/v1/readiness" || up "$PLAYWRIGHT_URL"; then
  echo "e2e: something already answers on :7017 or :3017; stop it first" >&2
  exit 1
fi
echo "e2e: starting the portal at $DEVEX_E2E_NOW (log: $run_dir/portal.log)" >&2
setsid bash scripts/start.sh --config "$PWD/app-config.yaml" --config "$run_dir/app-config.e2e.yaml" >"$run_dir/portal.log" 2>&1 &
portal_pid=$!
# DEVEX_E2E_KEEP=1 leaves the portal up after the tests, for DEVEX_E2E_REUSE=1 runs
[ -n "${DEVEX_E2E_KEEP:-}" ] || trap 'kill -- -"$portal_pid" 2>/dev/null || true' EXIT
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

run_tests "$@"
