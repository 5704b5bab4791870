import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RESPONSE_CLASSES, type ResponseClass } from '../../core/model';
import { classifyReply } from '../../core/signals';
import { fromLocal, localTime } from '../../core/zoned';
import { makeBackend } from './helpers';

// Replies as people write them, one file per language, each with the class and the date (and
// time) it means, in the replier's own zone. The reader must read at least 95% of them right and
// every request to stop as a stop.

interface Entry {
  text: string;
  class: ResponseClass;
  /** Local date in the replier's zone, YYYY-MM-DD. */
  date?: string;
  /** Local time in the replier's zone, HH:MM. */
  time?: string;
  timezone?: string;
  /** When they wrote it, local, YYYY-MM-DDTHH:MM. */
  now?: string;
  dayMonth?: boolean;
  note?: string;
}

const DEFAULT_ZONES: Record<string, string> = {
  en: 'Europe/London',
  de: 'Europe/Berlin',
  fr: 'Europe/Paris',
  es: 'Europe/Madrid',
  nl: 'Europe/Amsterdam',
  it: 'Europe/Rome',
  pt: 'Europe/Lisbon',
};
// Several corpora: the one the reader was written against, and others written apart from it by people who
// never saw the reader, so that a family learned from the first is tested on sentences it has not seen.
interface Corpus {
  name: string;
  /** When the replies were written, unless an entry says otherwise. */
  defaultNow: string;
  langs: { lang: string; entries: Entry[] }[];
}

function loadCorpus(name: string, folder: string, defaultNow: string): Corpus {
  const dir = path.resolve(__dirname, '../fixtures', folder);
  const langs = Object.keys(DEFAULT_ZONES)
    .filter((lang) => fs.existsSync(path.join(dir, `${lang}.json`)))
    .map((lang) => ({ lang, entries: JSON.parse(fs.readFileSync(path.join(dir, `${lang}.json`), 'utf8')) as Entry[] }));
  return { name, defaultNow, langs };
}

const CORPORA: Corpus[] = [
  loadCorpus('main', 'replies', '2026-11-30T10:00'),
  loadCorpus('holdout', 'replies-holdout', '2026-12-09T11:00'),
  loadCorpus('blind', 'replies-blind', '2026-12-11T16:30'),
  loadCorpus('blind2', 'replies-blind2', '2026-12-17T09:15'),
];

function instantAt(local: string, zone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`A corpus "now" must look like 2026-11-30T10:00, not ${local}.`);
  return fromLocal(zone, Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

const pad = (n: number) => String(n).padStart(2, '0');

interface Outcome {
  lang: string;
  entry: Entry;
  right: boolean;
  read: ResponseClass;
  got: string;
}

/** Reads one entry and says whether its class, date and time came out as written. */
function read(lang: string, entry: Entry, defaultNow: string): Outcome {
  const zone = entry.timezone ?? DEFAULT_ZONES[lang]!;
  const now = instantAt(entry.now ?? defaultNow, zone);
  const order = entry.dayMonth === undefined ? {} : { dayMonth: entry.dayMonth };
  const signal = classifyReply(entry.text, now, { timezone: zone, ...order });
  let date: string | undefined;
  let time: string | undefined;
  if (signal.until) {
    const l = localTime(new Date(signal.until), zone);
    date = `${l.year}-${pad(l.month)}-${pad(l.day)}`;
    if (signal.hasTime) time = `${pad(l.hour)}:${pad(l.minute)}`;
  }
  const right =
    signal.class === entry.class && (!entry.date || entry.date === date) && (!entry.time || entry.time === time);
  const got = `${signal.class}${date ? ` ${date}` : ''}${time ? ` ${time}` : ''} [${signal.language}]`;
  return { lang, entry, right, read: signal.class, got };
}

function share(list: Outcome[]): string {
  if (list.length === 0) return '   -   ';
  const right = list.filter((o) => o.right).length;
  return `${((100 * right) / list.length).toFixed(1).padStart(5)}% (${right}/${list.length})`;
}

function report(corpus: Corpus, outcomes: Outcome[]): string {
  const lines = [`Reply corpus "${corpus.name}": read right`];
  lines.push(...corpus.langs.map(({ lang }) => `  ${lang}  ${share(outcomes.filter((o) => o.lang === lang))}`));
  lines.push(...RESPONSE_CLASSES.map((c) => `  ${c.padEnd(10)} ${share(outcomes.filter((o) => o.entry.class === c))}`));
  lines.push(`  overall ${share(outcomes)}`);
  const misses = outcomes.filter((o) => !o.right);
  if (misses.length > 0) {
    lines.push('Read otherwise:');
    for (const o of misses) {
      const { class: cls, date, time } = o.entry;
      const expected = `${cls}${date ? ` ${date}` : ''}${time ? ` ${time}` : ''}`;
      lines.push(`  [${o.lang}] ${JSON.stringify(o.entry.text)}: expected ${expected}, read ${o.got}`);
    }
  }
  return lines.join('\n');
}

for (const corpus of CORPORA) {
  const outcomes = corpus.langs.flatMap(({ lang, entries }) =>
    entries.map((entry) => read(lang, entry, corpus.defaultNow)),
  );

  describe(`the reply corpus "${corpus.name}"`, () => {
    afterAll(() => {
      console.log(report(corpus, outcomes));
    });

    it('has replies to read', () => {
      expect(outcomes.length).toBeGreaterThan(0);
    });

    it('reads at least 95% of all replies right', () => {
      expect(outcomes.filter((o) => o.right).length / outcomes.length).toBeGreaterThanOrEqual(0.95);
    });

    it('reads every request to stop as a stop', () => {
      const missed = outcomes.filter((o) => o.entry.class === 'stop' && o.read !== 'stop');
      expect(missed.map((o) => o.entry.text)).toEqual([]);
    });

    it('never reads a reply that is not a stop as a stop', () => {
      const wrong = outcomes.filter((o) => o.entry.class !== 'stop' && o.read === 'stop');
      expect(wrong.map((o) => o.entry.text)).toEqual([]);
    });
  });

  describe(`a stop from the corpus "${corpus.name}" logged as text only`, () => {
    const stops = corpus.langs.flatMap(({ lang, entries }) =>
      entries.filter((e) => e.class === 'stop').map((entry) => ({ lang, entry })),
    );

    it('is in the corpus', () => {
      expect(stops.length).toBeGreaterThan(0);
    });

    it('blocks an email follow-up two weeks later, for every stop in the corpus', async () => {
      const b = makeBackend();
      const saidAt = stops.map(({ lang, entry }) =>
        instantAt(entry.now ?? corpus.defaultNow, entry.timezone ?? DEFAULT_ZONES[lang]!),
      );
      // The clock stands after every reply and every check: contacts are logged once they have happened.
      b.advance(Math.max(...saidAt.map((d) => d.getTime())) + 15 * 86_400_000 - b.ctx.now().getTime());
      const allowed: string[] = [];
      for (const { lang, entry } of stops) {
        const zone = entry.timezone ?? DEFAULT_ZONES[lang]!;
        const person = await b.ok('people.create', { kind: 'candidate', name: `Reader ${lang}`, timezone: zone });
        const at = instantAt(entry.now ?? corpus.defaultNow, zone);
        const touch = await b.ok('touches.log', {
          personId: person.id,
          at: at.toISOString(),
          channel: 'email',
          direction: 'in',
          kind: 'reply',
          outcome: 'replied',
          summary: entry.text,
        });
        expect(touch.response, entry.text).toBe('stop');
        const later = new Date(at.getTime() + 14 * 86_400_000).toISOString();
        const verdict = await b.ok('followups.check', {
          personId: person.id,
          channel: 'email',
          kind: 'follow-up',
          at: later,
        });
        if (verdict.verdict !== 'blocked') allowed.push(entry.text);
      }
      expect(allowed).toEqual([]);
    });
  });
}
