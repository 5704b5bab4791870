import fs from 'node:fs';
import path from 'node:path';
import { version } from '../package.json';
import { startIdleLock } from '../api/idleLock';
import { Session } from '../api/session';
import { lockDataFolder } from '../db/folderLock';
import { readFlag, resolveDataDir } from '../db/location';
import { Vault } from '../db/vault';
import { startHost } from './host';
import { parseTestClock, realClock } from './testClock';

// `npm run serve -- --data-dir DIR --port 0`: browser mode. Prints one JSON line, then serves
// until Ctrl-C or SIGTERM, when it closes the open profile cleanly and frees the data folder.
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv);
  const portFlag = readFlag(argv, '--port') ?? '0';
  const port = Number(portFlag);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a number from 0 to 65535, not "${portFlag}".`);
  }
  const staticDir = path.resolve(
    readFlag(argv, '--static-dir') ?? path.join(path.dirname(process.argv[1] ?? '.'), '..', 'renderer'),
  );

  fs.mkdirSync(dataDir, { recursive: true });
  const release = lockDataFolder(dataDir);
  // Browser mode cannot print to PDF itself: the packet opens in the browser, which can.
  const clockFlag = readFlag(argv, '--test-clock');
  const now = clockFlag === undefined ? realClock : parseTestClock(clockFlag);
  const session = new Session(new Vault(dataDir, undefined, now), version, now);
  const host = await startHost({ ctx: session, staticDir, port, uploadDir: dataDir });
  // The profile locks after its idle minutes even with no page open; the page finds out from its next call.
  const stopIdleLock = startIdleLock(session);
  // stdout is a pipe to whoever started the host, not a command line: the token may travel here. launchUrl is what
  // a browser is opened on, since the opener's and the browser's command lines are readable by every local user.
  const line = { url: host.url, port: host.port, token: host.token, launchUrl: host.launchUrl() };
  process.stdout.write(`${JSON.stringify(line)}\n`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    stopIdleLock();
    void host.close().finally(() => {
      session.lock();
      release();
      process.exit(0);
    });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`Politely could not start: ${message}\n`);
  process.exit(1);
});
