import { currencyDigits } from '../../api/contract';

/** The currency's places after the point, or 2 while the code typed is not (yet) a real one. */
function placesOf(currency: string): number {
  try {
    return currencyDigits(currency.trim().toUpperCase());
  } catch {
    return 2;
  }
}

/** The amount in whole units as digits, read the way people write it; null when it is not an amount. */
function amountDigits(text: string): { whole: string; fraction: string } | null {
  // Currency signs and codes around it ("€70.000", "USD 120,000", "70000 EUR") and spaces between thousands.
  let plain = text
    .trim()
    .replace(/^[A-Za-z]{3}(?=[\s\d€$£¥])|(?<=[\d\s])[A-Za-z]{3}$/g, '')
    .replace(/[€$£¥\s_'\u00a0\u202f]/g, '');
  const scale = /[km]$/i.exec(plain)?.[0].toLowerCase();
  if (scale) plain = plain.slice(0, -1);
  if (!/^\d[\d.,]*$/.test(plain) || /[.,]$/.test(plain)) return null;
  const marks = plain.replace(/\d/g, '');
  const last = marks[marks.length - 1];
  let point: string | undefined;
  if (new Set(marks).size === 2) {
    // Both kinds ("1.234,50", "1,234.50"): the last is the point, and it comes once.
    if (marks.indexOf(last!) !== marks.length - 1) return null;
    point = last;
  } else if (marks.length === 1 && (scale || !/[.,]\d{3}$/.test(plain))) {
    // One mark is the point, unless three digits follow it ("70,000", "70.000": thousands).
    point = last;
  }
  const [whole, fraction = ''] = point ? splitAt(plain, plain.lastIndexOf(point)) : [plain, ''];
  const grouped = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(grouped) || (fraction !== '' && !/^\d+$/.test(fraction))) return null;
  if (!scale) return { whole: grouped, fraction };
  const zeros = scale === 'k' ? 3 : 6;
  const digits = grouped + fraction.padEnd(zeros, '0');
  if (fraction.length > zeros) return null;
  return { whole: digits.replace(/^0+(?=\d)/, ''), fraction: '' };
}

function splitAt(text: string, index: number): [string, string] {
  return [text.slice(0, index), text.slice(index + 1)];
}

/**
 * An amount typed as people write it ("70k", "70,000", "€70.000", "120000.50", "1.5m") in the currency's minor
 * units (cents), worked out on the digits so no rounding creeps in; null when it is not an amount or has more
 * places than the currency.
 */
export function toMinorUnits(text: string, currency: string): number | null {
  const amount = amountDigits(text);
  if (!amount) return null;
  const places = placesOf(currency);
  if (amount.fraction.length > places) return null;
  return Number(amount.whole) * 10 ** places + Number(amount.fraction.padEnd(places, '0') || '0');
}

/** An amount in whole units typed as people write it ("75.000", "€95k", "120,000"); null when it is not one. */
export function toWholeUnits(text: string): number | null {
  const amount = amountDigits(text);
  if (!amount || /[1-9]/.test(amount.fraction)) return null;
  return Number(amount.whole);
}

/** A percentage typed as "20", "20%", "20 %" or "12,5": the number, or null when it is not one. */
export function toPercent(text: string): number | null {
  const plain = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** What to say when an amount cannot be read, for the field it was typed in ("The base salary"). */
export function amountProblem(label: string, currency: string): string {
  const places = placesOf(currency);
  const examples = places === 0 ? '70000, 70,000 or 70k' : `70000, 70,000, 70k or 70000.${'5'.padEnd(places, '0')}`;
  const cents = places === 0 ? ' This currency has no cents.' : '';
  return `${label} could not be read as an amount. Write it in figures, e.g. ${examples}.${cents}`;
}

/** "2026-04-01T17:00" from a datetime-local field, as an instant on this computer's clock. */
export const fromLocalInput = (value: string): string => new Date(value).toISOString();
