#!/usr/bin/env bash
# The production start, smoke-tested: runs scripts/start-production.sh against the PostgreSQL given
# by POSTGRES_* (default 127.0.0.1:5432), signs in as the guest (allowed here by a config of the
# smoke's own), and checks that the backend serves the app and answers the DevEx API. Then stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p e2e-test-results
smoke_config="$PWD/e2e-test-results/app-config.smoke.yaml"
cat >"$smoke_config" <<'YAML'
# Written by scripts/smoke-production.sh: lets the smoke sign in as the demo guest.
auth:
  providers:
    guest:
      userEntityRef: user:default/guest
      dangerouslyAllowOutsideDevelopment: true
YAML
log="$PWD/e2e-test-results/production.log"
setsid bash scripts/start-production.sh --config "$smoke_config" >"$log" 2>&1 &
pid=$!
trap 'kill -- -"$pid" 2>/dev/null || true' EXIT

base=http://localhost:7007
for i in $(seq 1 900); do
  curl -fsS -o /dev/null "$base/.backstage/health/v1/readiness" 2>/dev/null && break
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "smoke: the production backend exited; its log:" >&2
    tail -60 "$log" >&2
    exit 1
  fi
  sleep 1
done
echo "smoke: ready after ${i}s (build, layout and start)"

fail() { echo "smoke: $*" >&2; tail -30 "$log" >&2; exit 1; }
curl -fsS "$base/" | grep -q '<title>DevEx Governance Portal</title>' || fail "the app is not served at $base/"
echo "smoke: $base/ serves the app (index.html titled DevEx Governance Portal)"
token=$(curl -fsS -X POST "$base/api/auth/guest/refresh" -H 'Content-Type: application/json' -d '{}' |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).backstageIdentity.token))') ||
  fail "no guest token"
code=$(curl -s -o e2e-test-results/smoke-action-items.json -w '%{http_code}' -H "Authorization: Bearer $token" \
  "$base/api/devex/action-items?limit=5")
[ "$code" = 200 ] || fail "GET /api/devex/action-items answered $code"
echo "smoke: GET /api/devex/action-items -> 200 $(head -c 120 e2e-test-results/smoke-action-items.json)"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/devex/success-measures")
[ "$code" = 200 ] || fail "GET /api/devex/success-measures answered $code"
echo "smoke: GET /api/devex/success-measures -> 200"
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/devex/action-items")
[ "$code" = 401 ] || fail "an unauthenticated GET /api/devex/action-items answered $code, not 401"
echo "smoke: without a token -> 401"
# the production config still layers over the demo's app-config.yaml: the start names each demo
# setting it sees (packages/backend/src/demoSettings.ts)
grep -q 'A demo setting in a production start: auth.providers.guest' "$log" ||
  fail "the production start did not warn about the demo's guest sign-in"
echo "smoke: the start warned about $(grep -c 'A demo setting in a production start' "$log") demo settings"
echo "smoke: production start ok"
