#!/usr/bin/env bash
# Builds the app and the backend for production, lays the result out as packages/backend/Dockerfile
# does (the skeleton, `yarn workspaces focus --all --production`, then the bundle) in
# .production/, and starts it against the PostgreSQL named by POSTGRES_HOST, POSTGRES_PORT,
# POSTGRES_USER and POSTGRES_PASSWORD (default: the local server on 127.0.0.1:5432 as postgres).
# The backend serves the frontend on :7007. Extra arguments go to the backend (e.g. --config x.yaml);
# --layout-only builds and lays out, and starts nothing (scripts/replicas.sh starts the replicas).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.sh
devex_install

export POSTGRES_HOST="${POSTGRES_HOST:-127.0.0.1}" POSTGRES_PORT="${POSTGRES_PORT:-5432}"
export POSTGRES_USER="${POSTGRES_USER:-postgres}" POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-}"

echo "start-production: type declarations and the backend bundle (the app is built into it)" >&2
yarn tsc
yarn build:backend --config ../../app-config.yaml --config ../../app-config.production.yaml

out="$PWD/.production"
echo "start-production: laying out $out as the Dockerfile does" >&2
rm -rf "$out"
mkdir -p "$out"
cp yarn.lock package.json .yarnrc.yml backstage.json "$out/"
# the patches the root resolutions name (the Dockerfile copies .yarn whole)
mkdir -p "$out/.yarn" && cp -r .yarn/patches "$out/.yarn/"
tar xzf packages/backend/dist/skeleton.tar.gz -C "$out"
(cd "$out" && NODE_ENV=production yarn workspaces focus --all --production)
cp -r examples "$out/"
cp app-config.yaml app-config.production.yaml "$out/"
tar xzf packages/backend/dist/bundle.tar.gz -C "$out"
if [ "${1:-}" = "--layout-only" ]; then
  echo "start-production: laid out in $out" >&2
  exit 0
fi

echo "start-production: starting on :7007 against PostgreSQL at $POSTGRES_HOST:$POSTGRES_PORT" >&2
cd "$out"
NODE_ENV=production exec node packages/backend --config app-config.yaml --config app-config.production.yaml "$@"
