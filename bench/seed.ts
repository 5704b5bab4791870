import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection';
import { timeOrderedIds } from '../db/ids';
import { withRoomySearchIndexes } from '../db/imports';
import { refreshOutlook } from '../db/outlook';
import { indexPeopleAfter } from '../db/search';
import { readPolicy } from '../db/settings';
import { SAMPLE_PASSPHRASE, type Vault } from '../db/vault';
import { randomSource } from '../core/random';
import type { LoggedTouch } from '../core/policy';

export interface ScaleOptions {
  people: number;
  touches: number;
  /** Contacts logged with the one person whose check is measured, over the two years seeded. */
  heavyTouches: number;
  /**
   * Contacts logged with a second person at the same pace, so over a history as many times longer: the check's
   * cost must not grow with it. Counted in `touches`.
   */
  longHistoryTouches?: number;
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

/** Rows to one INSERT: 500 rows of up to 11 values, far under SQLite's limit of 32,766 variables. */
const ROWS_PER_INSERT = 500;

interface Writer {
  add(...row: (string | number | null)[]): void;
  flush(): void;
}

/** Collects rows for one table and writes them 500 to a statement, after what `references` holds back. */
function bulkWriter(db: Db, table: string, columns: readonly string[], references?: Writer): Writer {
  const row = `(${columns.map(() => '?').join(', ')})`;
  const sql = (rows: number) =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
  const full = db.prepare(sql(ROWS_PER_INSERT));
  let values: (string | number | null)[] = [];
  const flush = () => {
    const rows = values.length / columns.length;
    if (rows === 0) return;
    references?.flush();
    (rows === ROWS_PER_INSERT ? full : db.prepare(sql(rows))).run(values);
    values = [];
  };
  return {
    add(...row: (string | number | null)[]) {
      values.push(...row);
      if (values.length === ROWS_PER_INSERT * columns.length) flush();
    },
    flush,
  };
}

/** The triggers that index and track each new person, application and contact: the seeder does their work in bulk. */
const ROW_TRIGGERS = [
  'people_outlook',
  'people_search_insert',
  'applications_outlook',
  'touches_outlook',
  'touches_search_insert',
];
/** The tables whose own indexes are built once, after their rows are in, instead of row by row in random order. */
const BULK_TABLES = ['people', 'applications', 'touches'];

/**
 * Runs `fill` with the row triggers and the bulk tables' indexes dropped, then puts them back as they were
 * (building an index over rows already in is a sort, far faster than a million random inserts). Inside a transaction.
 */
function withoutTriggersAndIndexes(db: Db, fill: () => void): void {
  const tables = BULK_TABLES.map(() => '?').join(', ');
  const aside = db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master
        WHERE (type = 'trigger' AND name IN (${ROW_TRIGGERS.map(() => '?').join(', ')}))
           OR (type = 'index' AND tbl_name IN (${tables}) AND sql IS NOT NULL)`,
    )
    .all(...ROW_TRIGGERS, ...BULK_TABLES) as { type: 'trigger' | 'index'; name: string; sql: string }[];
  const missing = ROW_TRIGGERS.filter((name) => !aside.some((a) => a.name === name));
  if (missing.length > 0) throw new Error(`The seeder expects triggers called ${missing.join(', ')}.`);
  for (const { type, name } of aside) db.exec(`DROP ${type === 'trigger' ? 'TRIGGER' : 'INDEX'} ${name}`);
  fill();
  for (const { sql } of aside) db.exec(sql);
}

/**
 * Fills a fresh profile at scale, straight through SQL in one transaction: companies, positions,
 * candidates and client contacts, open applications, and a contact log of realistic replies.
 * Rows go in 500 to a statement, and what the row triggers would write one by one (contact
 * outlooks, the search index) is written afterwards in a few statements; seed.test holds the
 * result to what the triggers write. Returns the ids of the people with `heavyTouches` and
 * `longHistoryTouches` contacts.
 */
export function seedScale(
  db: Db,
  options: ScaleOptions,
  progress: (message: string) => void = () => {},
): { heavyId: string; longHistoryId?: string } {
  const random = randomSource(options.seed ?? 42);
  const now = options.now.getTime();
  const start = now - 730 * DAY;
  const created = iso(start);
  let heavyId = '';
  let longHistoryId: string | undefined;
  const longTouches = options.longHistoryTouches ?? 0;
  // A big cache keeps the random-id indexes in memory while they fill; the profile's own setting comes back after.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');
  // Every page is written once, into the file: a rollback journal keeps only what the file held before (nothing,
  // for a new profile), where the write-ahead log would take each page first and copy it into the file after.
  // Only a connection alone on its file can leave WAL; with others open it stays, and the seeding is just slower.
  const wal = db.pragma('journal_mode', { simple: true }) === 'wal';
  if (wal) db.pragma('journal_mode = DELETE');

  try {
    db.transaction(() => {
      const last = (table: string) =>
        db.prepare(`SELECT coalesce(max(rowid), 0) FROM ${table}`).pluck().get() as number;
      const peopleBefore = last('people');
      const touchesBefore = last('touches');
      withoutTriggersAndIndexes(db, () => {
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
        const addPerson = bulkWriter(db, 'people', [
          'id',
          'kind',
          'name',
          'email',
          'timezone',
          'company_id',
          'created_at',
          'updated_at',
        ]);
        const addApplication = bulkWriter(
          db,
          'applications',
          [
            'id',
            'candidate_id',
            'position_id',
            'stage',
            'closed_reason',
            'stage_changed_at',
            'created_at',
            'updated_at',
          ],
          addPerson,
        );
        // Time-ordered ids: each row lands at the end of the id index instead of anywhere in it.
        const personIds = timeOrderedIds(options.people, created);
        for (let i = 0; i < options.people; i++) {
          const id = personIds[i]!;
          const contact = i % 10 === 9;
          const since = start + random.int(700) * DAY;
          addPerson.add(
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
            addApplication.add(
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
        addPerson.flush();
        addApplication.flush();

        const addTouch = bulkWriter(db, 'touches', [
          'id',
          'person_id',
          'at',
          'channel',
          'direction',
          'kind',
          'outcome',
          'response',
          'agreed_next_at',
          'summary',
          'created_at',
        ]);
        const touchIds = timeOrderedIds(options.touches, created);
        let touchCount = 0;
        const touch = (personId: string, at: number) => {
          if (random.next() < 0.8) {
            const connected = random.next() < 0.1;
            const agreed = connected && random.next() < 0.5 ? iso(at + (3 + random.int(30)) * DAY) : null;
            addTouch.add(
              touchIds[touchCount++]!,
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
          addTouch.add(
            touchIds[touchCount++]!,
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
        // The second heavy person's contacts come at the first one's pace, ending now, over as many more years.
        const others = longTouches > 0 ? 2 : 1;
        if (longTouches > 0) {
          longHistoryId = people[1]!.id;
          const span = Math.round((729 * DAY * longTouches) / Math.max(1, options.heavyTouches));
          for (let i = 0; i < longTouches; i++)
            touch(longHistoryId, now - DAY - span + Math.floor((i / longTouches) * span) + random.int(DAY));
        }
        for (let i = options.heavyTouches + longTouches; i < options.touches; i++) {
          const person = people[others + random.int(people.length - others)]!;
          touch(person.id, person.since + random.int(Math.max(1, now - person.since)));
        }
        addTouch.flush();

        progress('search index and contact outlooks');
        withRoomySearchIndexes(db, ['search_index', 'touch_search'], () => {
          // What people_search_insert adds for each person, in two statements.
          indexPeopleAfter(db, peopleBefore);
          // What touches_search_insert adds for each contact with a summary.
          db.prepare(
            "INSERT INTO search_refs (kind, ref) SELECT 'touch', id FROM touches WHERE rowid > ? AND summary IS NOT NULL ORDER BY rowid",
          ).run(touchesBefore);
          db.prepare(
            `INSERT INTO touch_search (rowid, ref, summary)
             SELECT r.id, t.id, t.summary FROM touches t JOIN search_refs r ON r.ref = t.id AND r.kind = 'touch'
              WHERE t.rowid > ? ORDER BY r.id`,
          ).run(touchesBefore);
        });
        // What people_outlook, applications_outlook and touches_outlook leave: quiet since the latest of the
        // person's start, their applications' and their contacts'; the last contact either way.
        db.prepare(
          `INSERT INTO contact_outlook (person_id, quiet_since, last_touch_at)
           SELECT p.id, max(p.created_at, coalesce(a.latest, ''), coalesce(t.latest, '')), t.latest
             FROM people p
             LEFT JOIN (SELECT candidate_id, max(created_at) AS latest FROM applications GROUP BY candidate_id) a
               ON a.candidate_id = p.id
             LEFT JOIN (SELECT person_id, max(at) AS latest FROM touches GROUP BY person_id) t ON t.person_id = p.id
            WHERE p.rowid > ? ORDER BY p.rowid`,
        ).run(peopleBefore);
      });

      // Each person's outlook from their whole log, read in one pass over the log in person order (all of it
      // first: the connection cannot write while it steps through a read).
      const settings = readPolicy(db);
      const logs = db
        .prepare(
          `SELECT person_id AS personId, at, channel, direction, kind, outcome, response, agreed_next_at AS agreedNextAt
             FROM touches INDEXED BY touches_person_at WHERE rowid > ? ORDER BY person_id, at`,
        )
        .all(touchesBefore) as (LoggedTouch & { personId: string })[];
      for (let from = 0; from < logs.length;) {
        const personId = logs[from]!.personId;
        let to = from;
        while (to < logs.length && logs[to]!.personId === personId) to++;
        refreshOutlook(db, personId, settings, logs.slice(from, to));
        from = to;
      }
    })();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
    if (wal) db.pragma('journal_mode = WAL');
  }
  return longHistoryId === undefined ? { heavyId } : { heavyId, longHistoryId };
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

/**
 * Tops the open applications up to `atLeast`, for the board's measure at its target size: candidates in turn, each
 * on a position they are not already open on, in a stage picked at random, moved within the last 20 days. Returns
 * how many are open now.
 */
export function addOpenApplications(db: Db, atLeast: number, now: Date, seed = 43): number {
  const open = () => db.prepare("SELECT count(*) FROM applications WHERE stage <> 'closed'").pluck().get() as number;
  const missing = atLeast - open();
  if (missing <= 0) return open();
  const candidates = db
    .prepare("SELECT id FROM people WHERE kind = 'candidate' ORDER BY rowid")
    .pluck()
    .all() as string[];
  const positions = db.prepare('SELECT id FROM positions ORDER BY rowid').pluck().all() as string[];
  if (candidates.length * positions.length < atLeast)
    throw new Error(`${atLeast} open applications need more candidates or positions than the bench data has.`);
  const taken = new Set(
    db.prepare("SELECT candidate_id || ' ' || position_id FROM applications WHERE stage <> 'closed'").pluck().all(),
  );
  const random = randomSource(seed);
  const add = db.prepare(
    `INSERT INTO applications (id, candidate_id, position_id, stage, stage_changed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (let added = 0, i = 0; added < missing; i++) {
      const candidate = candidates[i % candidates.length]!;
      // A random position, or the first after it that this candidate is not open on; all of them taken, the next.
      const first = random.int(positions.length);
      const free = positions.findIndex(
        (_, k) => !taken.has(`${candidate} ${positions[(first + k) % positions.length]}`),
      );
      if (free < 0) continue;
      const position = positions[(first + free) % positions.length]!;
      taken.add(`${candidate} ${position}`);
      const at = iso(now.getTime() - DAY - random.int(20 * DAY));
      add.run(randomUUID(), candidate, position, random.pick(STAGES), at, at, at);
      added++;
    }
  })();
  return open();
}

export interface BusyClient {
  companyId: string;
  /** The client's position with the most applications. */
  positionId: string;
}

/**
 * Adds one client far busier than the seeded ones (which have five positions each), for the record pages' measures:
 * `positions` positions, and `applications` applications from as many different candidates, half of them on its first
 * position, the rest dealt round its others; a quarter closed, the rest in a stage picked at random, all in the last
 * year. Like a client the agency has filled roles for over years.
 */
export function addBusyClient(
  db: Db,
  options: { positions: number; applications: number; now: Date; seed?: number },
): BusyClient {
  const { positions: count, applications, now } = options;
  if (count < 2) throw new Error('A busy client needs at least two positions.');
  const candidates = db
    .prepare("SELECT id FROM people WHERE kind = 'candidate' ORDER BY rowid")
    .pluck()
    .all() as string[];
  // Each application from a candidate of its own, so none is open twice on one position.
  if (candidates.length < applications)
    throw new Error(`${applications} applications need at least as many candidates; the bench data has fewer.`);
  const random = randomSource(options.seed ?? 44);
  const created = iso(now.getTime() - 365 * DAY);
  const companyId = randomUUID();
  const positionIds = Array.from({ length: count }, () => randomUUID());
  db.transaction(() => {
    db.prepare('INSERT INTO companies (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(
      companyId,
      'Busy Client',
      created,
      created,
    );
    const addPosition = db.prepare(
      'INSERT INTO positions (id, company_id, title, description, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    positionIds.forEach((id, i) =>
      addPosition.run(id, companyId, `Busy Client role ${i + 1}`, 'What the role involves.', created, created),
    );
    const add = db.prepare(
      `INSERT INTO applications (id, candidate_id, position_id, stage, closed_reason, stage_changed_at, created_at,
         updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const first = random.int(candidates.length);
    const half = Math.ceil(applications / 2);
    for (let i = 0; i < applications; i++) {
      const position = i < half ? positionIds[0]! : positionIds[1 + ((i - half) % (count - 1))]!;
      const closed = random.next() < 0.25;
      const at = iso(now.getTime() - DAY - random.int(364 * DAY));
      add.run(
        randomUUID(),
        candidates[(first + i) % candidates.length],
        position,
        closed ? 'closed' : random.pick(STAGES),
        closed ? random.pick(['candidate-withdrew', 'client-rejected', 'no-response']) : null,
        at,
        at,
        at,
      );
    }
  })();
  return { companyId, positionId: positionIds[0]! };
}

/**
 * Closes open applications until `atMost` are left open, for the board's measure at its target size on data seeded
 * with more: the first ones in id order (random ids, so spread over every column, position and candidate), closed a
 * day ago as withdrawn. Returns how many are open now.
 */
export function closeOpenApplicationsOver(db: Db, atMost: number, now: Date): number {
  const open = () => db.prepare("SELECT count(*) FROM applications WHERE stage <> 'closed'").pluck().get() as number;
  const surplus = open() - atMost;
  if (surplus <= 0) return open();
  const at = iso(now.getTime() - DAY);
  db.prepare(
    `UPDATE applications SET stage = 'closed', closed_reason = 'candidate-withdrew', stage_changed_at = ?, updated_at = ?
      WHERE id IN (SELECT id FROM applications WHERE stage <> 'closed' ORDER BY id LIMIT ?)`,
  ).run(at, at, surplus);
  return open();
}
