#!/usr/bin/env bash
# npm run bench [-- --people N --touches N]: Politely at scale, timed in one process.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node
ensure_dependencies
(cd "$ROOT" && npx vite build --config vite.node.config.ts --mode bench --logLevel error)
exec node "$ROOT/dist/bench/bench.cjs" "$@"
