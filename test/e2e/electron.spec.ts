import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { installedElectron } from '../../scripts/electron-binary.mjs';
import { PolitelyApp } from './pages';

const root = path.resolve(import.meta.dirname, '../..');

// The tests never download Electron: they use it where the machine has it.
const binary = installedElectron(root);
const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

test.skip(!binary, 'No Electron binary on this machine (it is downloaded on first start, and could not be here), so the desktop window was not driven.');
test.skip(Boolean(binary) && !display, 'No desktop display here, so the Electron window cannot open.');

test('the desktop window opens on the app protocol, isolated, and saves through IPC', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-electron-'));
  const app = await electron.launch({ executablePath: binary!, args: [root], env: { ...process.env, POLITELY_DATA_DIR: dataDir } });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^politely:\/\/app\//);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((globalThis as unknown as { politely: object }).politely))).toEqual(['invoke']);
    await new PolitelyApp(page).createCompany('Acme Robotics');
    expect(fs.existsSync(path.join(dataDir, 'politely.db'))).toBe(true);
  } finally {
    await app.close();
  }
});
