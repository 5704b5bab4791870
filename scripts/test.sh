#!/usr/bin/env bash
# npm test: installs what is missing, then runs every suite and prints one summary line,
# "tests: N passed, N failed, N skipped". Exits non-zero when anything failed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node || exit 1
ensure_dependencies || exit 1
ensure_test_tools || exit 1
ensure_build || exit 1

# The crash tests drive a small writer built from Politely's own database code.
(cd "$ROOT" && npx vite build --config vite.node.config.ts --mode soak --logLevel error) || exit 1

RESULTS="$ROOT/.test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
cd "$ROOT"

# A check that is one pass or one failure (type checks, lint).
check() {
  local name=$1
  shift
  printf '\n== %s\n' "$name"
  if "$@"; then echo "pass" >"$RESULTS/check-$name"; else echo "fail" >"$RESULTS/check-$name"; fi
}

check typecheck-node npx tsc -p tsconfig.json --noEmit
check typecheck-renderer npx tsc -p renderer/tsconfig.json --noEmit
check lint npx eslint . --max-warnings 0

printf '\n== vitest (core, db, api, server, electron main, packaging)\n'
npx vitest run --reporter=default --reporter=json --outputFile="$RESULTS/vitest.json"

printf '\n== playwright (browser mode in Chromium, and Electron where it exists)\n'
PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/playwright.json" npx playwright test --reporter=list,json

node "$ROOT/scripts/summarize.mjs" "$RESULTS"
