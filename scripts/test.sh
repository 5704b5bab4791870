#!/usr/bin/env bash
# npm test: installs what is missing, then runs every suite and prints one summary line,
# "tests: N passed, N failed, N skipped". Exits non-zero when anything failed.
# `bash scripts/test.sh unit` runs only the Vitest suites (npm run test:unit), `e2e` only
# Playwright (npm run test:e2e); `all` (the default) runs the checks and both.
set -uo pipefail
MODE=${1:-all}
case "$MODE" in all | unit | e2e) ;; *) echo "usage: scripts/test.sh [all|unit|e2e]" >&2; exit 2 ;; esac
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node || exit 1
ensure_dependencies || exit 1
ensure_test_tools || exit 1
ensure_build || exit 1

RESULTS="${POLITELY_TEST_RESULTS:-$ROOT/.test-results}"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
cd "$ROOT"

# A check that is one pass or one failure (type checks, lint).
check() {
  local name=$1
  shift
  printf '\n== %s\n' "$name"
  if "$@"; then echo "pass" >"$RESULTS/check-$name"; else echo "fail" >"$RESULTS/check-$name"; fi
}

if [ "$MODE" = all ]; then
  check typecheck-node npx tsc -p tsconfig.json --noEmit
  check typecheck-renderer npx tsc -p renderer/tsconfig.json --noEmit
  check lint npx eslint . --max-warnings 0
  # The formatter decides layout (Prettier, 120 columns): `npm run format` lays out what this finds.
  check format npx prettier --check .
fi

if [ "$MODE" != e2e ]; then
  # The crash tests drive a small writer built from Politely's own database code.
  npx vite build --config vite.node.config.ts --mode soak --logLevel error || exit 1
  printf '\n== vitest (core, db, api, server, electron main, packaging)\n'
  npx vitest run --reporter=default --reporter=json --outputFile="$RESULTS/vitest.json"
fi

if [ "$MODE" != unit ]; then
  printf '\n== playwright (browser mode in Chromium, and Electron where it exists)\n'
  # POLITELY_E2E_SKIP_TAG leaves out the tests with that tag (the clock sweep's: see scripts/test-clock.sh).
  PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/playwright.json" npx playwright test --reporter=list,json --output="$RESULTS/playwright-artifacts" \
    ${POLITELY_E2E_SKIP_TAG:+--grep-invert "$POLITELY_E2E_SKIP_TAG"}
fi

node "$ROOT/scripts/summarize.mjs" "$RESULTS" --expect "$MODE" --label "${POLITELY_TEST_LABEL:-tests}"
