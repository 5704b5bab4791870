import { describe, expect, it } from 'vitest';
import type { ResponseClass } from '../../core/model';
import { classifyReply, extractDate } from '../../core/signals';
import { fromLocal, localTime } from '../../core/zoned';

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
  // "next week" is the Monday of next week.
  ['Can we touch base next week?', 'soft-no', '2026-01-19'],
  ['Let me think about it.', 'soft-no'],
  ["I need some time to think. I'll get back to you.", 'soft-no'],
  ["I'm not saying no, but now is not a good time.", 'soft-no'],
  ['Reach me after the holidays, we are tied up with a migration project', 'soft-no'],
  ['Ping me in a few days.', 'soft-no', '2026-01-17'],
  // "next month" is the 1st of next month.
  ["I'm buried in a release. Contact me next month.", 'soft-no', '2026-02-01'],
  // permission with a date
  ['Yes, feel free to follow up on Feb 3.', 'permission', '2026-02-03'],
  ['Sure, call me next Tuesday.', 'permission', '2026-01-20'],
  ['OK to check in next week.', 'permission', '2026-01-19'],
  ["Of course, let's talk on Friday.", 'permission', '2026-01-16'],
  ['You can reach out again on March 10.', 'permission', '2026-03-10'],
  ['Please do email me tomorrow.', 'permission', '2026-01-15'],
  ['Go ahead and follow up in two weeks.', 'permission', '2026-01-28'],
  ["Let's catch up on the 20th.", 'permission', '2026-01-20'],
  ['Happy for you to call me on Monday.', 'permission', '2026-01-19'],
  ['Absolutely, speak next Thursday.', 'permission', '2026-01-22'],
  // interested
  ["Yes, I'm interested!", 'interested'],
  // A denied "uninterested" is interest, as the reply corpus reads it.
  ["I'm not uninterested, just curious who the client is.", 'interested'],
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

  ['', 'neutral'],
  ['👍', 'neutral'],
];

describe('reply signals', () => {
  it.each(CORPUS)('%j reads as %s', (text, expected, date) => {
    const signal = classifyReply(text, NOW);
    expect(signal.class).toBe(expected);
    if (date) expect(signal.until?.slice(0, 10)).toBe(date);
    if (expected !== 'neutral') expect(signal.phrase).toBeTruthy();
  });

  it('reads a season as its first day in the replier’s hemisphere, after one as the first day of the next', () => {
    // The day it falls on in the replier's zone, as YYYY-MM-DD.
    const on = (text: string, at: string, timezone: string) =>
      extractDate(text, new Date(at), { timezone })?.toLocaleDateString('sv-SE', { timeZone: timezone });
    const december = '2026-12-02T10:00:00Z';
    // The new user's reply, and its like in each language Politely reads: after the summer is 1 September.
    for (const text of [
      'Thanks, but not right now — maybe after the summer',
      'Im Moment nicht, vielleicht nach dem Sommer',
      'Pas pour le moment, recontactez-moi après l’été',
      'Recontactez-moi à la rentrée',
      'Ahora no, quizás después del verano',
      'Nu even niet, misschien na de zomer',
      'Non ora, magari dopo l’estate',
      'Agora não, talvez depois do verão',
    ])
      expect(on(text, december, 'Europe/Berlin'), text).toBe('2027-09-01');
    // In Sydney the summer is under way in December, and over in March.
    expect(on('maybe after the summer', december, 'Australia/Sydney')).toBe('2027-03-01');
    // "In the spring" is the next spring; "after winter" ends the winter now under way.
    expect(on("Let's talk in the spring", december, 'Europe/London')).toBe('2027-03-01');
    expect(on('Ask me again after winter', '2027-01-10T10:00:00Z', 'Europe/London')).toBe('2027-03-01');
    expect(on('Ask me again after winter', '2026-10-10T10:00:00Z', 'Europe/London')).toBe('2027-03-01');
    expect(on('im Herbst gerne wieder', '2026-05-02T10:00:00Z', 'Europe/Berlin')).toBe('2026-09-01');
    // Not seasons: the framework, and French "has been".
    expect(on('I have worked in Spring Boot for five years', december, 'Europe/London')).toBeUndefined();
    expect(on('Le poste a été pourvu, merci', december, 'Europe/Paris')).toBeUndefined();
  });

  it('reads dates relative to now and only forward', () => {
    expect(extractDate('after the 15th', new Date('2026-01-20T10:00:00Z'))?.toISOString().slice(0, 10)).toBe(
      '2026-02-16',
    );
    expect(extractDate('next quarter', new Date('2026-11-22T10:00:00Z'))?.toISOString().slice(0, 10)).toBe(
      '2027-01-01',
    );
    expect(extractDate('in March', new Date('2026-04-02T10:00:00Z'))?.toISOString().slice(0, 10)).toBe('2027-03-01');
    expect(extractDate('no date in here', NOW)).toBeUndefined();
  });

  it('copes with any text', () => {
    for (const text of ['x'.repeat(20_000), '\u0000\uffff', '))))(((', 'stop'.repeat(1000), 'NEAR( "a" AND *']) {
      expect(['interested', 'permission', 'soft-no', 'no', 'stop', 'neutral']).toContain(
        classifyReply(text, NOW).class,
      );
    }
  });
});

/** The local date (and time, when they named one) of a reply's `until`, in `zone`. */
function localUntil(text: string, now: Date, zone: string, dayMonth?: boolean): string | undefined {
  const signal = classifyReply(text, now, { timezone: zone, ...(dayMonth === undefined ? {} : { dayMonth }) });
  if (!signal.until) return undefined;
  const l = localTime(new Date(signal.until), zone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${l.year}-${pad(l.month)}-${pad(l.day)}${signal.hasTime ? ` ${pad(l.hour)}:${pad(l.minute)}` : ''}`;
}

describe('the date rules written in core/signals/dates.ts', () => {
  // Monday 30 November 2026, 10:00 in London.
  const MONDAY = fromLocal('Europe/London', 2026, 11, 30, 10, 0);
  const ZONE = 'Europe/London';

  it.each([
    ['Ping me on the 3rd of March.', '2027-03-03'],
    ['Ping me on 3 March.', '2027-03-03'],
    ['Ping me on March 3rd.', '2027-03-03'],
    ['Call me Tuesday.', '2026-12-01'],
    ['Call me Monday.', '2026-12-07'],
    ["I'm swamped this week, try me next Tuesday", '2026-12-08'],
    ['Call me next Monday.', '2026-12-07'],
    ['Try me next week.', '2026-12-07'],
    ['Try me next month.', '2026-12-01'],
    ['Try me in March.', '2027-03-01'],
    ['Try me in November.', '2027-11-01'],
    ['Check back after the 15th.', '2026-12-16'],
    ['Check back in a couple of weeks.', '2026-12-14'],
    ['Ping me in a few days.', '2026-12-03'],
    ['Call me tomorrow.', '2026-12-01'],
    ['Circle back next quarter.', '2027-01-01'],
    ['Reach out in six months.', '2027-05-30'],
    ['Back on Monday, 7 December.', '2026-12-07'],
  ])('%j said on Monday 30 November 2026 is %s', (text, date) => {
    expect(localUntil(text, MONDAY, ZONE)).toBe(date);
  });

  it('reads "the 3rd of March" on 1 December as next March, not 3 December', () => {
    expect(localUntil('ping me on the 3rd of March', fromLocal(ZONE, 2026, 12, 1, 10, 0), ZONE)).toBe('2027-03-03');
  });

  it('reads "next <weekday>" as that weekday of the following calendar week, from any day of this one', () => {
    for (const day of [30, 1, 2, 3, 4, 5, 6]) {
      const month = day === 30 ? 11 : 12;
      const said = fromLocal(ZONE, 2026, month, day, 10, 0);
      expect(localUntil('Sure, call me next Tuesday.', said, ZONE)).toBe('2026-12-08');
    }
  });

  it.each([
    ['de', 'Europe/Berlin', 'Bitte rufen Sie mich nächsten Dienstag an.'],
    ['fr', 'Europe/Paris', 'Appelez-moi mardi prochain.'],
    ['es', 'Europe/Madrid', 'Llámame el próximo martes.'],
    ['nl', 'Europe/Amsterdam', 'Bel me volgende dinsdag.'],
    ['it', 'Europe/Rome', 'Chiamami martedì prossimo.'],
    ['pt', 'Europe/Lisbon', 'Ligue-me na próxima terça-feira.'],
  ])('reads "next Tuesday" the same way in %s', (language, zone, text) => {
    const signal = classifyReply(text, fromLocal(zone, 2026, 11, 30, 10, 0), { timezone: zone });
    expect(signal.language).toBe(language);
    expect(localUntil(text, fromLocal(zone, 2026, 11, 30, 10, 0), zone)).toBe('2026-12-08');
  });
});

describe('times are theirs', () => {
  it('reads "Thursday at 3pm" from São Paulo as 15:00 in São Paulo', () => {
    const now = fromLocal('America/Sao_Paulo', 2026, 11, 30, 10, 0);
    const signal = classifyReply('Yes, interested! Call me Thursday at 3pm.', now, { timezone: 'America/Sao_Paulo' });
    expect(signal).toMatchObject({ class: 'interested', hasTime: true, until: '2026-12-03T18:00:00.000Z' });
  });

  it('starts a day without a time at their midnight, and reads UTC when no zone is given', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    const berlin = classifyReply('Try me in March.', now, { timezone: 'Europe/Berlin' });
    expect(berlin.until).toBe('2027-02-28T23:00:00.000Z');
    expect(classifyReply('Try me in March.', now).until).toBe('2027-03-01T00:00:00.000Z');
    expect(classifyReply('Try me in March.', now).hasTime).toBe(false);
  });

  it('reads the same day on both sides of the date line', () => {
    const now = new Date('2026-11-30T10:00:00Z');
    expect(localUntil('Call me tomorrow at 9am.', now, 'Pacific/Kiritimati')).toBe('2026-12-02 09:00');
    expect(localUntil('Call me tomorrow at 9am.', now, 'Pacific/Pago_Pago')).toBe('2026-11-30 09:00');
  });

  it('names times in every language', () => {
    const cases: [string, string][] = [
      ['Europe/Berlin', 'Rufen Sie mich am Donnerstag um 15 Uhr an.'],
      ['Europe/Paris', 'Appelez-moi jeudi à 15h.'],
      ['Europe/Madrid', 'Llámame el jueves a las 3 de la tarde.'],
      ['Europe/Amsterdam', 'Bel me donderdag om 15 uur.'],
      ['Europe/Rome', 'Chiamami giovedì alle 15.'],
      ['America/Sao_Paulo', 'Me liga quinta-feira às 15h.'],
    ];
    for (const [zone, text] of cases) {
      expect(localUntil(text, fromLocal(zone, 2026, 11, 30, 10, 0), zone), text).toBe('2026-12-03 15:00');
    }
  });

  it('does not take a limit for a time: "don\'t call me before 9am"', () => {
    expect(classifyReply("Don't call me before 9am.", new Date('2026-11-30T10:00:00Z')).until).toBeUndefined();
  });
});

describe('numeric dates', () => {
  const now = new Date('2026-11-30T15:00:00Z');
  it('are day first, except English from the United States or Canada', () => {
    expect(localUntil('Call me on 3/4.', now, 'Europe/London')).toBe('2027-04-03');
    expect(localUntil('Call me on 3/4.', now, 'America/New_York')).toBe('2027-03-04');
    expect(localUntil('Call me on 3/4.', now, 'America/Toronto')).toBe('2027-03-04');
    expect(localUntil('Rufen Sie mich am 3.4. an.', now, 'America/New_York')).toBe('2027-04-03');
  });

  it('follow the dayMonth option when it is given', () => {
    expect(localUntil('Call me on 3/4.', now, 'Europe/London', false)).toBe('2027-03-04');
    expect(localUntil('Call me on 3/4.', now, 'America/New_York', true)).toBe('2027-04-03');
  });

  it('are flagged when day and month could be swapped, and not otherwise', () => {
    expect(classifyReply('Call me on 3/4.', now).ambiguousDate).toBe(true);
    expect(classifyReply('Call me on 25/12.', now).ambiguousDate).toBeUndefined();
    const christmas = classifyReply('Call me on 12/25.', now, { timezone: 'Europe/London' });
    expect(christmas.until?.slice(0, 10)).toBe('2026-12-25');
  });
});

describe('stop, in every wording', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  it.each([
    "I'm not interested. Please take me off your mailing list.",
    'Please don\u2019t reach out again.',
    'Remove me from your distribution list.',
    'Please delete my data (GDPR erasure request).',
    'I do not wish to be contacted.',
    'Lose my number.',
    'Leave me alone.',
    'Opt me out.',
    'No more emails please.',
    'STOP',
    'Kein Interesse. Bitte kontaktieren Sie mich nicht mehr.',
    'Bitte streichen Sie mich aus Ihrem Verteiler.',
    'Merci de ne plus me contacter.',
    'Retirez-moi de votre liste de diffusion.',
    'Por favor, no me vuelva a contactar.',
    'Quiero darme de baja de su base de datos.',
    'Gelieve mij niet meer te benaderen.',
    'Haal mij uit jullie bestand.',
    'Non contattatemi più.',
    'Cancellatemi dalla vostra mailing list.',
    'Por favor, não me contactem mais.',
    'Removam-me da vossa lista.',
  ])('%j is a stop', (text) => {
    expect(classifyReply(text, now)).toMatchObject({ class: 'stop', mentionsStop: true });
  });

  it('"Don\'t stop sending me roles like this" is interest', () => {
    expect(classifyReply("Don't stop sending me roles like this", now).class).toBe('interested');
  });

  it('flags words that often mean stop when the class is something else', () => {
    const signal = classifyReply('Interested! My old email is on your list, use this one instead.', now);
    expect(signal).toMatchObject({ class: 'interested', mentionsStop: true });
    expect(classifyReply('Interested, tell me more.', now).mentionsStop).toBe(false);
  });
});

describe('other languages and mixed replies', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  it.each([
    ['Nein danke', 'no', 'de'],
    ['Non merci', 'no', 'fr'],
    ['Nee, bedankt', 'no', 'nl'],
    ['No gracias', 'no', 'es'],
    ['No grazie', 'no', 'it'],
    ['Não tenho interesse', 'no', 'pt'],
    ['Nao tenho interesse', 'no', 'pt'],
    ['Hard pass.', 'no', 'en'],
    ["I'll have to decline.", 'no', 'en'],
    ["I've decided to stay.", 'no', 'en'],
    ['Thanks but no thanks', 'no', 'en'],
  ])('%j is %s, read as %s', (text, expected, language) => {
    expect(classifyReply(text, now)).toMatchObject({ class: expected, language });
  });

  it('reads interest with a later date as interest with that date', () => {
    expect(classifyReply('Interested! Check back next week.', now)).toMatchObject({
      class: 'interested',
      until: '2026-12-07T00:00:00.000Z',
    });
  });

  it('reads "not now" with an invitation for later as a soft no with that date', () => {
    const signal = classifyReply('Not interested at the moment, but feel free to reach out in six months.', now);
    expect(signal).toMatchObject({ class: 'soft-no', until: '2027-05-30T00:00:00.000Z' });
  });

  it('reads an automatic reply as neutral, with the day they return', () => {
    const text = 'Automatic reply: I am out of the office until 14 December with limited access to email.';
    const signal = classifyReply(text, now);
    expect(signal).toMatchObject({ class: 'neutral', until: '2026-12-14T00:00:00.000Z' });
  });

  it('keeps the words that decided the class as they were written', () => {
    expect(classifyReply('Ça ne m’intéresse pas.', now).phrase).toBe('ne m’intéresse pas');
  });

  it('reads the reply, not the message it quotes', () => {
    const text =
      'Sounds great, tell me more!\n\nOn Mon, 30 Nov 2026, Sam wrote:\n' +
      '> If you would rather not hear from me, reply STOP.';
    expect(classifyReply(text, now).class).toBe('interested');
  });
});
