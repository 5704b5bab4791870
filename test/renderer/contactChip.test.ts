import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, historyUntil, outlookOf, type LoggedTouch } from '../../core/policy';
import { contactChip } from '../../renderer/board/contactChip';

const touch = (at: string, fields: Partial<LoggedTouch> = {}): LoggedTouch => ({
  at,
  channel: 'email',
  direction: 'out',
  kind: 'follow-up',
  outcome: 'sent',
  response: null,
  agreedNextAt: null,
  ...fields,
});
const reply = (at: string, response: LoggedTouch['response'], agreedNextAt: string | null = null) =>
  touch(at, { direction: 'in', kind: 'reply', outcome: 'replied', response, agreedNextAt });
const chipAt = (history: LoggedTouch[], now: string) =>
  contactChip(outlookOf(historyUntil(history, Infinity), DEFAULT_SETTINGS), new Date(now));

describe('board card contact chip', () => {
  it('says nothing for a fresh candidate, and counts unanswered contacts', () => {
    expect(contactChip(null, new Date('2026-03-01T00:00:00Z'))).toBeNull();
    expect(chipAt([], '2026-03-01T00:00:00Z')).toBeNull();
    expect(
      chipAt([touch('2026-03-01T09:00:00Z'), touch('2026-03-04T09:00:00Z')], '2026-03-05T00:00:00Z'),
    ).toMatchObject({ label: '2 unanswered', tone: 'quiet' });
  });

  it('names each pause, then says the follow-up is due once it ends', () => {
    const agreed = [reply('2026-03-01T09:00:00Z', 'permission', '2026-03-10T09:00:00.000Z')];
    expect(chipAt(agreed, '2026-03-09T00:00:00Z')).toMatchObject({
      tone: 'wait',
      label: expect.stringMatching(/^Agreed: /),
    });
    expect(chipAt(agreed, '2026-03-10T09:00:00Z')).toMatchObject({ label: 'Follow-up due', tone: 'due' });
    expect(chipAt([reply('2026-03-01T09:00:00Z', 'soft-no')], '2026-03-02T00:00:00Z')).toMatchObject({
      label: 'Not now',
      tone: 'wait',
    });
    expect(chipAt([reply('2026-03-01T09:00:00Z', 'no')], '2026-03-02T00:00:00Z')).toMatchObject({
      label: 'No for now',
      tone: 'stop',
    });
    expect(chipAt([reply('2026-03-01T09:00:00Z', 'stop')], '2027-03-02T00:00:00Z')).toMatchObject({
      label: 'Do not contact',
      tone: 'stop',
    });
    expect(chipAt([touch('2026-03-01T09:00:00Z', { kind: 'take-away' })], '2026-04-02T00:00:00Z')).toMatchObject({
      label: 'Ball in their court',
    });
  });
});
