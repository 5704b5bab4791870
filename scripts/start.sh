#!/usr/bin/env bash
# npm start: installs what is missing, then opens Politely (desktop window, or browser mode).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node
ensure_dependencies
ensure_build
exec node "$ROOT/scripts/launch.mjs" "$@"
