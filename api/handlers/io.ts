import fs from 'node:fs';
import path from 'node:path';
import { spreadsheetCsv } from '../../core/csv';
import { renderCalendar } from '../../core/ics';
import { suggestMapping, type Mapping } from '../../core/importMapping';
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
import { isoNow, type Context } from '../context';
import { readCsv } from '../csv';
import { importPeople, type ImportJob } from '../importPeople';
import { AppError, found } from '../errors';
import type { HandlersOf } from './types';

const MONTH_MS = 30.4375 * 86_400_000;

/** Imports under way, by the id the caller chose, for progress and Cancel. */
const jobs = new Map<string, ImportJob>();

/** A file uploaded from the browser for one import has done its job once imported. */
function removeIfUploaded(ctx: Context, file: string): void {
  if (path.basename(path.dirname(path.resolve(file))) === 'uploads' && path.basename(file).endsWith('.upload'))
    fs.rmSync(file, { force: true });
}

export const ioHandlers: HandlersOf<'io'> = {
  /** The columns of a CSV, a guess at what each holds, and its first rows: what the import dialog shows. */
  'io.previewCsv': (ctx, { path, kind }) => {
    const table = readCsv(path);
    // The mapping used last time, for the columns this file shares with that one; the rest guessed from their headers.
    const saved = readPreference<Mapping>(ctx.db, `import-mapping:${kind}`) ?? {};
    const mapping = {
      ...suggestMapping(table.headers),
      ...Object.fromEntries(table.headers.filter((h) => h in saved).map((h) => [h, saved[h]])),
    };
    return {
      headers: table.headers,
      mapping,
      sample: table.rows.slice(0, 5).map((r) => r.cells),
      rows: table.rows.length,
    };
  },

  'io.importCsv': async (ctx, { job: jobId, ...options }) => {
    const job: ImportJob = { phase: 'checking', done: 0, total: 0, cancelled: false };
    if (jobId) jobs.set(jobId, job);
    try {
      const result = await importPeople(ctx.db, options, isoNow(ctx), job);
      if (result.cancelled) return result;
      if (options.mapping) writePreference(ctx.db, `import-mapping:${options.kind}`, options.mapping);
      removeIfUploaded(ctx, options.path);
      return result;
    } finally {
      if (jobId) jobs.delete(jobId);
    }
  },

  'io.importProgress': (_ctx, { job }) => {
    const running = jobs.get(job);
    return running ? { phase: running.phase, done: running.done, total: running.total } : null;
  },

  'io.cancelImport': (_ctx, { job }) => {
    const running = jobs.get(job);
    if (running && running.phase === 'checking') running.cancelled = true;
    return { cancelling: Boolean(running && running.cancelled) };
  },

  /**
   * One of the exports as CSV: written to `path` when given (the desktop app's save dialog), else returned to download.
   */
  'io.exportCsv': (ctx, { entity, path: target }) => {
    const { header, rows } = exportRows(ctx.db, entity);
    const content = spreadsheetCsv([header, ...rows]);
    const fileName = `Politely ${entity} ${isoNow(ctx).slice(0, 10)}.csv`;
    if (target) {
      try {
        fs.writeFileSync(target, content, { flag: 'w' });
      } catch (error) {
        throw new AppError(
          'validation',
          `The file could not be written there (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose another place.`,
          {
            issues: [{ path: ['path'], message: 'Choose another place to save the file.' }],
          },
        );
      }
      return { path: target, rows: rows.length, fileName };
    }
    return { rows: rows.length, fileName, content };
  },

  'io.exportPerson': (ctx, { id }) => {
    const data = found(everythingAbout(ctx.db, id), 'person');
    return { exportedAt: isoNow(ctx), data };
  },

  /** The whole profile as readable JSON: every record, to take anywhere. */
  'io.exportAll': (ctx) => ({
    fileName: `Politely export ${isoNow(ctx).slice(0, 10)}.json`,
    mime: 'application/json',
    encoding: 'utf8',
    content: `${JSON.stringify({ exportedAt: isoNow(ctx), app: 'Politely', version: ctx.version, schemaVersion: schemaVersion(ctx.db), tables: everything(ctx.db) }, null, 2)}\n`,
  }),

  /** Upcoming interviews as one calendar file. */
  'io.exportCalendar': (ctx) => {
    const interviews = upcomingInterviews(ctx.db, isoNow(ctx));
    const content = renderCalendar(
      interviews.map((i) => ({
        uid: `${i.id}@politely`,
        start: i.startsAt,
        end: i.endsAt,
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
