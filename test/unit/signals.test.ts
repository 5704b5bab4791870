import { describe, expect, it } from 'vitest';
import type { ResponseClass } from '../../core/model';
import { classifyReply, extractDate } from '../../core/signals';

// Wednesday 14 January 2026, 10:00 UTC.
const NOW = new Date('2026-01-14T10:00:00Z');

// Replies as candidates and clients write them, with what they mean and, where named, the date (YYYY-MM-DD).
const CORPUS: [string, ResponseClass, string?][] = [
  // stop
  ['Please stop contacting me.', 'stop'],
  ['STOP CALLING ME', 'stop'],
  ["Don't contact me again.", 'stop'],
  ['Do not email me anymore', 'stop'],
  ['Never call me again, thanks.', 'stop'],
  ['Remove me from your list please', 'stop'],
  ['Take me off your database.', 'stop'],
  ['Just leave me alone.', 'stop'],
  ['unsubscribe', 'stop'],
  ['Please lose my number.', 'stop'],
  ['Stop texting me on weekends or at all, really.', 'stop'],
  ['I am not interested, stop emailing me', 'stop'],
  // clear no
  ['Not interested.', 'no'],
  ["I'm not interested in this role.", 'no'],
  ['Thanks, but I am really not interested', 'no'],
  ['No thanks.', 'no'],
  ['No, thank you.', 'no'],
  ["I'm not looking right now, and won't be for a long while.", 'no'],
  ['I have accepted another offer.', 'no'],
  ['I took a different job last week.', 'no'],
  ["I'll pass on this one.", 'no'],
  ['Not for me, sorry.', 'no'],
  ["It's not the right fit.", 'no'],
  ['Yes, please close my file.', 'no'],
  ['Close my file.', 'no'],
  ["I'm happy where I am.", 'no'],
  ['I must decline.', 'no'],
  ['No. The commute is too long.', 'no'],
  ['I am no longer interested', 'no'],
  ['The candidate is not interested anymore', 'no'],
  // soft no: the polite euphemisms, with their dates where they name one
  ["I'm in the middle of a project and can't commit right now.", 'soft-no'],
  ['Busy with the product launch, sorry.', 'soft-no'],
  ['Can you call me back in a couple of weeks?', 'soft-no', '2026-01-28'],
  ['Call me back later.', 'soft-no'],
  ['Try me in March.', 'soft-no', '2026-03-01'],
  ["I'll call you when I'm ready.", 'soft-no'],
  ["I'll get back to you when things calm down.", 'soft-no'],
  ['Not a good time.', 'soft-no'],
  ["It's a bad time, we're in budget season.", 'soft-no'],
  ["We're swamped this week.", 'soft-no'],
  ['Too busy at the moment.', 'soft-no'],
  ['Not right now.', 'soft-no'],
  ['Not at the moment, thanks.', 'soft-no'],
  ['Maybe later in the year.', 'soft-no'],
  ['Check back after the 15th.', 'soft-no', '2026-01-16'],
  ['Circle back next quarter.', 'soft-no', '2026-04-01'],
  ['Can we touch base next week?', 'soft-no', '2026-01-21'],
  ['Let me think about it.', 'soft-no'],
  ["I need some time to think. I'll get back to you.", 'soft-no'],
  ["I'm not saying no, but now is not a good time.", 'soft-no'],
  ['Reach me after the holidays, we are tied up with a migration project', 'soft-no'],
  ['Ping me in a few days.', 'soft-no', '2026-01-17'],
  ["I'm buried in a release. Contact me next month.", 'soft-no', '2026-02-14'],
  // permission with a date
  ['Yes, feel free to follow up on Feb 3.', 'permission', '2026-02-03'],
  ['Sure, call me next Tuesday.', 'permission', '2026-01-20'],
  ['OK to check in next week.', 'permission', '2026-01-21'],
  ["Of course, let's talk on Friday.", 'permission', '2026-01-16'],
  ['You can reach out again on March 10.', 'permission', '2026-03-10'],
  ['Please do email me tomorrow.', 'permission', '2026-01-15'],
  ['Go ahead and follow up in two weeks.', 'permission', '2026-01-28'],
  ["Let's catch up on the 20th.", 'permission', '2026-01-20'],
  ['Happy for you to call me on Monday.', 'permission', '2026-01-19'],
  ['Absolutely, speak next Thursday.', 'permission', '2026-01-22'],
  // interested
  ["Yes, I'm interested!", 'interested'],
  ['Very interested, tell me more.', 'interested'],
  ['Sounds great.', 'interested'],
  ['That sounds interesting — send me the job description.', 'interested'],
  ["I'd love to hear more about the team.", 'interested'],
  ['Keen to learn more.', 'interested'],
  ['Yes', 'interested'],
  ['Count me in.', 'interested'],
  ['Happy to chat.', 'interested'],
  ['Send over the details please', 'interested'],
  ['Definitely, this is the kind of role I want.', 'interested'],
  // neutral, including negations that are not a no
  ["I'm not saying no.", 'neutral'],
  ['Got your message.', 'neutral'],
  ['Who is this?', 'neutral'],
  ['Thanks for the update.', 'neutral'],
  ['What is the salary range?', 'neutral'],
  ['No problem, I received it.', 'neutral'],
  ['No worries at all.', 'neutral'],
  ['I have a question about the location.', 'neutral'],
  ["I'm not uninterested, just curious who the client is.", 'neutral'],
  ['', 'neutral'],
  ['👍', 'neutral'],
];

describe('reply signals', () => {
  it('has a corpus of at least 80 phrasings', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(CORPUS)('%j reads as %s', (text, expected, date) => {
    const signal = classifyReply(text, NOW);
    expect(signal.class).toBe(expected);
    if (date) expect(signal.until?.slice(0, 10)).toBe(date);
    if (expected !== 'neutral') expect(signal.phrase).toBeTruthy();
  });

  it('reads dates relative to now and only forward', () => {
    expect(extractDate('after the 15th', new Date('2026-01-20T10:00:00Z'))?.toISOString().slice(0, 10)).toBe('2026-02-16');
    expect(extractDate('next quarter', new Date('2026-11-22T10:00:00Z'))?.toISOString().slice(0, 10)).toBe('2027-01-01');
    expect(extractDate('in March', new Date('2026-04-02T10:00:00Z'))?.toISOString().slice(0, 10)).toBe('2027-03-01');
    expect(extractDate('no date in here', NOW)).toBeUndefined();
  });

  it('copes with any text', () => {
    for (const text of ['x'.repeat(20_000), '\u0000\uffff', '))))(((', 'stop'.repeat(1000), 'NEAR( "a" AND *']) {
      expect(['interested', 'permission', 'soft-no', 'no', 'stop', 'neutral']).toContain(classifyReply(text, NOW).class);
    }
  });
});
