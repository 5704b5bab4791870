#!/usr/bin/env bash
# npm run serve -- --data-dir DIR --port 0: browser mode only, one JSON line on stdout.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node
ensure_dependencies
ensure_build
exec node "$ROOT/dist/node/server.cjs" "$@"
