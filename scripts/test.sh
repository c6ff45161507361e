#!/usr/bin/env bash
# Runs the whole test suite once: type check, then every package's Jest tests (backend tests on
# SQLite, and on PostgreSQL too when BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install
node plugins/devex-backend/scripts/generate-openapi.js --check
yarn tsc
# CI=true keeps backstage-cli from entering watch mode; it does not pick databases (see tests/testDatabases.ts).
CI=true yarn backstage-cli repo test "$@"
