import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir, makeBackend } from './helpers';

// A stand-in for the parts of Electron that main uses. Each test inspects what main did with it.
const mocks = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const listeners = () => {
    const map = new Map<string, Listener[]>();
    return {
      map,
      on(event: string, fn: Listener) {
        map.set(event, [...(map.get(event) ?? []), fn]);
        return this;
      },
      once(event: string, fn: Listener) {
        return this.on(event, fn);
      },
      emit(event: string, ...args: unknown[]) {
        return (map.get(event) ?? []).map((fn) => fn(...args));
      },
    };
  };
  const windows: unknown[] = [];
  /** Set `fail` and the next window's load fails with it, as Electron's loadURL rejects. */
  const loading: { fail?: Error } = {};
  class BrowserWindow {
    events = listeners();
    options: unknown;
    loadURL = vi.fn(() => {
      const failure = loading.fail;
      delete loading.fail;
      return failure ? Promise.reject(failure) : Promise.resolve();
    });
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => true);
    isDestroyed = vi.fn(() => false);
    destroy = vi.fn();
    webContents = {
      ...listeners(),
      send: vi.fn(),
      printToPDF: vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.7 stand-in'))),
    };
    constructor(options: unknown) {
      this.options = options;
      windows.push(this);
    }
    once(event: string, fn: (...a: unknown[]) => unknown) {
      this.events.once(event, fn);
      return this;
    }
  }
  const app = {
    ...listeners(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getPath: vi.fn(() => '/tmp/politely-user-data'),
    getAppPath: vi.fn(() => '/opt/politely/resources/app.asar'),
    getLocale: vi.fn(() => 'en-GB'),
  };
  const ipcMain = { handle: vi.fn() };
  const notifications: {
    options: { title: string; body: string };
    events: ReturnType<typeof listeners>;
    shown: boolean;
  }[] = [];
  class Notification {
    static isSupported = vi.fn(() => true);
    events = listeners();
    shown = false;
    constructor(public options: { title: string; body: string }) {
      notifications.push(this);
    }
    on(event: string, fn: (...a: unknown[]) => unknown) {
      this.events.on(event, fn);
      return this;
    }
    show() {
      this.shown = true;
    }
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      protocol: { handle: vi.fn() },
    },
  };
  return {
    listeners,
    windows,
    loading,
    BrowserWindow,
    app,
    ipcMain,
    Notification,
    notifications,
    session,
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    protocol: { registerSchemesAsPrivileged: vi.fn() },
    dialog: {
      showErrorBox: vi.fn(),
      showMessageBoxSync: vi.fn((..._args: unknown[]) => 1),
      showOpenDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn((..._args: unknown[]) => Promise.resolve({ canceled: true, filePath: '' })),
    },
    powerMonitor: listeners(),
    exposed: {} as Record<string, unknown>,
    ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true })), on: vi.fn() },
  };
});

vi.mock('electron', () => ({
  app: mocks.app,
  BrowserWindow: mocks.BrowserWindow,
  ipcMain: mocks.ipcMain,
  Notification: mocks.Notification,
  session: mocks.session,
  shell: mocks.shell,
  protocol: mocks.protocol,
  dialog: mocks.dialog,
  powerMonitor: mocks.powerMonitor,
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (mocks.exposed[key] = api) },
  ipcRenderer: mocks.ipcRenderer,
}));

const { createMainWindow, denyPermissions, hardenContents, secureWebPreferences } =
  await import('../../electron/window');
const { isTrustedSender, registerIpc, REFUSED } = await import('../../electron/ipc');
const { rendererResponse } = await import('../../electron/protocol');
const { INVOKE_CHANNEL, OPEN_FILE_CHANNEL, SAVE_FILE_CHANNEL } = await import('../../electron/constants');
const { registerFileDialogs } = await import('../../electron/files');
const { ChosenFiles } = await import('../../api/files');

function fakeContents() {
  const events = mocks.listeners();
  let openHandler: ((d: { url: string }) => { action: string }) | undefined;
  return {
    events,
    on: events.on.bind(events),
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    open: (url: string) => openHandler!({ url }),
  };
}

function navigation(contents: ReturnType<typeof fakeContents>, event: string, url: string) {
  const e = { preventDefault: vi.fn() };
  contents.events.emit(event, e, url);
  return e.preventDefault.mock.calls.length > 0;
}

beforeEach(() => {
  vi.clearAllMocks();
  mocks.windows.length = 0;
  mocks.notifications.length = 0;
});

describe('the window', () => {
  it('isolates and sandboxes the page with no Node integration and no webviews', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('loads the app from the custom protocol, never file://', () => {
    const window = createMainWindow('/p/preload.cjs').window as unknown as InstanceType<typeof mocks.BrowserWindow>;
    expect((window.options as { webPreferences: unknown }).webPreferences).toEqual(
      secureWebPreferences('/p/preload.cjs'),
    );
    expect(window.loadURL).toHaveBeenCalledWith('politely://app/index.html');
  });

  it('shows itself once the page is ready, with no message when it loads', async () => {
    const { window, loaded } = createMainWindow('/p/preload.cjs');
    const shown = window as unknown as InstanceType<typeof mocks.BrowserWindow>;
    await loaded;
    expect(shown.show).not.toHaveBeenCalled();
    shown.events.emit('ready-to-show');
    expect(shown.show).toHaveBeenCalledTimes(1);
    expect(mocks.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('does not stay hidden when the app fails to load: it shows and says what happened and what to do', async () => {
    const failure = new Error("ERR_FILE_NOT_FOUND (-6) loading 'politely://app/index.html'");
    mocks.loading.fail = Object.assign(failure, { code: 'ERR_FILE_NOT_FOUND', errno: -6 });
    const { window, loaded } = createMainWindow('/p/preload.cjs');
    const shown = window as unknown as InstanceType<typeof mocks.BrowserWindow>;
    await loaded;
    expect(shown.show).toHaveBeenCalledTimes(1);
    expect(mocks.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = mocks.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Politely could not open its window');
    expect(message).toMatch(/did not load \(ERR_FILE_NOT_FOUND\)\. Your data was not touched\./);
    expect(message).toMatch(/Close Politely and start it again/);
  });

  it('asks before closing a window whose page holds unsaved edits, and closes only when told to leave', () => {
    const { window } = createMainWindow('/p/preload.cjs');
    const contents = (window as unknown as InstanceType<typeof mocks.BrowserWindow>).webContents;
    const unload = () => {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-prevent-unload', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    mocks.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(unload()).toBe(false);
    mocks.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(unload()).toBe(true);
    const [, options] = mocks.dialog.showMessageBoxSync.mock.calls[0] as unknown as [unknown, { message: string }];
    expect(options.message).toBe('You have unsaved changes. Leave without saving?');
  });

  it('blocks navigation away from the app and opens only mail, phone and https links outside', () => {
    const contents = fakeContents();
    hardenContents(contents as never);
    expect(navigation(contents, 'will-navigate', 'politely://app/index.html#/people')).toBe(false);
    expect(navigation(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigation(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigation(contents, 'will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(navigation(contents, 'will-navigate', 'mailto:ada@mail.example')).toBe(true);
    expect(mocks.shell.openExternal).toHaveBeenCalledWith('mailto:ada@mail.example');
    expect(mocks.shell.openExternal).toHaveBeenCalledWith('https://evil.example/');
    expect(mocks.shell.openExternal).not.toHaveBeenCalledWith('file:///etc/passwd');
  });

  it('says so when nothing on the computer opens a link, instead of seeming to do nothing', async () => {
    mocks.shell.openExternal.mockImplementationOnce(() => Promise.reject(new Error('No application for tel')));
    const contents = fakeContents();
    hardenContents(contents as never);
    expect(contents.open('tel:+4930123456')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(mocks.dialog.showErrorBox).toHaveBeenCalledTimes(1));
    const [title, message] = mocks.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
    expect(title).toBe('Politely could not open the link');
    expect(message).toBe(
      'Nothing on this computer opened tel:+4930123456 (No application for tel). Copy it and open it yourself.',
    );
  });

  it('denies every new window and every webview', () => {
    const contents = fakeContents();
    hardenContents(contents as never);
    expect(contents.open('https://example.com')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(mocks.shell.openExternal).not.toHaveBeenCalledWith('javascript:alert(1)');
    const e = { preventDefault: vi.fn() };
    contents.events.emit('will-attach-webview', e);
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const session = mocks.session.defaultSession;
    denyPermissions(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read'])
      request({}, permission, callback);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as () => boolean;
    expect(check()).toBe(false);
  });
});

describe('IPC', () => {
  const frame = (url: string) => ({ url });

  it('trusts only the app page in its top frame', () => {
    const top = frame('politely://app/index.html');
    expect(isTrustedSender({ senderFrame: top, sender: { mainFrame: top } } as never)).toBe(true);
    const evil = frame('https://evil.example/');
    expect(isTrustedSender({ senderFrame: evil, sender: { mainFrame: evil } } as never)).toBe(false);
    const child = frame('politely://app/index.html');
    expect(isTrustedSender({ senderFrame: child, sender: { mainFrame: top } } as never)).toBe(false);
    expect(isTrustedSender({ senderFrame: null, sender: { mainFrame: top } } as never)).toBe(false);
  });

  it('dispatches calls from the app and refuses anyone else without touching the backend', async () => {
    const backend = makeBackend();
    registerIpc(mocks.ipcMain as never, () => backend.ctx);
    const [channel, handler] = mocks.ipcMain.handle.mock.calls[0]! as [
      string,
      (e: unknown, c: unknown, i: unknown) => Promise<unknown>,
    ];
    expect(channel).toBe(INVOKE_CHANNEL);
    const top = frame('politely://app/index.html');
    const fromApp = { senderFrame: top, sender: { mainFrame: top } };
    expect(await handler(fromApp, 'companies.create', { name: 'Acme' })).toMatchObject({
      ok: true,
      value: { name: 'Acme' },
    });
    expect(await handler(fromApp, 'companies.create', { name: '' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    const evil = frame('https://evil.example/');
    expect(
      await handler({ senderFrame: evil, sender: { mainFrame: evil } }, 'companies.create', { name: 'Evil' }),
    ).toBe(REFUSED);
    expect((await backend.ok('companies.list', {})).companies.map((c) => c.name)).toEqual(['Acme']);
  });
});

describe('file dialogs in the main process', () => {
  const top = { url: 'politely://app/index.html' };
  const fromApp = { senderFrame: top, sender: { mainFrame: top } };
  const evil = { url: 'https://evil.example/' };
  const fromElsewhere = { senderFrame: evil, sender: { mainFrame: evil } };
  type Handler = (event: unknown, input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>;

  function wire() {
    const files = new ChosenFiles();
    const window = new mocks.BrowserWindow({});
    registerFileDialogs(mocks.ipcMain as never, () => window as never, files);
    const handler = (channel: string) =>
      mocks.ipcMain.handle.mock.calls.find((c) => (c as unknown[])[0] === channel)![1] as unknown as Handler;
    return { files, window, open: handler(OPEN_FILE_CHANNEL), save: handler(SAVE_FILE_CHANNEL) };
  }

  it('opens a file through the dialog and hands the page a handle that reads it, never its path', async () => {
    const { files, window, open } = wire();
    const file = path.join(tempDir(), 'people.csv');
    fs.writeFileSync(file, 'Name\nAda\n');
    mocks.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [file] });
    const answer = (await open(fromApp, 'csv')) as { ok: true; value: { path: string; name: string } };
    expect(mocks.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openFile'] }),
    );
    expect(answer.value.name).toBe('people.csv');
    expect(answer.value.path).not.toContain(path.dirname(file));
    expect((await files.read(answer.value.path, 1024)).toString()).toBe('Name\nAda\n');
    // The path itself is no handle.
    await expect(files.read(file, 1024)).rejects.toMatchObject({ code: 'validation' });

    mocks.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await open(fromApp, 'backup')).toEqual({ ok: true, value: null });
    expect(await open(fromApp, '/etc/passwd')).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await open(fromElsewhere, 'csv')).toBe(REFUSED);
    expect(mocks.dialog.showOpenDialog).toHaveBeenCalledTimes(2);
  });

  it('writes an export only where the save dialog chose, and refuses anything but an exported file', async () => {
    const { save } = wire();
    const target = path.join(tempDir(), 'chosen.csv');
    mocks.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const file = { fileName: '../../etc/Politely people.csv', mime: 'text/csv', encoding: 'utf8', content: 'a,b' };
    expect(await save(fromApp, file)).toEqual({ ok: true, value: { saved: true } });
    expect(fs.readFileSync(target, 'utf8')).toBe('a,b');
    // Only a name is offered to the dialog, never a folder from the page.
    expect(mocks.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ defaultPath: 'Politely people.csv' }),
    );

    mocks.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await save(fromApp, file)).toEqual({ ok: true, value: { saved: false } });
    expect(await save(fromApp, { ...file, encoding: 'hex' })).toMatchObject({ ok: false });
    expect(await save(fromApp, { fileName: 'x', path: '/etc/passwd' })).toMatchObject({ ok: false });
    expect(await save(fromElsewhere, file)).toBe(REFUSED);
    expect(mocks.dialog.showSaveDialog).toHaveBeenCalledTimes(2);
  });
});

describe('the app protocol', () => {
  it('serves the renderer with the CSP and nothing outside it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<title>Politely</title>');
    fs.writeFileSync(path.join(path.dirname(dir), 'secret.txt'), 'SECRET');
    const index = await rendererResponse(dir, 'politely://app/index.html');
    expect(index.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await index.text()).toContain('Politely');
    expect(await (await rendererResponse(dir, 'politely://app/../secret.txt')).text()).not.toContain('SECRET');
    expect(await (await rendererResponse(dir, 'politely://app/%2e%2e/secret.txt')).text()).not.toContain('SECRET');
    expect((await rendererResponse(dir, 'politely://elsewhere/index.html')).status).toBe(404);
  });
});

describe('app lifecycle', () => {
  it('quits at once when another Politely already runs', async () => {
    vi.resetModules();
    mocks.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    const { startPolitely } = await import('../../electron/app');
    expect(startPolitely()).toBe(false);
    expect(mocks.app.quit).toHaveBeenCalled();
    expect(mocks.app.whenReady).not.toHaveBeenCalled();
  });

  it('says so and quits when starting fails, rather than run on with no window', async () => {
    vi.resetModules();
    const dataDir = tempDir();
    process.env.POLITELY_DATA_DIR = dataDir;
    mocks.app.getAppPath.mockImplementationOnce(() => {
      throw new Error('the app folder is missing');
    });
    try {
      const { startPolitely } = await import('../../electron/app');
      expect(startPolitely()).toBe(true);
      await vi.waitFor(() => expect(mocks.dialog.showErrorBox).toHaveBeenCalledTimes(1));
      const [title, message] = mocks.dialog.showErrorBox.mock.calls[0] as unknown as [string, string];
      expect(title).toBe('Politely could not start');
      expect(message).toBe(
        'Something failed while it was starting (the app folder is missing). ' +
          'Start Politely again; if this keeps happening, reinstall it.',
      );
      expect(mocks.app.quit).toHaveBeenCalledTimes(1);
      expect(mocks.windows).toHaveLength(0);
      // Quitting lets the data folder go.
      mocks.app.emit('will-quit');
      expect(fs.existsSync(path.join(dataDir, 'politely.lock'))).toBe(false);
    } finally {
      delete process.env.POLITELY_DATA_DIR;
    }
  });

  it('wires the window, protocol, permissions and IPC, and focuses itself when started twice', async () => {
    vi.resetModules();
    const dataDir = tempDir();
    process.env.POLITELY_DATA_DIR = dataDir;
    try {
      const { startPolitely } = await import('../../electron/app');
      expect(startPolitely()).toBe(true);
      expect(mocks.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
        expect.objectContaining({
          scheme: 'politely',
          privileges: expect.objectContaining({ standard: true, secure: true }),
        }),
      ]);
      // The app starts once Electron is ready: wait for its window, however many turns that takes.
      await vi.waitFor(() => expect(mocks.windows).toHaveLength(1));
      // The data folder is taken for this instance; no profile is open until one is unlocked.
      expect(fs.readFileSync(path.join(dataDir, 'politely.lock'), 'utf8')).toBe(String(process.pid));
      expect(mocks.session.defaultSession.protocol.handle).toHaveBeenCalledWith('politely', expect.any(Function));
      expect(mocks.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
      expect(mocks.ipcMain.handle).toHaveBeenCalledWith(INVOKE_CHANNEL, expect.any(Function));
      expect(mocks.windows).toHaveLength(1);
      const window = mocks.windows[0] as InstanceType<typeof mocks.BrowserWindow>;
      expect((window.options as { webPreferences: { preload: string } }).webPreferences.preload).toBe(
        '/opt/politely/resources/app.asar/dist/node/preload.cjs',
      );

      mocks.app.emit('second-instance');
      expect(window.restore).toHaveBeenCalled();
      expect(window.focus).toHaveBeenCalled();
      // Screen lock closes the open profile and tells the window.
      const ipcHandler = mocks.ipcMain.handle.mock.calls[0]![1] as (
        event: unknown,
        channel: string,
        input: unknown,
      ) => Promise<{ ok: boolean; value?: unknown }>;
      const top = { url: 'politely://app/index.html' };
      const sender = { senderFrame: top, sender: { mainFrame: top } };
      const created = await ipcHandler(sender, 'profiles.create', { name: 'Sam', passphrase: 'correct horse battery' });
      expect(created.ok).toBe(true);
      const { id } = created.value as { id: string };
      expect((await ipcHandler(sender, 'profiles.unlock', { id, passphrase: 'correct horse battery' })).ok).toBe(true);
      expect((await ipcHandler(sender, 'companies.list', {})).ok).toBe(true);
      mocks.powerMonitor.emit('lock-screen');
      expect(window.webContents.send).toHaveBeenCalledWith('politely:locked');
      expect(await ipcHandler(sender, 'companies.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });

      mocks.app.emit('will-quit');
      expect(fs.existsSync(path.join(dataDir, 'politely.lock'))).toBe(false);
    } finally {
      delete process.env.POLITELY_DATA_DIR;
    }
  });
});

describe('the prep packet as PDF', () => {
  it('prints in a hidden window with no script, from the packet HTML, and closes it', async () => {
    const { printToPdf } = await import('../../electron/pdf');
    const pdf = await printToPdf('<!doctype html><p>Prep</p>');
    expect(pdf.toString()).toBe('%PDF-1.7 stand-in');
    const window = mocks.windows.at(-1) as {
      options: { show: boolean; webPreferences: Record<string, unknown> };
      loadURL: ReturnType<typeof vi.fn>;
      destroy: ReturnType<typeof vi.fn>;
      webContents: { printToPDF: ReturnType<typeof vi.fn> };
    };
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    const url = window.loadURL.mock.calls[0]![0] as string;
    expect(Buffer.from(url.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString()).toBe(
      '<!doctype html><p>Prep</p>',
    );
    expect(window.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ printBackground: true }));
    expect(window.destroy).toHaveBeenCalled();
  });

  it('is offered through prep.exportPacket when the desktop app provides it', async () => {
    const b = makeBackend();
    b.ctx.printToPdf = async (html) => Buffer.from(`PDF of ${html.length} characters`);
    const company = await b.ok('companies.create', { name: 'Acme' });
    const position = await b.ok('positions.create', {
      companyId: company.id,
      title: 'Engineer',
      description: 'Build.',
    });
    const candidate = await b.ok('people.create', { kind: 'candidate', name: 'Ada' });
    const application = await b.ok('applications.create', { candidateId: candidate.id, positionId: position.id });
    const interview = await b.ok('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-10T10:00:00Z',
      durationMinutes: 60,
      timezone: 'UTC',
    });
    const file = await b.ok('prep.exportPacket', { interviewId: interview.id, format: 'pdf' });
    expect(file).toMatchObject({
      mime: 'application/pdf',
      encoding: 'base64',
      fileName: 'Interview prep - Engineer at Acme.pdf',
    });
    expect(Buffer.from(file.content, 'base64').toString()).toMatch(/^PDF of \d+ characters$/);
    delete b.ctx.printToPdf;
    expect(await b.send('prep.exportPacket', { interviewId: interview.id, format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'validation', message: /Print, then Save as PDF/ },
    });
  });
});

describe('the preload bridge', () => {
  it('exposes one invoke for contract channels, the open and save dialogs, word of locking and where to go; nothing else', async () => {
    await import('../../electron/preload');
    const bridge = mocks.exposed.politely as {
      invoke(c: unknown, i: unknown): Promise<unknown>;
      openFile(kind: unknown): Promise<unknown>;
      saveFile(file: unknown): Promise<unknown>;
      onLocked(l: unknown): void;
    };
    // No path of a file ever reaches the page: the dialogs answer handles.
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onLocked', 'onNavigate', 'openFile', 'saveFile']);
    expect(await bridge.invoke('fs.readFile', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(mocks.ipcRenderer.invoke).not.toHaveBeenCalled();
    await bridge.invoke('companies.list', {});
    expect(mocks.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'companies.list', {});
    await bridge.openFile('csv');
    expect(mocks.ipcRenderer.invoke).toHaveBeenLastCalledWith(OPEN_FILE_CHANNEL, 'csv');
    const file = { fileName: 'x.csv', mime: 'text/csv', encoding: 'utf8', content: 'a' };
    await bridge.saveFile(file);
    expect(mocks.ipcRenderer.invoke).toHaveBeenLastCalledWith(SAVE_FILE_CHANNEL, file);
    const listener = vi.fn();
    bridge.onLocked(listener);
    const [event, handler] = mocks.ipcRenderer.on.mock.calls[0] as unknown as [string, () => void];
    expect(event).toBe('politely:locked');
    handler();
    expect(listener).toHaveBeenCalled();

    // A clicked reminder’s screen crosses as plain words only.
    const go = vi.fn();
    (bridge as unknown as { onNavigate(l: unknown): void }).onNavigate(go);
    const [navEvent, navHandler] = mocks.ipcRenderer.on.mock.calls[1] as unknown as [
      string,
      (e: unknown, t: unknown) => void,
    ];
    expect(navEvent).toBe('politely:navigate');
    navHandler(
      {},
      { screen: 'interviews', id: 'i1', params: { debrief: '1', evil: { toString: 'x' } }, extra: () => 1 },
    );
    navHandler({}, 'people');
    navHandler({}, { screen: 7 });
    expect(go.mock.calls).toEqual([[{ screen: 'interviews', id: 'i1', params: { debrief: '1' } }]]);
  });
});

describe('reminders in the desktop app', () => {
  it('shows what falls due as system notifications that open the item, and nothing while locked', async () => {
    const { startReminders } = await import('../../electron/reminders');
    const { Session } = await import('../../api/session');
    const { Vault } = await import('../../db/vault');
    const { seedBasics } = await import('./helpers');
    const dataDir = tempDir();
    let now = Date.parse('2026-03-02T09:00:00Z');
    const session = new Session(new Vault(dataDir, { N: 2 ** 10, r: 8, p: 1 }), 'test', () => new Date(now));
    session.zone = 'UTC';
    const window = new mocks.BrowserWindow({});
    const scheduler = startReminders(session, () => window as never);
    await scheduler.poke();
    // Locked: nothing is read, nothing is shown.
    expect(mocks.notifications).toEqual([]);

    const { dispatch } = await import('../../api/dispatch');
    const send = async (channel: string, input: unknown) => {
      const result = (await dispatch(session, channel, input, () => {})) as {
        ok: boolean;
        value?: unknown;
        error?: unknown;
      };
      if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
      return result.value as { id: string };
    };
    const { id } = await send('profiles.create', { name: 'Sam', passphrase: 'correct horse battery' });
    await send('profiles.unlock', { id, passphrase: 'correct horse battery' });
    const b = { ok: send } as unknown as Parameters<typeof seedBasics>[0];
    const basics = await seedBasics(b);
    const application = await send('applications.create', {
      candidateId: basics.candidate.id,
      positionId: basics.position.id,
    });
    const interview = await send('interviews.schedule', {
      applicationId: application.id,
      startsAt: '2026-03-02T10:00:00Z',
      durationMinutes: 30,
      timezone: 'UTC',
    });
    now = Date.parse('2026-03-02T10:31:00Z');
    await scheduler.poke();
    scheduler.stop();

    const shown = mocks.notifications.map((n) => [n.options.title, n.shown]);
    expect(shown).toEqual([
      ['Your day in Politely', true],
      ['Debrief Ada Okafor', true],
    ]);
    mocks.notifications[1]!.events.emit('click');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith('politely:navigate', {
      screen: 'interviews',
      id: interview.id,
      params: { debrief: '1' },
    });
    session.lock();
  });
});
