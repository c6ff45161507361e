#!/usr/bin/env bash
# The documentation's screenshots (docs/images/), as a newcomer sees the demo: starts a fresh demo
# portal exactly as the browser tests do (scripts/e2e.sh: scripts/start.sh on ports of its own, a
# fresh SQLite folder, the clock at a fixed instant) and takes the tour of
# packages/app/screenshots/docs.tour.ts, which writes each picture. The test suite writes its
# screenshots to e2e-test-results/ only, so docs/images/ changes only when this script runs.
#
# Usage: bash scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash scripts/e2e.sh --config playwright.screenshots.config.ts
