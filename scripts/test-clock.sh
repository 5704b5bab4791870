#!/usr/bin/env bash
# npm run test:clock: the Vitest and Playwright suites again, under libfaketime, at clocks and
# time zones where a test that reads the real clock would break: late evening in India, the
# morning US clocks fall back, and the last minutes of the year. One summary line per clock;
# exits non-zero if any clock had a failure.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node || exit 1
ensure_dependencies || exit 1
ensure_test_tools faketime || exit 1
ensure_build || exit 1

CLOCKS=(
  "Asia/Kolkata|2026-06-15 22:10:00"
  "America/New_York|2026-11-01 08:30:00"
  "UTC|2026-12-31 23:50:00"
)
TOTALS="$ROOT/.test-results/clock"
rm -rf "$TOTALS" && mkdir -p "$TOTALS"
failed=0
lines=()
for entry in "${CLOCKS[@]}"; do
  zone=${entry%%|*}
  at=${entry#*|}
  label="clock $at $zone"
  slug=$(printf '%s' "$at-$zone" | tr -c 'A-Za-z0-9\n' '-')
  printf '\n=== %s\n' "$label"
  # Monotonic time is left real: timers and timeouts keep their length; only the wall clock and zone move.
  TZ="$zone" POLITELY_TEST_RESULTS="$TOTALS/$slug" POLITELY_TEST_LABEL="$label" \
    faketime --exclude-monotonic "$at" bash "$ROOT/scripts/test.sh" unit-and-e2e >"$TOTALS/$slug.log" 2>&1
  status=$?
  tail -n 20 "$TOTALS/$slug.log"
  [ $status -eq 0 ] || failed=1
  lines+=("$(grep -E "^$label: " "$TOTALS/$slug.log" | tail -n 1)")
done
printf '\n== clock sweep\n'
for line in "${lines[@]}"; do printf '  %s\n' "${line:-a clock printed no summary (see .test-results/clock/)}"; done
node "$ROOT/scripts/summarize.mjs" --totals "$TOTALS" --runs ${#CLOCKS[@]} --label "clock sweep"
exit $failed
