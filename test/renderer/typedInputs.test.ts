import { describe, expect, it } from 'vitest';
import { toTimeZone } from '../../core/timezones';
import { amountProblem, toMinorUnits, toPercent, toWholeUnits } from '../../renderer/offers/money';
import { withScheme } from '../../renderer/person/webAddress';

describe('what people naturally type, read before it is sent', () => {
  it('reads a salary range as people write it, in whole units', () => {
    expect(toWholeUnits('75.000')).toBe(75_000);
    expect(toWholeUnits('€95k')).toBe(95_000);
    expect(toWholeUnits('120,000')).toBe(120_000);
    expect(toWholeUnits('85 000 EUR')).toBe(85_000);
    expect(toWholeUnits('90000.00')).toBe(90_000);
    // A salary range has no cents, and words are no amount.
    expect(toWholeUnits('90000.50')).toBeNull();
    expect(toWholeUnits('about 90k')).toBeNull();
  });

  it('reads an amount as people write it, in the currency’s minor units', () => {
    expect(toMinorUnits('70k', 'EUR')).toBe(7_000_000);
    expect(toMinorUnits('70K', 'EUR')).toBe(7_000_000);
    expect(toMinorUnits('70,000', 'USD')).toBe(7_000_000);
    expect(toMinorUnits('€70.000', 'EUR')).toBe(7_000_000);
    expect(toMinorUnits('€ 70.000,50', 'EUR')).toBe(7_000_050);
    expect(toMinorUnits('$120,000.50', 'USD')).toBe(12_000_050);
    expect(toMinorUnits('120000.5', 'USD')).toBe(12_000_050);
    expect(toMinorUnits('70 000 EUR', 'EUR')).toBe(7_000_000);
    expect(toMinorUnits('1.5m', 'GBP')).toBe(150_000_000);
    expect(toMinorUnits('1,234,567', 'JPY')).toBe(1_234_567);
    expect(toMinorUnits('70000', 'JPY')).toBe(70_000);
  });

  it('refuses what is not an amount, or has more places than the currency, and says what to type', () => {
    for (const text of ['', 'seventy', '70,000.50.1', '70.', '1,2.3,4', '-70000', '70kk']) {
      expect(toMinorUnits(text, 'EUR'), text).toBeNull();
    }
    expect(toMinorUnits('70000.5', 'JPY')).toBeNull();
    expect(amountProblem('The base salary', 'EUR')).toBe(
      'The base salary could not be read as an amount. Write it in figures, e.g. 70000, 70,000, 70k or 70000.50.',
    );
    expect(amountProblem('The fee', 'JPY')).toMatch(/e\.g\. 70000, 70,000 or 70k\. This currency has no cents\.$/);
  });

  it('reads a percentage with or without its sign', () => {
    expect(toPercent('20%')).toBe(20);
    expect(toPercent(' 20 % ')).toBe(20);
    expect(toPercent('12,5')).toBe(12.5);
    expect(toPercent('20')).toBe(20);
    expect(toPercent('twenty')).toBeNull();
    expect(toPercent('')).toBeNull();
  });

  it('adds https:// to a web address typed without it, and leaves the rest as typed', () => {
    expect(withScheme('example.com')).toBe('https://example.com');
    expect(withScheme(' linkedin.com/in/ada-okafor ')).toBe('https://linkedin.com/in/ada-okafor');
    expect(withScheme('www.acme.co.uk/careers?x=1')).toBe('https://www.acme.co.uk/careers?x=1');
    expect(withScheme('https://example.com')).toBe('https://example.com');
    expect(withScheme('http://example.com')).toBe('http://example.com');
    expect(withScheme('')).toBe('');
    expect(withScheme('not an address')).toBe('not an address');
    expect(withScheme('acme')).toBe('acme');
  });

  it('takes a city typed on its own as its time zone, and a zone in any case as the zone', () => {
    expect(toTimeZone('London')).toBe('Europe/London');
    expect(toTimeZone('new york')).toBe('America/New_York');
    expect(toTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(toTimeZone('UTC')).toBe('UTC');
    expect(toTimeZone(' Lisbon ')).toBe('Europe/Lisbon');
    expect(toTimeZone('Atlantis')).toBe('Atlantis');
    expect(toTimeZone('')).toBe('');
  });
});
