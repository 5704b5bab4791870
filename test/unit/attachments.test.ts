import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractText, READING_LIMITS } from '../../api/attachmentText';
import type { Channel, Envelope, Input, Output } from '../../api/contract';
import { Session } from '../../api/session';
import { Vault } from '../../db/vault';
import { startHost, TOKEN_HEADER, type Host } from '../../server/host';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MAX_PAGES,
  attachmentName,
  NOT_READ_IN_TIME,
  sniffAttachment,
  WRONG_TYPE,
} from '../../core/attachments';
import {
  documentsBackend,
  DOCX_WORD,
  fixture,
  FIXTURES,
  handWrittenPdf,
  PDF_MARKER,
  PDF_WORD,
} from './attachmentSetup';
import { chooseFile, T0, tempDir, type Backend } from './helpers';

/** A file written to a fresh folder, chosen as the open dialog would choose it. */
function chosen(name: string, bytes: Buffer | string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, bytes);
  return chooseFile(file);
}

async function candidate(b: Backend, name = 'Ada Okafor') {
  return b.ok('people.create', { kind: 'candidate', name });
}

/** How many rows each of the documents' tables holds: all zero means nothing was stored. */
const stored = (b: Backend) =>
  Object.fromEntries(
    ['attachments', 'attachment_files', 'search_attachments'].map((t) => [
      t,
      b.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number,
    ]),
  );
const NOTHING = { attachments: 0, attachment_files: 0, search_attachments: 0 };

const searchIds = async (b: Backend, text: string) => (await b.ok('search.query', { text })).map((h) => h.id);

describe('what a document is, by its bytes', () => {
  it('tells PDF, Word and text apart whatever the name says, and refuses everything else', () => {
    expect(sniffAttachment(fixture('cv.pdf'))).toBe('pdf');
    expect(sniffAttachment(fixture('cv.docx'))).toBe('docx');
    expect(sniffAttachment(Buffer.from('Ada Okafor\nBackend engineer, Zürich\n'))).toBe('txt');
    expect(sniffAttachment(Buffer.from('\ufeffAda Okafor', 'utf16le'))).toBe('txt');
    // A zip that is not a Word document (no word/document.xml in its directory), an image, a binary with NULs.
    const zip = Buffer.from(
      fixture('cv.docx').toString('latin1').replaceAll('word/document.xml', 'xord/document.xml'),
      'latin1',
    );
    expect(sniffAttachment(zip)).toBeNull();
    expect(sniffAttachment(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBeNull();
    expect(sniffAttachment(Buffer.from('MZ\u0000\u0000\u0003'))).toBeNull();
    expect(sniffAttachment(Buffer.from([0xff, 0xfe, 0x41]))).toBeNull();
  });

  it('keeps the name without folders and with the extension of what it is', () => {
    expect(attachmentName('C:\\Users\\sam\\Ada CV.PDF', 'pdf')).toBe('Ada CV.pdf');
    expect(attachmentName('../../etc/notes', 'txt')).toBe('notes.txt');
    expect(attachmentName('cv.pdf', 'docx')).toBe('cv.docx');
    expect(attachmentName('', 'pdf')).toBe('Document.pdf');
  });
});

describe('reading a document for search', () => {
  it('reads the words of the PDF and the Word fixtures, as they were read on the host before', async () => {
    expect((await extractText('pdf', fixture('cv.pdf'))).text).toBe(
      `Ada Lovelace - Curriculum vitae Analytical engine programmer, ${PDF_WORD} Institute Reference ${PDF_MARKER}`,
    );
    expect((await extractText('docx', fixture('cv.docx'))).text).toBe(
      `Grace Hopper - Curriculum vitae Compiler pioneer, ${DOCX_WORD} Fellowship in zeppelin cartography`,
    );
  });

  it('hands the document to its reader and gets it back whole, with its words', async () => {
    const pdf = fixture('cv.pdf');
    // A buffer of its own, as a document read from disk is (a small one carved from Node's shared pool is copied).
    const lent = Buffer.alloc(pdf.length);
    pdf.copy(lent);
    const read = await extractText('pdf', lent);
    // Handed over, not copied: the caller's buffer is left empty, and what came back is the document, byte for byte.
    expect(lent.length).toBe(0);
    expect(Buffer.from(read.bytes).equals(pdf)).toBe(true);
  });

  it(`reads no further than page ${ATTACHMENT_MAX_PAGES}`, async () => {
    const pages = Array.from({ length: ATTACHMENT_MAX_PAGES + 2 }, (_, i) => `page${i + 1}word`);
    const { text } = await extractText('pdf', handWrittenPdf(pages));
    expect(text).toContain(`page${ATTACHMENT_MAX_PAGES}word`);
    expect(text).not.toContain(`page${ATTACHMENT_MAX_PAGES + 1}word`);
  });

  it('refuses a broken PDF and a broken Word document in a plain sentence, quickly', async () => {
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41)]);
    await expect(extractText('pdf', broken)).rejects.toMatchObject({
      code: 'validation',
      message: expect.stringMatching(/^Politely could not read the text of that PDF: .*add that copy\.$/),
    });
    const truncated = fixture('cv.docx').subarray(0, 300);
    await expect(extractText('docx', truncated)).rejects.toMatchObject({ code: 'validation' });
  });

  it('gives up on a reading that outlasts its time', async () => {
    const long = handWrittenPdf(Array.from({ length: 150 }, (_, i) => `slow${i}`));
    await expect(extractText('pdf', long, { ...READING_LIMITS, timeoutMs: 1 })).rejects.toMatchObject({
      code: 'validation',
      message: NOT_READ_IN_TIME,
    });
  });
});

describe('attachments channels', () => {
  it('keeps a CV with the person, lists it without its bytes, and Ctrl+K finds them by a word in it', async () => {
    const b = documentsBackend();
    const ada = await candidate(b);
    const other = await candidate(b, 'Ben Tal');
    const pdf = await b.ok('attachments.add', {
      personId: ada.id,
      path: chosen('x', fixture('cv.pdf')),
      name: 'Ada CV.PDF',
    });
    expect(pdf).toMatchObject({ personId: ada.id, name: 'Ada CV.pdf', type: 'pdf', size: fixture('cv.pdf').length });
    expect(pdf.addedAt).toBe('2026-03-02T09:00:00.000Z');
    b.advance(60_000);
    await b.ok('attachments.add', { personId: other.id, path: chosen('y', fixture('cv.docx')), name: 'cv.docx' });

    const listed = await b.ok('attachments.list', { personId: ada.id });
    expect(listed).toEqual([pdf]);
    expect(JSON.stringify(listed)).not.toContain(PDF_WORD);

    const hits = await b.ok('search.query', { text: PDF_WORD.toLowerCase() });
    expect(hits).toEqual([
      {
        type: 'person',
        id: ada.id,
        title: 'Ada Okafor',
        snippet: expect.stringContaining(`[${PDF_WORD}]`),
        inDocument: true,
      },
    ]);
    // The first letters are enough, as for names.
    expect(await searchIds(b, 'brambl')).toEqual([ada.id]);
    expect(await searchIds(b, `zeppelin ${DOCX_WORD}`)).toEqual([other.id]);
    // Found by name and by CV alike, they are listed once.
    expect(await searchIds(b, 'Ada')).toEqual([ada.id]);
  });

  it('gives the document back, bytes and all, to save or open', async () => {
    const b = documentsBackend();
    const ada = await candidate(b);
    const added = await b.ok('attachments.add', { personId: ada.id, path: chosen('cv', fixture('cv.docx')) });
    expect(await b.ok('attachments.get', { id: added.id })).toEqual({
      fileName: 'Document.docx',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      encoding: 'base64',
      content: fixture('cv.docx').toString('base64'),
    });
  });

  it('removes a document, its words with it', async () => {
    const b = documentsBackend();
    const ada = await candidate(b);
    const added = await b.ok('attachments.add', { personId: ada.id, path: chosen('cv.pdf', fixture('cv.pdf')) });
    expect(await b.ok('attachments.remove', { id: added.id })).toEqual({ removed: true });
    expect(await b.ok('attachments.list', { personId: ada.id })).toEqual([]);
    expect(await searchIds(b, PDF_WORD)).toEqual([]);
    expect(stored(b)).toEqual(NOTHING);
    expect(await b.send('attachments.remove', { id: added.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it(`refuses a file over ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB before reading it, and stores nothing`, async () => {
    const b = documentsBackend();
    const ada = await candidate(b);
    const file = path.join(tempDir(), 'huge.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n');
    fs.truncateSync(file, ATTACHMENT_MAX_BYTES + 1);
    const refused = await b.send('attachments.add', { personId: ada.id, path: chooseFile(file) });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', message: 'That file is larger than 20 MB. Choose a smaller file.' },
    });
    expect(stored(b)).toEqual(NOTHING);
  });

  it('refuses what is not a PDF, Word or text document, whatever its name, and stores nothing', async () => {
    const b = documentsBackend();
    const ada = await candidate(b);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    for (const [name, bytes] of [
      ['cv.pdf', png],
      ['cv.docx', Buffer.from('PK\u0003\u0004 not really a zip')],
    ] as const) {
      const refused = await b.send('attachments.add', { personId: ada.id, path: chosen(name, bytes), name });
      expect(refused).toMatchObject({ ok: false, error: { code: 'validation', message: WRONG_TYPE } });
    }
    const empty = await b.send('attachments.add', { personId: ada.id, path: chosen('cv.txt', '') });
    expect(empty).toMatchObject({ ok: false, error: { message: 'That file is empty. Choose the document again.' } });
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x41)]);
    const unreadable = await b.send('attachments.add', { personId: ada.id, path: chosen('cv.pdf', broken) });
    expect(unreadable).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^Politely could not read/) },
    });
    expect(stored(b)).toEqual(NOTHING);
  });

  it('refuses any path Politely did not issue, reading nothing', async () => {
    const b = documentsBackend();
    const ada = await candidate(b);
    for (const file of [path.join(FIXTURES, 'cv.pdf'), '/etc/passwd', 'chosen:made-up']) {
      const refused = await b.send('attachments.add', { personId: ada.id, path: file });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'validation', message: 'Politely cannot read that file any more. Choose the file again.' },
      });
    }
    expect(stored(b)).toEqual(NOTHING);
  });

  it('erasing the person erases their documents and their words; exporting them carries the documents', async () => {
    const b = documentsBackend();
    const ada = await candidate(b);
    const added = await b.ok('attachments.add', { personId: ada.id, path: chosen('cv.pdf', fixture('cv.pdf')) });
    const exported = await b.ok('io.exportPerson', { id: ada.id });
    expect(exported.data.documents).toEqual([
      { ...added, encoding: 'base64', content: fixture('cv.pdf').toString('base64') },
    ]);
    const all = await b.ok('io.exportAll', undefined);
    expect(all.content).toContain(`${fixture('cv.pdf').length} bytes, not included here`);
    expect(all.content).not.toContain(fixture('cv.pdf').toString('base64'));

    await b.ok('io.erasePerson', { id: ada.id });
    expect(stored(b)).toEqual(NOTHING);
    expect(await searchIds(b, PDF_WORD)).toEqual([]);
    expect(await b.send('attachments.get', { id: added.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    // Nothing in the history names the file once they are erased.
    expect(JSON.stringify(b.db.prepare('SELECT * FROM audit_log').all())).not.toContain('.pdf');
  });

  it('refuses a document for someone who is not there', async () => {
    const b = documentsBackend();
    const refused = await b.send('attachments.add', { personId: 'nobody', path: chosen('cv.pdf', fixture('cv.pdf')) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(stored(b)).toEqual(NOTHING);
  });
});

// The marker is in the clear in the fixture itself, so the checks below can fail.
it('has the marker in the PDF fixture as plain text', () => {
  expect(fixture('cv.pdf').toString('latin1')).toContain(PDF_MARKER);
});

/** Every file under `dir` whose bytes contain `text`. */
function filesHolding(dir: string, text: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => fs.readFileSync(file).includes(text));
}

function post(host: Host, target: string, body: string | Buffer, type: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: target,
        headers: { host: `127.0.0.1:${host.port}`, 'content-type': type, [TOKEN_HEADER]: host.token },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const rpc = async <C extends Channel>(host: Host, channel: C, input: Input<C>) =>
  JSON.parse(await post(host, `/rpc/${channel}`, JSON.stringify(input), 'application/json')) as Envelope<Output<C>>;

describe('documents in the data folder', () => {
  it('never sit there in the clear: uploaded, kept, unlocked and locked', async () => {
    const FAST = { N: 2 ** 10, r: 8, p: 1 };
    const PASS = 'correct horse battery staple';
    const dataDir = tempDir();
    const session = new Session(new Vault(dataDir, FAST, () => T0), 'test', () => T0);
    const host = await startHost({ ctx: session, staticDir: tempDir(), port: 0, uploadDir: dataDir });
    try {
      const created = await rpc(host, 'profiles.create', { name: 'Sam', passphrase: PASS });
      if (!created.ok) throw new Error(created.error.message);
      const unlock = () => rpc(host, 'profiles.unlock', { id: created.value.id, passphrase: PASS });
      await unlock();
      const ada = await rpc(host, 'people.create', { kind: 'candidate', name: 'Ada Okafor' });
      if (!ada.ok) throw new Error(ada.error.message);

      const uploaded = JSON.parse(
        await post(host, '/upload', fixture('cv.pdf'), 'application/octet-stream'),
      ) as Envelope<{
        path: string;
      }>;
      if (!uploaded.ok) throw new Error(uploaded.error.message);
      // The upload itself is kept encrypted until a channel reads it.
      expect(filesHolding(dataDir, PDF_MARKER)).toEqual([]);
      const added = await rpc(host, 'attachments.add', { personId: ada.value.id, path: uploaded.value.path });
      expect(added).toMatchObject({ ok: true, value: { type: 'pdf' } });
      // Read once and gone: the same handle cannot be used again.
      expect(fs.readdirSync(path.join(dataDir, 'uploads'))).toEqual([]);
      expect(await rpc(host, 'attachments.add', { personId: ada.value.id, path: uploaded.value.path })).toMatchObject({
        ok: false,
        error: { code: 'validation' },
      });

      // Kept and found, yet nowhere in the clear: not in the profile's file, its log, the uploads or anything else.
      expect(await rpc(host, 'search.query', { text: PDF_MARKER })).toMatchObject({
        ok: true,
        value: [{ id: ada.value.id }],
      });
      expect(filesHolding(dataDir, PDF_MARKER)).toEqual([]);
      expect(filesHolding(dataDir, PDF_WORD)).toEqual([]);
      await rpc(host, 'profiles.lock', {});
      expect(filesHolding(dataDir, PDF_MARKER)).toEqual([]);
      expect(filesHolding(dataDir, PDF_WORD)).toEqual([]);

      // Still there after unlocking again: the check above looked at a profile that holds the document.
      await unlock();
      expect(await rpc(host, 'attachments.list', { personId: ada.value.id })).toMatchObject({
        ok: true,
        value: [{ id: added.ok ? added.value.id : '', name: 'Document.pdf' }],
      });
    } finally {
      await host.close();
    }
  });
});
