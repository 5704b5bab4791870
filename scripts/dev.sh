#!/usr/bin/env bash
# npm run dev: hot reload for the renderer, against the browser host (see scripts/dev.mjs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node
ensure_dependencies
say "Building the backend…"
(cd "$ROOT" && npx vite build --config vite.node.config.ts --logLevel error)
exec node "$ROOT/scripts/dev.mjs" "$@"
