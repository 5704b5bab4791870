import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, session, type BrowserWindow } from 'electron';
import { version } from '../package.json';
import type { Context } from '../api/context';
import { openDatabase, type Db } from '../db/connection';
import { DATABASE_FILE, resolveDataDir } from '../db/location';
import { registerIpc } from './ipc';
import { printToPdf } from './pdf';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { createMainWindow, denyPermissions, hardenContents } from './window';

/** Wires the desktop app together. Returns false when another Politely already runs. */
export function startPolitely(): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  registerSchemePrivileges();

  let window: BrowserWindow | undefined;
  let db: Db | undefined;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => db?.close());

  void app.whenReady().then(() => {
    const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      db = openDatabase(path.join(dataDir, DATABASE_FILE));
    } catch (error) {
      dialog.showErrorBox('Politely could not open your data', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    const opened = db;
    const context: Context = { db: opened, now: () => new Date(), dataDir, version, printToPdf };
    const root = app.getAppPath();
    denyPermissions(session.defaultSession);
    serveRenderer(session.defaultSession, path.join(root, 'dist', 'renderer'));
    registerIpc(ipcMain, () => context);
    window = createMainWindow(path.join(root, 'dist', 'node', 'preload.cjs'));
  });
  return true;
}
