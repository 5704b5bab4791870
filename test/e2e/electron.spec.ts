import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { installedElectron } from '../../scripts/electron-binary.mjs';
import { createProfile, PolitelyApp } from './pages';

const root = path.resolve(import.meta.dirname, '../..');

// The tests never download Electron: they use it where the machine has it.
const binary = installedElectron(root);
const display = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

test.skip(
  !binary,
  'No Electron binary on this machine (it is downloaded on first start, and could not be here), so the desktop window was not driven.',
);
test.skip(Boolean(binary) && !display, 'No desktop display here, so the Electron window cannot open.');

test('the desktop window opens on the app protocol, isolated, and saves through IPC into an encrypted profile', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'politely-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [root],
    env: { ...process.env, POLITELY_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    expect(page.url()).toMatch(/^politely:\/\/app\//);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(() => Object.keys((globalThis as unknown as { politely: object }).politely).sort()),
    ).toEqual(['invoke', 'onLocked', 'onNavigate', 'openFile', 'saveFile']);
    // The first screen makes the recruiter's profile; after that, data saves into its encrypted file.
    await createProfile(page, 'Sam Rivera', 'blue kettle river orchard');
    await new PolitelyApp(page).createCompany('Acme Robotics');
    const [profile] = (
      JSON.parse(fs.readFileSync(path.join(dataDir, 'profiles.json'), 'utf8')) as { profiles: { id: string }[] }
    ).profiles;
    const dir = path.join(dataDir, 'profiles', profile!.id);
    for (const name of fs.readdirSync(dir).filter((f) => f.startsWith('politely.db'))) {
      expect(fs.readFileSync(path.join(dir, name)).includes(Buffer.from('Acme Robotics')), name).toBe(false);
    }
  } finally {
    await app.close();
  }
});
