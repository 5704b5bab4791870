import { currencyDigits } from '../../api/contract';

/** The currency's places after the point, or 2 while the code typed is not (yet) a real one. */
function placesOf(currency: string): number {
  try {
    return currencyDigits(currency.trim().toUpperCase());
  } catch {
    return 2;
  }
}

/**
 * An amount typed as people write it ("120,000", "120000.50") in the currency's minor units (cents), worked out
 * on the digits so no rounding creeps in; null when it is not a plain amount or has more places than the currency.
 */
export function toMinorUnits(text: string, currency: string): number | null {
  const plain = text.replace(/[\s,_']/g, '');
  const match = /^(\d+)(?:\.(\d*))?$/.exec(plain);
  if (!match) return null;
  const places = placesOf(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > places) return null;
  return Number(match[1]) * 10 ** places + Number(fraction.padEnd(places, '0') || '0');
}

/** What to say when an amount cannot be read, for the field it was typed in. */
export function amountProblem(label: string, currency: string): string {
  const places = placesOf(currency);
  const example = places === 0 ? '120000' : `120000.${'5'.padEnd(places, '0')}`;
  return `${label}: write a plain amount, e.g. ${example}${places === 0 ? ' (this currency has no cents)' : ''}.`;
}

/** "2026-04-01T17:00" from a datetime-local field, as an instant on this computer's clock. */
export const fromLocalInput = (value: string): string => new Date(value).toISOString();
