import { spreadsheetCsv } from '../../core/csv';
import { sampleCells } from '../../core/csvParse';
import { renderCalendar } from '../../core/ics';
import { suggestMapping, type Mapping } from '../../core/importMapping';
import { unreadableRows } from '../../core/importProblems';
import { attachmentsWithBytes } from '../../db/attachments';
import { inTransaction, schemaVersion } from '../../db/connection';
import {
  erasePerson,
  everything,
  everythingAbout,
  exportRows,
  retentionList,
  scrubAfterErasure,
  upcomingInterviews,
} from '../../db/dataRights';
import { readPreference, writePreference } from '../../db/settings';
import { isoNow } from '../context';
import { MAX_CSV_BYTES, parseCsv } from '../csv';
import { readChosen } from '../files';
import type { ImportJob } from '../importPeople';
import { startImport } from '../importRunner';
import { found } from '../errors';
import type { HandlersOf } from './types';

const MONTH_MS = 30.4375 * 86_400_000;
/** Unreadable rows the preview lists; the rest are counted. */
const PREVIEW_PROBLEMS = 20;

/**
 * The whole-profile export names each kept document and its size instead of carrying it: the export is one JSON text
 * held in memory, and a few hundred CVs of up to 20 MB each would make it larger than that can be. Each document is
 * in its person's own export, and can be saved from their page.
 */
function documentsBySize(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  const files = tables.attachment_files as { attachment_id: string; bytes: Buffer }[] | undefined;
  if (!files) return tables;
  return {
    ...tables,
    attachment_files: files.map((f) => ({
      attachment_id: f.attachment_id,
      bytes: `${f.bytes.length} bytes, not included here: export the person, or save it from their page`,
    })),
  };
}

/** Imports under way, by the id the caller chose, for progress and Cancel. */
const jobs = new Map<string, ImportJob>();

export const ioHandlers: Omit<HandlersOf<'io'>, 'io.exportPeople' | 'io.erasePeople'> = {
  /** The columns of a CSV, a guess at what each holds, and its first rows: what the import dialog shows. */
  'io.previewCsv': async (ctx, { path, kind }) => {
    // Kept after the preview, for the import that follows; an upload left unused expires on its own.
    const table = parseCsv(await readChosen(ctx.files, path, MAX_CSV_BYTES));
    // The mapping used last time, for the columns this file shares with that one; the rest guessed from their headers.
    const saved = readPreference<Mapping>(ctx.db, `import-mapping:${kind}`) ?? {};
    const mapping = {
      ...suggestMapping(table.headers, sampleCells(table)),
      ...Object.fromEntries(table.headers.filter((h) => h in saved).map((h) => [h, saved[h]])),
    };
    // Said before importing: rows the reader already knows cannot go in as they stand.
    const unreadable = unreadableRows(table.rows, PREVIEW_PROBLEMS);
    return {
      headers: table.headers,
      mapping,
      sample: table.rows.slice(0, 5).map((r) => r.cells),
      rows: table.rows.length,
      encoding: table.encoding,
      delimiter: table.delimiter,
      problems: unreadable.problems,
      rowsWithProblems: unreadable.rows,
    };
  },

  'io.importCsv': async (ctx, { job: jobId, ...options }) => {
    // Known before the file is read, so the progress bar and Cancel find it at once; the worker's own
    // progress takes its place once it runs.
    const waiting: ImportJob = { phase: 'checking', done: 0, total: 0, cancelled: false };
    if (jobId) jobs.set(jobId, waiting);
    try {
      const content = await readChosen(ctx.files, options.path, MAX_CSV_BYTES);
      if (waiting.cancelled) return { imported: 0, merged: 0, skipped: 0, errors: [], cancelled: true as const };
      const running = startImport(ctx.db, { ...options, content }, isoNow(ctx));
      if (jobId) jobs.set(jobId, running.job);
      const result = await running.result;
      if (result.cancelled) return result;
      if (options.mapping) writePreference(ctx.db, `import-mapping:${options.kind}`, options.mapping);
      return result;
    } finally {
      if (jobId) jobs.delete(jobId);
      // Done with the file whatever happened: an upload is removed now, not left on disk. After the
      // recruiter answers about possible duplicates, the page sends the file again.
      ctx.files?.release(options.path);
    }
  },

  'io.importProgress': (_ctx, { job }) => {
    const running = jobs.get(job);
    return running ? { phase: running.phase, done: running.done, total: running.total } : null;
  },

  /** Stops an import while it checks or while it saves: what it wrote is rolled back, nothing is left half done. */
  'io.cancelImport': (_ctx, { job }) => {
    const running = jobs.get(job);
    if (running) running.cancelled = true;
    return { cancelling: Boolean(running) };
  },

  /** One of the exports as CSV, returned to download (or to the desktop app's save dialog): never written here. */
  'io.exportCsv': (ctx, { entity }) => {
    const { header, rows } = exportRows(ctx.db, entity);
    const content = spreadsheetCsv([header, ...rows]);
    return { rows: rows.length, fileName: `Politely ${entity} ${isoNow(ctx).slice(0, 10)}.csv`, content };
  },

  'io.exportPerson': (ctx, { id }) => {
    const data = found(everythingAbout(ctx.db, id), 'person');
    // Their documents themselves (a CV is theirs), as base64, with what the list shows of each.
    const documents = attachmentsWithBytes(ctx.db, id).map(({ bytes, ...details }) => ({
      ...details,
      encoding: 'base64',
      content: bytes.toString('base64'),
    }));
    return { exportedAt: isoNow(ctx), data: { ...data, documents } };
  },

  /** The whole profile as readable JSON: every record, to take anywhere. */
  'io.exportAll': (ctx) => ({
    fileName: `Politely export ${isoNow(ctx).slice(0, 10)}.json`,
    mime: 'application/json',
    encoding: 'utf8',
    content: `${JSON.stringify({ exportedAt: isoNow(ctx), app: 'Politely', version: ctx.version, schemaVersion: schemaVersion(ctx.db), tables: documentsBySize(everything(ctx.db)) }, null, 2)}\n`,
  }),

  /** Upcoming interviews as one calendar file. */
  'io.exportCalendar': (ctx) => {
    const interviews = upcomingInterviews(ctx.db, isoNow(ctx));
    const content = renderCalendar(
      interviews.map((i) => ({
        // The same UID and SEQUENCE as the interview's invite, so the two never show as two events.
        uid: `${i.id}@politely`,
        sequence: i.sequence,
        start: i.startsAt,
        end: i.endsAt,
        timezone: i.timezone,
        stamp: isoNow(ctx),
        summary: `Interview: ${i.candidate}, ${i.position} at ${i.company}`,
        location: i.place,
        description: `${i.candidate} interviews for ${i.position} at ${i.company}. Call them for the debrief as soon as it ends.`,
      })),
    );
    return {
      fileName: `Politely interviews ${isoNow(ctx).slice(0, 10)}.ics`,
      mime: 'text/calendar',
      encoding: 'utf8',
      content,
      events: interviews.length,
    };
  },

  'io.erasePerson': (ctx, { id }) => {
    const removed = found(
      inTransaction(ctx.db, () => erasePerson(ctx.db, id, isoNow(ctx))),
      'person',
    );
    scrubAfterErasure(ctx.db);
    return { erased: true, removed };
  },

  'io.retention': (ctx, { months, limit }) => {
    const cutoff = new Date(ctx.now().getTime() - months * MONTH_MS).toISOString();
    return retentionList(ctx.db, cutoff, limit);
  },
};
