#!/usr/bin/env bash
# Fills a portal with a large company's data (plugins/devex-backend/scripts/generate-large-dataset.ts
# says what): the catalog file and its app-config in .data/large/ (DATASET_DIR), the plugin's
# database in SQLite files there, or in PostgreSQL when DATASET_PG is a connection string without
# a database. DATASET_SCALE=0.01 writes a hundredth of the plugin's records, for a quick look.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install
cd plugins/devex-backend
exec node --require @backstage/cli/config/nodeTransform.cjs scripts/generate-large-dataset.ts
