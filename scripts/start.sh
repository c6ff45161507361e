#!/usr/bin/env bash
# Starts the portal with demo data on embedded SQLite: frontend on :3000, backend on :7007.
# Sets up Node, Yarn and the dependencies first when they are missing (scripts/toolchain.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install
mkdir -p .data/sqlite
exec yarn start "$@"
