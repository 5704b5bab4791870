// Opens Politely: the desktop window when Electron can run here, otherwise browser mode.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { installedElectron } from './electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser') || process.env.POLITELY_BROWSER === '1';
const passArgs = args.filter((a) => a !== '--browser');

/** The Electron binary, downloading it on first use; null when it cannot be had. */
function electronBinary() {
  const found = installedElectron(root);
  if (found) return found;
  process.stderr.write('politely: fetching the desktop runtime (first start only)…\n');
  spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return installedElectron(root);
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function openInBrowser(url) {
  if (!hasDisplay()) return;
  const opener =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '', url]]
        : ['xdg-open', [url]];
  try {
    spawn(opener[0], opener[1], { stdio: 'ignore', detached: true })
      .on('error', () => {})
      .unref();
  } catch {
    // No browser opener here; the printed address is enough.
  }
}

function startBrowserMode(reason) {
  const server = spawn(process.execPath, [path.join(root, 'dist', 'node', 'server.cjs'), ...passArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  forward(server);
  const lines = createInterface({ input: server.stdout });
  lines.once('line', (line) => {
    let started;
    try {
      started = JSON.parse(line);
    } catch {
      process.stdout.write(`${line}\n`);
      return;
    }
    // Printed here only (this terminal is yours); the browser opens on a one-time code, because the opener's
    // command line, and the browser's, can be read by every user of this computer.
    process.stdout.write(
      `\n${reason} Open this address in your browser:\n\n    ${started.url}\n\nPress Ctrl+C here to stop Politely.\n`,
    );
    if (typeof started.launchUrl === 'string') openInBrowser(started.launchUrl);
  });
}

function start() {
  if (forceBrowser) return startBrowserMode('Politely is running in browser mode, as you asked.');
  if (!hasDisplay())
    return startBrowserMode('There is no desktop display here, so Politely is running in your browser instead.');
  const binary = electronBinary();
  if (!binary)
    return startBrowserMode(
      'The desktop app is not available on this computer, so Politely is running in your browser instead.',
    );

  const startedAt = Date.now();
  const desktop = spawn(binary, [root, ...passArgs], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => desktop.kill(signal));
  desktop.on('error', () =>
    startBrowserMode('The desktop window could not open, so Politely is running in your browser instead.'),
  );
  desktop.on('exit', (code) => {
    // A desktop runtime that dies at once (missing system libraries, say) is no reason to give up.
    if (code !== 0 && Date.now() - startedAt < 5000)
      startBrowserMode('The desktop window could not open, so Politely is running in your browser instead.');
    else process.exit(code ?? 0);
  });
}

start();
