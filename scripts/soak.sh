#!/usr/bin/env bash
# npm run soak [-- --runs N]: the long crash test. Kills a writer 1,000 times mid-write and checks
# after each that the database is intact and every acknowledged write survived.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node
ensure_dependencies
(cd "$ROOT" && npx vite build --config vite.node.config.ts --mode soak --logLevel error)
exec node "$ROOT/test-build/soak/soak.cjs" "$@"
