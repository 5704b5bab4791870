#!/usr/bin/env bash
# npm run seed [-- --people N --touches N --name NAME --data-dir DIR]: a sample profile at scale.
# Close Politely first: the seeder writes into the same data folder.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node
ensure_dependencies
(cd "$ROOT" && npx vite build --config vite.node.config.ts --mode bench --logLevel error)
exec node "$ROOT/dist/bench/seed.cjs" "$@"
