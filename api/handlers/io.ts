import fs from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { neutralizeCell } from '../../core/csv';
import { suggestMapping } from '../../core/importMapping';
import { inTransaction } from '../../db/connection';
import { erasePerson, everythingAbout, exportRows, retentionList, scrubAfterErasure } from '../../db/dataRights';
import { isoNow } from '../context';
import { readCsv } from '../csv';
import { importPeople } from '../importPeople';
import { AppError, found } from '../errors';
import type { HandlersOf } from './types';

const MONTH_MS = 30.4375 * 86_400_000;

export const ioHandlers: HandlersOf<'io'> = {
  /** The columns of a CSV, a guess at what each holds, and its first rows: what the import dialog shows. */
  'io.previewCsv': (_ctx, { path }) => {
    const table = readCsv(path);
    return { headers: table.headers, mapping: suggestMapping(table.headers), sample: table.rows.slice(0, 5).map((r) => r.cells), rows: table.rows.length };
  },

  'io.importCsv': (ctx, options) => importPeople(ctx.db, options, isoNow(ctx)),

  /** One of the exports as CSV: written to `path` when given (the desktop app's save dialog), else returned to download. */
  'io.exportCsv': (ctx, { entity, path }) => {
    const { header, rows } = exportRows(ctx.db, entity);
    const content = `\ufeff${stringify([header, ...rows.map((row) => row.map(neutralizeCell))])}`;
    const fileName = `Politely ${entity} ${isoNow(ctx).slice(0, 10)}.csv`;
    if (path) {
      try {
        fs.writeFileSync(path, content, { flag: 'w' });
      } catch (error) {
        throw new AppError('validation', `The file could not be written there (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose another place.`, {
          issues: [{ path: ['path'], message: 'Choose another place to save the file.' }],
        });
      }
      return { path, rows: rows.length, fileName };
    }
    return { rows: rows.length, fileName, content };
  },

  'io.exportPerson': (ctx, { id }) => {
    const data = found(everythingAbout(ctx.db, id), 'person');
    return { exportedAt: isoNow(ctx), data };
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
