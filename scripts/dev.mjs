// npm run dev: the browser host on its own data folder, and the renderer served by Vite with hot
// reload, its calls passed on to the host. Edit a screen and the page updates; Ctrl+C stops both.
// The backend is rebuilt at start: restart after changing core/, db/, api/ or server/.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const root = path.resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const dataDir = path.resolve(flag('--data-dir') ?? path.join(root, '.politely-data', 'dev'));

const host = spawn(process.execPath, [path.join(root, 'dist/node/server.cjs'), '--data-dir', dataDir, '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const line = await new Promise((resolve, reject) => {
  createInterface({ input: host.stdout }).once('line', resolve);
  host.once('exit', (code) => reject(new Error(`the browser host stopped (exit code ${code}); see its message above`)));
}).catch((error) => {
  console.error(`politely: ${error.message}`);
  process.exit(1);
});
const { port, token } = JSON.parse(line);
process.env.POLITELY_DEV_HOST = `http://127.0.0.1:${port}`;

const { createServer } = await import('vite');
const vite = await createServer({ configFile: path.join(root, 'vite.config.ts') });
await vite.listen();
const local = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`politely: development mode, data in ${dataDir}`);
console.log(`politely: open ${local}#token=${token}`);

const stop = async () => {
  await vite.close();
  host.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
