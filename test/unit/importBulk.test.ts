import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPeople, type ImportOptions, type PhoneKeysAside } from '../../api/importPeople';
import { personFromRow, phoneKey, rowReader, type Mapping } from '../../core/importMapping';
import { inTransaction, openDatabase } from '../../db/connection';
import { addingInBulk, withRoomySearchIndexes } from '../../db/imports';
import { chooseFile, makeBackend, tempDir } from './helpers';

/** A CSV written to disk and chosen, as the open dialog would: the handle a channel reads it by. */
function csvFile(content: string): string {
  const file = path.join(tempDir(), 'people.csv');
  fs.writeFileSync(file, content);
  return chooseFile(file);
}

const INDEXES = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name";
const HASH_SIZE = "SELECT v FROM search_index_config WHERE k = 'hashsize'";

/** `count` candidates as a spreadsheet, each with an email, a phone and an employer. */
function candidates(count: number, from = 0): string {
  const rows = Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return `Person ${n},person${n}@mail.example,+1 415 555 ${String(n).padStart(4, '0')},Company ${n % 7}`;
  });
  return `Name,Email,Phone,Company\n${rows.join('\n')}\n`;
}

describe('a large import', () => {
  it('leaves the indexes, the search index and its settings as adding each person alone would', async () => {
    const b = makeBackend();
    const indexes = b.db.prepare(INDEXES).all();
    const result = await b.ok('io.importCsv', { path: csvFile(candidates(1_500)), kind: 'candidate' });
    expect(result).toMatchObject({ imported: 1_500, errors: [] });

    // The people table's indexes were built again after the rows went in: the same ones, holding everyone.
    expect(b.db.prepare(INDEXES).all()).toEqual(indexes);
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const index of ['people_name_key', 'people_kind_name_key', 'people_email', 'people_kind_created'])
      expect(b.db.prepare(`SELECT count(*) FROM people INDEXED BY ${index}`).pluck().get()).toBe(1_500);
    const plan = b.db
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM people WHERE kind = 'candidate' ORDER BY name_key, name, id LIMIT 5")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toContain('people_kind_name_key');
    // The search index kept more in memory while it filled, and is back to FTS5's own size.
    expect(b.db.prepare(HASH_SIZE).pluck().get()).toBe(1024 * 1024);
    expect((await b.ok('search.query', { text: 'person1499' })).map((h) => h.title)).toEqual(['Person 1499']);
    // FTS5's own check that the index matches its content: it throws when they differ.
    expect(() => b.db.exec("INSERT INTO search_index (search_index) VALUES ('integrity-check')")).not.toThrow();

    // A second import, smaller than what is saved, goes in through the indexes as they are.
    const again = await b.ok('io.importCsv', { path: csvFile(candidates(1_200, 1_500)), kind: 'candidate' });
    expect(again).toMatchObject({ imported: 1_200 });
    expect(b.db.prepare(INDEXES).all()).toEqual(indexes);
    expect(b.db.prepare('SELECT count(*) FROM people INDEXED BY people_name_key').pluck().get()).toBe(2_700);
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('puts back the indexes and the search setting when the write fails half way', () => {
    const { db } = makeBackend();
    const indexes = db.prepare(INDEXES).all();
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)").run(2_000_000n);
    expect(() =>
      inTransaction(db, () =>
        addingInBulk(db, 5_000, () => {
          expect(db.prepare(INDEXES).all().length).toBeLessThan(indexes.length);
          expect(db.prepare(HASH_SIZE).pluck().get()).toBe(32 * 1024 * 1024);
          throw new Error('the disk hiccuped');
        }),
      ),
    ).toThrow('the disk hiccuped');
    expect(db.prepare(INDEXES).all()).toEqual(indexes);
    expect(db.prepare(HASH_SIZE).pluck().get()).toBe(2_000_000);
  });

  it('sets a search index size it was given back as it was', () => {
    const { db } = makeBackend();
    db.prepare("INSERT INTO touch_search (touch_search, rank) VALUES ('hashsize', ?)").run(3_000_000n);
    inTransaction(db, () =>
      withRoomySearchIndexes(db, ['search_index', 'touch_search'], () => {
        expect(db.prepare("SELECT v FROM touch_search_config WHERE k = 'hashsize'").pluck().get()).toBe(
          32 * 1024 * 1024,
        );
      }),
    );
    expect(db.prepare("SELECT v FROM touch_search_config WHERE k = 'hashsize'").pluck().get()).toBe(3_000_000);
    expect(db.prepare(HASH_SIZE).pluck().get()).toBe(1024 * 1024);
    expect(() => withRoomySearchIndexes(db, ['search_index'], () => 1)).toThrow(/inside a transaction/);
  });
});

describe('reading rows through a mapping worked out once', () => {
  it('reads every row as reading each alone does', () => {
    const mapping: Mapping = {
      'Full name': 'name',
      First: 'firstName',
      Last: 'lastName',
      'E-mail': 'email',
      'E-mail 2': 'email',
      Mobile: 'phone',
      'Home Phone': 'phone',
      Company: 'company',
      URL: 'linkedinUrl',
      Notes: 'notes',
      Source: 'notes',
    };
    const rows: Record<string, string>[] = [
      {
        'Full name': '',
        First: 'Ana',
        Last: 'Souza',
        'E-mail': 'ana@mail.example ::: ANA@mail.example ::: a.souza@mail.example',
        'E-mail 2': 'ana.work@mail.example',
        Mobile: '+34 611 23 45 67',
        'Home Phone': '611 234 567',
        Company: 'Acme ::: Globex',
        URL: 'https://example.com ::: linkedin.com/in/ana-souza',
        Notes: "'=met at the meetup",
        Source: 'Referral',
      },
      {
        'Full name': 'Björn Ødegård',
        First: 'Björn',
        Last: 'Ødegård',
        'E-mail': '',
        'E-mail 2': '',
        Mobile: '',
        'Home Phone': '+47 22 12 34 56',
        Company: '',
        URL: '',
        Notes: '',
        Source: '',
      },
    ];
    const read = rowReader(Object.keys(rows[0]!), mapping);
    for (const cells of rows) expect(read(cells)).toEqual(personFromRow(cells, mapping));
    expect(read(rows[0]!)).toMatchObject({
      name: 'Ana Souza',
      email: 'ana@mail.example',
      phone: '+34 611 23 45 67',
      company: 'Acme',
      linkedinUrl: 'https://linkedin.com/in/ana-souza',
    });
    expect(read(rows[1]!)).toEqual({ name: 'Björn Ødegård', phone: '+47 22 12 34 56' });
  });
});

describe('phone keys worked out on another thread', () => {
  const NOW = '2026-03-02T09:00:00.000Z';
  /** 12,000 candidates; the last row has the first row's phone, written another way. */
  function file(): Uint8Array {
    const rows = Array.from(
      { length: 12_000 },
      (_, i) => `Person ${i},person${i}@mail.example,+1 415 ${String(2000000 + i).replace(/^(\d{3})/, '$1 ')}`,
    );
    rows[rows.length - 1] = 'Last Person,last@mail.example,+1 (415) 200-0000';
    return Buffer.from(`Name,Email,Phone\n${rows.join('\n')}\n`);
  }
  const options = (): ImportOptions => ({
    content: file(),
    kind: 'candidate',
    onDuplicate: 'skip',
    mode: 'valid-only',
  });
  const aside = (answer: (phones: readonly (string | undefined)[]) => Promise<(string | null)[]>) => {
    const asked: (readonly (string | undefined)[])[] = [];
    let stopped = 0;
    const keysAside: PhoneKeysAside = (phones) => {
      asked.push(phones);
      return { keys: answer(phones), stop: () => void stopped++ };
    };
    return { keysAside, asked, stopped: () => stopped };
  };

  it('finds the same duplicates as working every key out here, and stops the other thread after', async () => {
    const alone = await importPeople(openDatabase(':memory:'), options(), NOW);
    expect(alone).toMatchObject({ imported: 11_999, skipped: 1 });
    expect(alone.duplicates?.[0]?.message).toBe('Last Person: also on row 2 of this file (same phone)');

    const helper = aside(async (phones) => phones.map((p) => phoneKey(p)));
    const shared = await importPeople(openDatabase(':memory:'), options(), NOW, undefined, helper.keysAside);
    expect(shared).toEqual(alone);
    // The last rows' phones went to the other thread, as read from the file.
    expect(helper.asked).toHaveLength(1);
    expect(helper.asked[0]!.length).toBeGreaterThan(6_000);
    expect(helper.asked[0]!.at(-1)).toBe('+1 (415) 200-0000');
    expect(helper.stopped()).toBe(1);
  });

  it('uses the keys the other thread answers, and works them out here when it fails', async () => {
    // Every phone of the last rows keyed alike: all but the first of them are taken for the same person.
    const alike = aside(async (phones) => phones.map(() => '+10000000000'));
    const result = await importPeople(openDatabase(':memory:'), options(), NOW, undefined, alike.keysAside);
    expect(result.imported).toBe(12_000 - alike.asked[0]!.length + 1);

    const failing = aside(() => Promise.reject(new Error('the thread could not start')));
    const fallback = await importPeople(openDatabase(':memory:'), options(), NOW, undefined, failing.keysAside);
    expect(fallback).toMatchObject({ imported: 11_999, skipped: 1 });
    expect(failing.stopped()).toBe(1);
  });

  it('leaves a small file to this thread alone', async () => {
    const helper = aside(async (phones) => phones.map((p) => phoneKey(p)));
    const content = Buffer.from('Name,Phone\nAda Okafor,+44 20 7946 0018\nBen Lindqvist,+442079460018\n');
    const result = await importPeople(
      openDatabase(':memory:'),
      { ...options(), content },
      NOW,
      undefined,
      helper.keysAside,
    );
    expect(result).toMatchObject({ imported: 1, skipped: 1 });
    expect(helper.asked).toHaveLength(0);
  });
});
