import fs from 'node:fs';
import path from 'node:path';
import {
  dialog,
  type BrowserWindow,
  type FileFilter,
  type IpcMain,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { ChosenFiles } from '../api/files';
import { OPEN_FILE_CHANNEL, SAVE_FILE_CHANNEL } from './constants';
import { isTrustedSender, REFUSED } from './ipc';

/** What the page may ask to open: each kind has its own title and filter, and nothing else can be asked for. */
const OPEN_KINDS: Record<'csv' | 'backup' | 'document', { title: string; filters: FileFilter[] }> = {
  csv: { title: 'Choose a CSV file', filters: [{ name: 'Spreadsheets (CSV)', extensions: ['csv', 'tsv', 'txt'] }] },
  backup: { title: 'Choose a backup copy', filters: [{ name: 'Politely backups', extensions: ['politely', 'db'] }] },
  document: {
    title: 'Choose a document',
    filters: [{ name: 'Documents (PDF, Word, text)', extensions: ['pdf', 'docx', 'txt'] }],
  },
};

/** An exported file larger than this is not one Politely made. */
const MAX_SAVE_CHARS = 768 * 1024 * 1024;

const refusal = (message: string) => ({ ok: false, error: { code: 'validation', message } }) as const;

/** The page's file to save, checked field by field: it comes from the page, so nothing about it is trusted. */
export function fileToSave(input: unknown): { fileName: string; bytes: Buffer } | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const { fileName, encoding, content } = input as Record<string, unknown>;
  if (typeof fileName !== 'string' || typeof content !== 'string' || content.length > MAX_SAVE_CHARS) return undefined;
  if (encoding !== 'utf8' && encoding !== 'base64') return undefined;
  // Only a name is offered, never a folder: the recruiter picks where it goes.
  const name = path
    .basename(fileName.replace(/\\/g, '/'))
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .trim()
    .slice(0, 200);
  return { fileName: name || 'Politely export', bytes: Buffer.from(content, encoding) };
}

/**
 * The desktop app's open and save dialogs, in the main process. Opening hands the page an opaque handle for the
 * chosen file (never its path); saving writes the page's content where the recruiter chose, and nowhere else.
 */
export function registerFileDialogs(
  ipcMain: IpcMain,
  getWindow: () => BrowserWindow | undefined,
  files: ChosenFiles,
): void {
  ipcMain.handle(OPEN_FILE_CHANNEL, async (event, kind: unknown) => {
    if (!isTrustedSender(event)) return REFUSED;
    if (kind !== 'csv' && kind !== 'backup' && kind !== 'document')
      return refusal('Politely cannot open that kind of file.');
    const options: OpenDialogOptions = {
      title: OPEN_KINDS[kind].title,
      properties: ['openFile'],
      filters: [...OPEN_KINDS[kind].filters, { name: 'All files', extensions: ['*'] }],
    };
    const window = getWindow();
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const chosen = result.filePaths[0];
    if (result.canceled || chosen === undefined) return { ok: true, value: null };
    return { ok: true, value: { path: files.issue(chosen), name: path.basename(chosen) } };
  });

  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, input: unknown) => {
    if (!isTrustedSender(event)) return REFUSED;
    const file = fileToSave(input);
    if (!file) return refusal('That file cannot be saved. Export it again.');
    const options: SaveDialogOptions = { title: 'Save', defaultPath: file.fileName };
    const window = getWindow();
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { ok: true, value: { saved: false } };
    try {
      await fs.promises.writeFile(result.filePath, file.bytes, { mode: 0o600 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      return {
        ok: false,
        error: { code: 'internal', message: `The file could not be saved there (${code}). Choose another place.` },
      };
    }
    return { ok: true, value: { saved: true } };
  });
}
