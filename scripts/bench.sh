#!/usr/bin/env bash
# npm run bench [-- --people N --touches N --import-rows N --keep --only import]: Politely at scale, timed in one process,
# and its People screen and board in Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node
ensure_dependencies
# The CSV import is measured against the sqlite3 shell's .import of the same file.
if ! command -v sqlite3 >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    say "Installing the sqlite3 shell for the import benchmark (apt-get)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
  else
    say "The import benchmark needs the sqlite3 command-line shell. Install it, then run this again."
    exit 1
  fi
fi
# The screens are timed in Chromium against the built browser host and page.
ensure_build
(cd "$ROOT" && npx vite build --config vite.node.config.ts --mode bench --logLevel error)
exec node "$ROOT/dist/bench/bench.cjs" "$@"
