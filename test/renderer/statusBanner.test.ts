import { describe, expect, it } from 'vitest';
import { toneClass } from '../../renderer/person/StatusBanner';
import type { Standing } from '../../renderer/person/standing';

const blocked = (...rules: string[]): Standing => ({
  tone: 'blocked',
  takeAway: false,
  ways: rules.map((rule) => ({ way: 'phone', tone: 'blocked', takeAway: false, rule })),
});

describe('the status banner’s colour', () => {
  it('is neutral, not an error’s red, while only the pause after a conversation is in the way', () => {
    expect(toneClass(blocked('after-conversation'))).toBe('');
    expect(toneClass(blocked('agreed-date', 'after-conversation'))).toBe('');
  });

  it('is red for a block that is a warning sign, and green or amber as the rules allow', () => {
    expect(toneClass(blocked('do-not-contact'))).toBe(' banner-stop');
    expect(toneClass(blocked('after-conversation', 'quiet-hours'))).toBe(' banner-stop');
    expect(toneClass({ tone: 'allowed', takeAway: false, ways: [] })).toBe(' banner-open');
    expect(toneClass({ tone: 'warn', takeAway: false, ways: [] })).toBe(' banner-wait');
    expect(toneClass(null)).toBe('');
  });
});
