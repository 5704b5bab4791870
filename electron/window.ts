import { BrowserWindow, dialog, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './constants';

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

export function isAppUrl(url: string): boolean {
  try {
    // Not URL.origin: for a custom scheme Node reports the origin as "null".
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Links a person may follow out of the app: they open in the system's own apps, never in ours. */
function isExternalLink(url: string): boolean {
  try {
    return ['mailto:', 'tel:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Opens a link in the system's own app. One that nothing opens is said, or the click would seem to do nothing. */
function openOutside(url: string): void {
  shell.openExternal(url).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(
      'Politely could not open the link',
      `Nothing on this computer opened ${url} (${reason}). Copy it and open it yourself.`,
    );
  });
}

/** Applied to every web contents: no navigation away, no new windows, no webviews. */
export function hardenContents(contents: WebContents): void {
  const blockNavigation = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    if (isExternalLink(url)) openOutside(url);
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openOutside(url);
    return { action: 'deny' };
  });
}

/** Politely needs no camera, microphone, location or notifications permission from the page. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Why a load failed, as Electron names it ("ERR_FILE_NOT_FOUND"), else its message. */
function loadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Loads the app into its window. The window waits hidden for its first paint, so a load that fails
 * would leave it hidden for good, with Politely running and holding the data folder: instead it
 * shows, and says what happened and what to do.
 */
async function loadApp(window: BrowserWindow): Promise<void> {
  try {
    await window.loadURL(`${APP_ORIGIN}/index.html`);
  } catch (error) {
    window.show();
    dialog.showErrorBox(
      'Politely could not open its window',
      `Its screens did not load (${loadError(error)}). Your data was not touched. ` +
        'Close Politely and start it again; if this keeps happening, reinstall Politely.',
    );
  }
}

/** The main window, and its loading: it settles once the app has loaded, or once a failed load has been shown. */
export function createMainWindow(preload: string): { window: BrowserWindow; loaded: Promise<void> } {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 720,
    minHeight: 500,
    show: false,
    title: 'Politely',
    backgroundColor: '#f6f5f1',
    webPreferences: secureWebPreferences(preload),
  });
  window.once('ready-to-show', () => window.show());
  // The page holds back closing while it has unsaved edits; Electron asks nothing by itself, so the window asks.
  window.webContents.on('will-prevent-unload', (event) => {
    const answer = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: 'Leave without saving?',
      message: 'You have unsaved changes. Leave without saving?',
      buttons: ['Leave without saving', 'Stay'],
      defaultId: 1,
      cancelId: 1,
    });
    if (answer === 0) event.preventDefault();
  });
  return { window, loaded: loadApp(window) };
}
