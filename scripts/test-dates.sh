#!/usr/bin/env bash
# Runs the whole Jest suite with the machine's clock set forward (libfaketime from Debian's
# faketime package): the day after the first of a month, a new year, a quarter end. The suite
# must not depend on the date it runs on. Dates: arguments, or the three below.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install

if ! command -v faketime >/dev/null 2>&1; then
  echo "test-dates: installing Debian's faketime" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null
fi

dates=("$@")
[ ${#dates[@]} -gt 0 ] || dates=("2026-12-02 10:00:00" "2027-01-01 00:30:00" "2027-03-31 23:30:00")
for d in "${dates[@]}"; do
  echo "=== the Jest suite with the clock at $d (UTC)"
  # '@' starts the clock at that instant and lets it run; monotonic clocks (timers) stay real
  FAKETIME_DONT_FAKE_MONOTONIC=1 TZ=UTC faketime -f "@$d" node -e 'console.log("clock:", new Date().toISOString())'
  FAKETIME_DONT_FAKE_MONOTONIC=1 TZ=UTC CI=true faketime -f "@$d" yarn backstage-cli repo test
done
