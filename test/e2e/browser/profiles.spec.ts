import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_NOW, test as base, expect } from '../clock';
import { startHost, type RunningHost } from '../host';
import { createProfile } from '../pages';

const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost({ unlocked: false });
    await use(host);
    await host.stop();
  },
});

test('two recruiters share a laptop: each profile sees only its own candidates, and locking hides everything', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Welcome to Politely' })).toBeVisible();
  const samKey = await createProfile(page, 'Sam Rivera', 'blue kettle river orchard');
  expect(samKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: 'New candidate' }).click();
  await page.getByLabel('Full name').fill('Only Sam Knows');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { name: 'Only Sam Knows', level: 1 })).toBeVisible();

  // Ctrl+L locks at once: the picker replaces everything, and the data channels answer `locked`.
  await page.keyboard.press('Control+l');
  await expect(page.getByRole('heading', { name: 'Unlock Sam Rivera' })).toBeVisible();
  await expect(page.getByText('Only Sam Knows')).toHaveCount(0);
  await expect(host.rpc('people.list', {})).rejects.toThrow(/"code":"locked"/);

  await page.getByRole('button', { name: 'New profile' }).click();
  await createProfile(page, 'Alex Chen', 'seven purple lanterns glowing');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'No candidates yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Alex Chen' })).toBeVisible();

  await page.getByRole('button', { name: 'Sam Rivera' }).click();
  await page.getByLabel('Passphrase').fill('seven purple lanterns glowing');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That passphrase does not open this profile.')).toBeVisible();
  await page.getByLabel('Passphrase').fill('blue kettle river orchard');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('link', { name: /Only Sam Knows/ })).toBeVisible();

  // Forgotten passphrase: the recovery key sets a new one.
  await page.keyboard.press('Control+l');
  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  await page.getByLabel('Recovery key').fill(samKey.toLowerCase());
  await page.getByLabel('New passphrase').fill('a fresh start with new words');
  await page.getByLabel('The same passphrase again').fill('a fresh start with new words');
  await page.getByRole('button', { name: 'Set the new passphrase and open' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sam Rivera')).toBeVisible();
});

test('a backup copy saved from Settings restores the profile from the picker', async ({ page, host }) => {
  await page.goto(host.url);
  await createProfile(page, 'Sam Rivera', 'blue kettle river orchard');
  await host.rpc('companies.create', { name: 'Before the copy' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const [copy] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup copy…' }).click(),
  ]);
  expect(copy.suggestedFilename()).toMatch(/^Politely backup - Sam Rivera - \d{4}-\d{2}-\d{2}\.politely$/);
  const file = await copy.path();
  await host.rpc('companies.create', { name: 'After the copy' });

  await expect(page.getByRole('status').filter({ hasText: 'Backup copy saved as' })).toHaveText(
    /saved as “Politely backup - Sam Rivera - 2026-03-10\.politely”\. It holds everything in Sam Rivera, encrypted, and opens with the passphrase the profile has now, even after you change it/,
  );

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Unlock Sam Rivera' })).toBeVisible();
  // One way in, whether the copy is from this computer or another: the form says what it does.
  await expect(page.getByRole('button', { name: /backup copy/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Restore from a backup copy…' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a backup copy' })).toBeVisible();
  await page.getByText('Choose the backup copy…').locator('input[type=file]').setInputFiles(file!);
  await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle river orchard');
  await page.getByRole('button', { name: 'Restore and open' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sam Rivera')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    /^Restored Sam Rivera from the backup copy saved on Tue, Mar 10, 7:\d\d\sAM\. The data it replaced is kept beside it/,
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await expect(page.getByText('Before the copy')).toBeVisible();
  await expect(page.getByText('After the copy')).toHaveCount(0);
});

test('after wrong passphrases the unlock screen counts the wait down, then lets the recruiter try again', async ({
  page,
  host,
}) => {
  const { id } = await host.rpc<{ id: string }>('profiles.create', {
    name: 'Sam Rivera',
    passphrase: 'blue kettle river orchard',
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Unlock Sam Rivera' })).toBeVisible();
  // Seven wrong guesses: the wait after the seventh (8 s) outlasts the steps below on a busy machine. A guess sent
  // during a wait is not counted, so each is sent again until the host counts it.
  for (let i = 0; i < 7; i++)
    await expect(async () => {
      await expect(host.rpc('profiles.unlock', { id, passphrase: `wrong guess number ${i}` })).rejects.toThrow(
        /does not open/,
      );
    }).toPass({ timeout: 20_000, intervals: [500] });

  // The page's clock stands still from here: only the test moves it, so the countdown can follow nothing else.
  await page.clock.pauseAt(new Date(Date.parse(E2E_NOW) + 3_600_000));
  const unlock = page.getByRole('button', { name: 'Unlock', exact: true });
  const field = page.getByLabel('Passphrase');
  await field.fill('blue kettle river orchard');
  await unlock.click();
  const wait = page.getByRole('alert');
  await expect(wait).toHaveText(/^Too many wrong passphrases\. Try again in \d seconds\.$/);
  const seconds = Number(/in (\d) seconds/.exec((await wait.textContent())!)![1]);
  expect(seconds).toBeGreaterThanOrEqual(2);
  await expect(unlock).toBeDisabled();
  await page.clock.runFor(1_000);
  await expect(wait).toHaveText(
    `Too many wrong passphrases. Try again in ${seconds - 1} second${seconds === 2 ? '' : 's'}.`,
  );
  await expect(unlock).toBeDisabled();
  await page.clock.runFor((seconds - 1) * 1_000);
  await expect(wait).toHaveCount(0);
  await expect(unlock).toBeEnabled();
  await expect(field).toBeFocused();

  // The host's own clock runs in real time: its wait is over by now, or soon.
  await page.clock.resume();
  await expect(async () => {
    await unlock.click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByText('Sam Rivera')).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 20_000 });
});

test('the recovery key breaks only between its groups of four on a phone-sized screen', async ({ page, host }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(host.url);
  await page.getByLabel('Your name').fill('Sam Rivera');
  await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle river orchard');
  await page.getByLabel('The same passphrase again').fill('blue kettle river orchard');
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { name: 'Write down your recovery key' })).toBeVisible({ timeout: 45_000 });
  const key = page.locator('.recovery-key');
  await expect(key).toHaveText(/^Recovery key: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
  // Each group sits on one line (one box), and the key takes more than one line, so it did break, between groups.
  const lines = await key.evaluate((box) => {
    const groups = [...box.querySelectorAll('.recovery-key-group')];
    const tops = new Set(groups.map((g) => Math.round(g.getBoundingClientRect().top)));
    return {
      groups: groups.length,
      split: groups.filter((g) => g.getClientRects().length > 1).length,
      rows: tops.size,
    };
  });
  expect(lines).toEqual({ groups: 8, split: 0, rows: 2 });
});

test('a copy from an earlier Politely (a bare .db) restores through the same form, with the passphrase of today', async ({
  page,
  host,
}) => {
  const { id } = await host.rpc<{ id: string }>('profiles.create', {
    name: 'Sam Rivera',
    passphrase: 'blue kettle river orchard',
  });
  await host.rpc('profiles.unlock', { id, passphrase: 'blue kettle river orchard' });
  await host.rpc('companies.create', { name: 'In the old copy' });
  await host.rpc('profiles.lock', {});
  // What an earlier Politely saved as a backup copy: the profile's encrypted database alone, without its keys.
  const old = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'politely-old-copy-')), 'Sam Rivera.db');
  fs.copyFileSync(path.join(host.dataDir, 'profiles', id, 'politely.db'), old);
  await host.rpc('profiles.unlock', { id, passphrase: 'blue kettle river orchard' });
  await host.rpc('companies.create', { name: 'After the old copy' });
  await host.rpc('profiles.lock', {});

  await page.goto(host.url);
  await page.getByRole('button', { name: 'Restore from a backup copy…' }).click();
  await page.getByText('Choose the backup copy…').locator('input[type=file]').setInputFiles(old);
  await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle river orchard');
  await page.getByRole('button', { name: 'Restore and open' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toHaveText(
    /^Restored Sam Rivera from the backup copy\. The data it replaced is kept beside it/,
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await expect(page.getByText('In the old copy')).toBeVisible();
  await expect(page.getByText('After the old copy')).toHaveCount(0);
});

test('the recovery-key form counts its own wait down too, then hands the key field back', async ({ page, host }) => {
  const { id } = await host.rpc<{ id: string }>('profiles.create', {
    name: 'Sam Rivera',
    passphrase: 'blue kettle river orchard',
  });
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Forgot your passphrase? Use your recovery key' }).click();
  for (let i = 0; i < 7; i++)
    await expect(async () => {
      const wrongKey = `AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHH${i}`;
      await expect(
        host.rpc('profiles.recover', { id, recoveryKey: wrongKey, newPassphrase: 'a fresh start with new words' }),
      ).rejects.toThrow(/does not open/);
    }).toPass({ timeout: 20_000, intervals: [500] });

  await page.clock.pauseAt(new Date(Date.parse(E2E_NOW) + 3_600_000));
  const key = page.getByLabel('Recovery key');
  await key.fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHJ');
  await page.getByLabel('New passphrase').fill('a fresh start with new words');
  await page.getByLabel('The same passphrase again').fill('a fresh start with new words');
  const submit = page.getByRole('button', { name: 'Set the new passphrase and open' });
  await submit.click();
  const wait = page.getByRole('alert');
  await expect(wait).toHaveText(/^Too many wrong recovery keys\. Try again in \d seconds\.$/);
  const seconds = Number(/in (\d) seconds/.exec((await wait.textContent())!)![1]);
  await expect(submit).toBeDisabled();
  await page.clock.runFor(seconds * 1_000);
  await expect(wait).toHaveCount(0);
  await expect(submit).toBeEnabled();
  await expect(key).toBeFocused();
});
