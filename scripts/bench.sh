#!/usr/bin/env bash
# Runs every benchmark, with the toolchain set up as the README's commands do. Each ends with
# lines `bench NAME: FIGURE (goal GOAL): ok` or `... falls short`. PostgreSQL runs too when
# BENCH_PG (a connection string without a database) is set, or one answers at 127.0.0.1:5432.
# With BENCH_DATASET (the directory scripts/large-dataset.sh wrote, e.g. .data/large), every
# request the tab and the page make is measured on that data set too, for a deep squad's member
# and an admin.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install
if [ -z "${BENCH_PG:-}" ] && node -e "require('net').connect(5432,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"; then
  export BENCH_PG=postgresql://postgres@127.0.0.1:5432
fi
echo "=== evidence sync at 1M remediation items"
BENCH_ITEMS="${BENCH_ITEMS:-1000000}" yarn workspace @devex-governance/backstage-plugin-devex-backend bench:sync
echo "=== scale: the tab's and page's reads at 10k and 1M measurements"
yarn workspace @devex-governance/backstage-plugin-devex-backend bench:scale
echo "=== the anomaly detector on a labelled set of series"
yarn workspace @devex-governance/backstage-plugin-devex-backend bench:anomalies
echo "=== throughput against the notifications list"
BENCH_DATASET= node scripts/bench-throughput.js
if [ -n "${BENCH_DATASET:-}" ]; then
  echo "=== every request at a large company's size ($BENCH_DATASET)"
  node scripts/bench-throughput.js
  echo "=== the DevEx tab's first view against the Overview tab at that size, in Chromium"
  node scripts/bench-first-view.js
fi
