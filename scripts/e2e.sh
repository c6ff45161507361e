#!/usr/bin/env bash
# Browser tests: starts the portal exactly as the README does (scripts/start.sh) unless it is
# already running, waits for it, runs Playwright against Debian's Chromium, then stops the portal.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install

if ! command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1; then
  echo "e2e: installing Debian's chromium" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

portal_pid=""
up() { curl -fsS -o /dev/null "$1" 2>/dev/null; }
if ! up http://localhost:7007/.backstage/health/v1/readiness || ! up http://localhost:3000; then
  mkdir -p e2e-test-results
  echo "e2e: starting the portal (log: e2e-test-results/portal.log)" >&2
  setsid bash scripts/start.sh >e2e-test-results/portal.log 2>&1 &
  portal_pid=$!
  trap '[ -n "$portal_pid" ] && kill -- -"$portal_pid" 2>/dev/null || true' EXIT
  for _ in $(seq 1 300); do
    if up http://localhost:7007/.backstage/health/v1/readiness && up http://localhost:3000; then
      break
    fi
    if ! kill -0 "$portal_pid" 2>/dev/null; then
      echo "e2e: the portal exited; its log:" >&2
      tail -50 e2e-test-results/portal.log >&2
      exit 1
    fi
    sleep 1
  done
fi

CI=true yarn playwright test "$@"
