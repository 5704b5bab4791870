/**
 * The browser host's clock. It is the real one, except when the host is started for tests with
 * `--test-clock <instant>` (the clock starts there and runs on) or `--test-clock fixed:<instant>`
 * (it stays there). Only the browser host reads the flag; the desktop app has no way to set it.
 */
export type Clock = () => Date;

export const realClock: Clock = () => new Date();

/** The clock a `--test-clock` value asks for, or why the value is wrong. */
export function parseTestClock(value: string, realNow: () => number = Date.now): Clock {
  const fixed = value.startsWith('fixed:');
  const text = fixed ? value.slice('fixed:'.length) : value;
  // An instant with its offset, so the test says exactly which moment it means.
  const date = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.exec(text);
  // Date.parse rolls 30 February over into March: the calendar date must exist as written.
  const real =
    date && new Date(Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!)).toISOString().slice(0, 10) === text.slice(0, 10);
  if (!real || Number.isNaN(Date.parse(text))) {
    throw new Error(`--test-clock takes an instant with its offset, such as 2026-03-10T11:00:00Z, not "${value}".`);
  }
  const start = Date.parse(text);
  if (fixed) return () => new Date(start);
  const offset = start - realNow();
  return () => new Date(realNow() + offset);
}
