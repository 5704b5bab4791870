import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, ipcMain, powerMonitor, session, type BrowserWindow } from 'electron';
import { version } from '../package.json';
import { startIdleLock } from '../api/idleLock';
import { ChosenFiles } from '../api/files';
import { Session } from '../api/session';
import { readLocale } from '../core/dates';
import { lockDataFolder } from '../db/folderLock';
import { resolveDataDir } from '../db/location';
import { Vault } from '../db/vault';
import { LOCKED_EVENT } from './constants';
import { registerFileDialogs } from './files';
import { registerIpc } from './ipc';
import { startReminders } from './reminders';
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
  let backend: Session | undefined;
  let release: (() => void) | undefined;
  let reminders: ReturnType<typeof startReminders> | undefined;
  let stopIdleLock: (() => void) | undefined;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    reminders?.stop();
    stopIdleLock?.();
    backend?.lock();
    release?.();
  });

  // Once Electron is ready: the data folder, the backend, the window and what wires them together.
  const start = () => {
    const dataDir = resolveDataDir(process.argv, process.env, () => app.getPath('userData'));
    try {
      fs.mkdirSync(dataDir, { recursive: true });
      release = lockDataFolder(dataDir);
    } catch (error) {
      dialog.showErrorBox('Politely could not open your data', error instanceof Error ? error.message : String(error));
      app.quit();
      return;
    }
    const context = new Session(new Vault(dataDir), version, () => new Date(), printToPdf);
    // The window's own locale (it says so again with its first call): notifications write dates as its screens do.
    context.locale = readLocale(app.getLocale());
    // Channels read only files chosen in the open dialog, through the handles it issued.
    const chosenFiles = new ChosenFiles();
    context.files = chosenFiles;
    backend = context;
    const root = app.getAppPath();
    denyPermissions(session.defaultSession);
    serveRenderer(session.defaultSession, path.join(root, 'dist', 'renderer'));
    // A failed load is the window's own to show (createMainWindow), so nothing here waits for loading.
    window = createMainWindow(path.join(root, 'dist', 'node', 'preload.cjs')).window;
    reminders = startReminders(context, () => window);
    // Unlocking (or opening the sample) is a moment to look for reminders at once.
    registerIpc(
      ipcMain,
      () => context,
      (channel) => {
        if (channel === 'profiles.unlock' || channel === 'profiles.openSample') void reminders?.poke();
      },
    );
    registerFileDialogs(ipcMain, () => window, chosenFiles);
    // Walking away locks: on suspend and when the screen locks, the profile closes and the window returns to the
    // picker.
    const lockNow = () => {
      if (!context.profile) return;
      context.lock();
      window?.webContents.send(LOCKED_EVENT);
    };
    powerMonitor.on('suspend', lockNow);
    powerMonitor.on('lock-screen', lockNow);
    // Idle minutes and sleep are also judged here, so the profile locks even while the window cannot run its timer.
    stopIdleLock = startIdleLock(context, {
      onLocked: () => {
        if (window && !window.isDestroyed()) window.webContents.send(LOCKED_EVENT);
      },
    });
  };
  // A failure here would leave Politely running with no window and its data folder held: say so, and quit.
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      dialog.showErrorBox(
        'Politely could not start',
        `Something failed while it was starting (${reason}). ` +
          'Start Politely again; if this keeps happening, reinstall it.',
      );
      app.quit();
    });
  return true;
}
