import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { refreshOutlook } from '../db/outlook';
import { readPolicy } from '../db/settings';
import { SAMPLE_PASSPHRASE, type Vault } from '../db/vault';
import { randomSource } from '../core/random';

export interface ScaleOptions {
  people: number;
  touches: number;
  /** Contacts logged with the one person whose check is measured. */
  heavyTouches: number;
  now: Date;
  seed?: number;
}

const DAY = 86_400_000;
const ZONES = [
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Singapore',
  'Asia/Kolkata',
  'Australia/Sydney',
];
const STAGES = ['sourced', 'prep', 'interview', 'debrief', 'offer', 'placed'] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Fills a fresh profile at scale, straight through SQL in one transaction: companies, positions,
 * candidates and client contacts, open applications, and a contact log of realistic replies.
 * Returns the id of the person with `heavyTouches` contacts.
 */
export function seedScale(
  db: Db,
  options: ScaleOptions,
  progress: (message: string) => void = () => {},
): { heavyId: string } {
  const random = randomSource(options.seed ?? 42);
  const now = options.now.getTime();
  const start = now - 730 * DAY;
  const created = iso(start);
  let heavyId = '';

  db.transaction(() => {
    const companies: string[] = [];
    const addCompany = db.prepare('INSERT INTO companies (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 200; i++) {
      const id = randomUUID();
      addCompany.run(id, `Company ${i + 1}`, created, created);
      companies.push(id);
    }
    const positions: string[] = [];
    const addPosition = db.prepare(
      'INSERT INTO positions (id, company_id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < 1000; i++) {
      const id = randomUUID();
      addPosition.run(
        id,
        companies[i % companies.length],
        `Position ${i + 1}`,
        'What the role involves.',
        created,
        created,
      );
      positions.push(id);
    }

    progress(`people: ${options.people.toLocaleString('en-US')}`);
    const people: { id: string; since: number }[] = [];
    const addPerson = db.prepare(
      'INSERT INTO people (id, kind, name, email, timezone, company_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const addApplication = db.prepare(
      'INSERT INTO applications (id, candidate_id, position_id, stage, closed_reason, stage_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    for (let i = 0; i < options.people; i++) {
      const id = randomUUID();
      const contact = i % 10 === 9;
      const since = start + random.int(700) * DAY;
      addPerson.run(
        id,
        contact ? 'contact' : 'candidate',
        `Person ${i + 1}`,
        `person${i + 1}@mail.example`,
        random.pick(ZONES),
        contact ? random.pick(companies) : null,
        iso(since),
        iso(since),
      );
      people.push({ id, since });
      if (!contact && random.next() < 0.6) {
        const at = since + random.int(20) * DAY;
        const closed = random.next() < 0.25;
        addApplication.run(
          randomUUID(),
          id,
          random.pick(positions),
          closed ? 'closed' : random.pick(STAGES),
          closed ? 'candidate-withdrew' : null,
          iso(at),
          iso(at),
          iso(at),
        );
      }
    }

    const addTouch = db.prepare(
      `INSERT INTO touches (id, person_id, at, channel, direction, kind, outcome, response, agreed_next_at, summary, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const touch = (personId: string, at: number) => {
      if (random.next() < 0.8) {
        const connected = random.next() < 0.1;
        const agreed = connected && random.next() < 0.5 ? iso(at + (3 + random.int(30)) * DAY) : null;
        addTouch.run(
          randomUUID(),
          personId,
          iso(at),
          random.pick(['email', 'phone', 'linkedin']),
          'out',
          random.pick(['follow-up', 'value-add', 'check-in']),
          connected ? 'connected' : random.pick(['sent', 'no-answer', 'voicemail']),
          connected ? 'interested' : null,
          agreed,
          'Checked in about the role.',
          iso(at),
        );
        return;
      }
      const roll = random.next();
      const response =
        roll < 0.5
          ? 'neutral'
          : roll < 0.65
            ? 'interested'
            : roll < 0.75
              ? 'permission'
              : roll < 0.87
                ? 'soft-no'
                : roll < 0.95
                  ? 'no'
                  : 'stop';
      const dated = response === 'permission' || (response === 'soft-no' && random.next() < 0.5);
      addTouch.run(
        randomUUID(),
        personId,
        iso(at),
        'email',
        'in',
        'reply',
        'replied',
        response,
        dated ? iso(at + (7 + random.int(50)) * DAY) : null,
        'Their reply.',
        iso(at),
      );
    };

    progress(`touches: ${options.touches.toLocaleString('en-US')}`);
    const heavy = people[0]!;
    heavyId = heavy.id;
    for (let i = 0; i < options.heavyTouches; i++)
      touch(heavy.id, start + Math.floor((i / options.heavyTouches) * 729 * DAY) + random.int(DAY));
    for (let i = options.heavyTouches; i < options.touches; i++) {
      const person = people[1 + random.int(people.length - 1)]!;
      touch(person.id, person.since + random.int(Math.max(1, now - person.since)));
    }
  })();

  progress('contact outlooks');
  const settings = readPolicy(db);
  const ids = db.prepare('SELECT DISTINCT person_id FROM touches').pluck().all() as string[];
  db.transaction(() => {
    for (const id of ids) refreshOutlook(db, id, settings);
  })();
  return { heavyId };
}

/**
 * Makes a sample profile (one click to open, no passphrase) filled at scale. Nothing is left behind if filling fails.
 */
export async function makeScaleProfile(
  vault: Vault,
  options: { name: string; people: number; touches: number; now: Date },
  progress?: (message: string) => void,
): Promise<string> {
  const { id } = await vault.create(options.name, SAMPLE_PASSPHRASE, { sample: true });
  const db = await vault.open(id, SAMPLE_PASSPHRASE);
  try {
    seedScale(
      db,
      {
        people: options.people,
        touches: options.touches,
        heavyTouches: Math.min(1_000, options.touches),
        now: options.now,
      },
      progress,
    );
  } catch (error) {
    db.close();
    await vault.remove(id, SAMPLE_PASSPHRASE);
    throw error;
  }
  db.close();
  return id;
}
