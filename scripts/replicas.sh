#!/usr/bin/env bash
# Several production backends on one PostgreSQL behind HAProxy (see scripts/replicas.js):
#   bash scripts/replicas.sh              three replicas and the load balancer on 127.0.0.1:7100
#   bash scripts/replicas.sh fault-run    the same, then the fault run and its figures
# Builds the production layout (scripts/start-production.sh --layout-only) unless
# DEVEX_REUSE_LAYOUT=1 and one exists, and installs HAProxy from the machine's packages if absent.
# The fault run restarts the PostgreSQL server it uses (POSTGRES_*, default 127.0.0.1:5432).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install
if ! command -v haproxy >/dev/null; then
  echo "replicas: installing HAProxy from the machine's packages" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >&2 || {
    apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >&2
  }
fi
if [ "${DEVEX_REUSE_LAYOUT:-}" != 1 ] || [ ! -d .production/packages/backend ]; then
  bash scripts/start-production.sh --layout-only
fi
exec node scripts/replicas.js "${1:-start}"
