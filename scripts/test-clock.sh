#!/usr/bin/env bash
# npm run test:clock: the suites again at clocks and time zones where a test that reads the real
# clock would break: late evening in India, the morning US clocks fall back, and the last minutes
# of the year. The Vitest suites run whole under libfaketime, in that zone. The Playwright suites
# run with the browser host alone under it (see test/e2e/host.ts): Playwright's page clock must
# agree with its runner's, and Chromium hangs under libfaketime. One summary line per clock;
# exits non-zero if any clock had a failure.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_node || exit 1
ensure_dependencies || exit 1
ensure_test_tools faketime || exit 1
ensure_build || exit 1
FAKETIME_LIB=$(ls /usr/lib/*/faketime/libfaketime.so.1 2>/dev/null | head -n 1)
[ -n "$FAKETIME_LIB" ] || { say "libfaketime.so.1 was not found after installing faketime."; exit 1; }

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
  epoch=$(TZ="$zone" date -d "$at" +%s)
  printf '\n=== %s\n' "$label"
  # Monotonic time is left real: timers and timeouts keep their length; only the wall clock and zone move.
  TZ="$zone" POLITELY_TEST_RESULTS="$TOTALS/$slug/unit" POLITELY_TEST_LABEL="$label, vitest" \
    faketime --exclude-monotonic "$at" bash "$ROOT/scripts/test.sh" unit >"$TOTALS/$slug-unit.log" 2>&1
  unit=$?
  # The axe and layout specs (tagged @axe) read no clock and take minutes each: they run once, in npm test.
  TZ="$zone" POLITELY_TEST_RESULTS="$TOTALS/$slug/e2e" POLITELY_TEST_LABEL="$label, playwright" \
    POLITELY_HOST_FAKETIME="$epoch" POLITELY_HOST_FAKETIME_LIB="$FAKETIME_LIB" POLITELY_E2E_SKIP_TAG=@axe \
    bash "$ROOT/scripts/test.sh" e2e >"$TOTALS/$slug-e2e.log" 2>&1
  e2e=$?
  for part in unit e2e; do
    tail -n 12 "$TOTALS/$slug-$part.log"
    lines+=("$(grep -E "^$label, " "$TOTALS/$slug-$part.log" | tail -n 1)")
  done
  [ $unit -eq 0 ] && [ $e2e -eq 0 ] || failed=1
done
printf '\n== clock sweep (the axe and layout specs, tagged @axe, ran once in npm test: they read no clock)\n'
for line in "${lines[@]}"; do printf '  %s\n' "${line:-a run printed no summary (see .test-results/clock/)}"; done
node "$ROOT/scripts/summarize.mjs" --totals "$TOTALS" --runs $((${#CLOCKS[@]} * 2)) --label "clock sweep"
exit $failed
