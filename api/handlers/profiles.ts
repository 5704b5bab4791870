import { readLocale } from '../../core/dates';
import type { ProfileEntry } from '../contract';
import type { Context } from '../context';
import { AppError } from '../errors';
import { readChosen } from '../files';
import { SAMPLE_PASSPHRASE } from '../../db/vault';
import { SAMPLE_PROFILE_NAME, seedSample } from '../sample';
import { lockedError, Session, vaultAsync, vaultCall } from '../session';
import type { HandlersOf } from './types';

/** A backup copy is the profile's whole database; larger than this, it is not one Politely wrote. */
const MAX_BACKUP_BYTES = 2 * 1024 * 1024 * 1024;

function sessionOf(ctx: Context): Session {
  if (!(ctx instanceof Session)) throw new AppError('internal', 'Profiles are not available here.');
  return ctx;
}

/** The sample profile asked for by id, or the first there is. A profile of the recruiter's own is never one. */
function sampleProfile(session: Session, id: string | undefined): ProfileEntry | undefined {
  const samples = vaultCall(() => session.vault.list()).filter((p) => p.sample);
  if (id === undefined) return samples[0];
  const found = samples.find((p) => p.id === id);
  if (!found) throw new AppError('not-found', 'That sample profile is not on this computer any more.');
  return found;
}

export const profileHandlers: HandlersOf<'profiles'> = {
  'profiles.list': (ctx, input) => {
    const session = sessionOf(ctx);
    // A tag Intl cannot write dates in is read as the default; none given leaves the locale as it was.
    if (input?.locale !== undefined) session.locale = readLocale(input.locale);
    const profiles = vaultCall(() => session.vault.list());
    return {
      profiles,
      unlocked: session.profile,
      legacy: profiles.every((p) => p.sample) && session.vault.legacyFile !== undefined,
    };
  },

  'profiles.create': async (ctx, { name, passphrase }) => {
    const session = sessionOf(ctx);
    try {
      return await vaultAsync(() => session.vault.create(name, passphrase));
    } catch (error) {
      // A clash of names belongs beside the name field.
      if (error instanceof AppError && error.code === 'conflict')
        throw new AppError('validation', error.message, { issues: [{ path: ['name'], message: error.message }] });
      throw error;
    }
  },

  'profiles.unlock': (ctx, { id, passphrase }) => sessionOf(ctx).unlock(id, passphrase),

  'profiles.lock': (ctx) => {
    sessionOf(ctx).lock();
    return { locked: true };
  },

  'profiles.changePassphrase': async (ctx, { id, passphrase, newPassphrase }) => {
    const session = sessionOf(ctx);
    await vaultAsync(() => session.vault.changePassphrase(id, passphrase, newPassphrase));
    return { changed: true };
  },

  'profiles.recover': async (ctx, { id, recoveryKey, newPassphrase }) => {
    const session = sessionOf(ctx);
    await vaultAsync(() => session.vault.recover(id, recoveryKey, newPassphrase));
    return { recovered: true };
  },

  'profiles.backups': (ctx, { id }) => {
    const session = sessionOf(ctx);
    return vaultCall(() => session.vault.backupList(id));
  },

  'profiles.restore': async (ctx, { id, passphrase, backup, file }) => {
    const session = sessionOf(ctx);
    try {
      // Read before locking: locking drops every file handle, this one included.
      const content = file === undefined ? undefined : await readChosen(ctx.files, file, MAX_BACKUP_BYTES, 'file');
      if (session.profile?.id === id) session.lock();
      const result = await vaultAsync(() =>
        session.vault.restore(id, passphrase, content === undefined ? { backup: backup! } : { content }),
      );
      return { restored: result.replacedWith, kept: result.kept ?? null, savedAt: result.savedAt ?? null };
    } finally {
      // Done with the chosen copy whether it was restored or refused: an upload does not stay on disk.
      if (file !== undefined) ctx.files?.release(file);
    }
  },

  'profiles.restoreCopy': async (ctx, { file, passphrase, recoveryKey, newPassphrase }) => {
    const session = sessionOf(ctx);
    try {
      // Read before locking: locking drops every file handle, this one included.
      const content = await readChosen(ctx.files, file, MAX_BACKUP_BYTES, 'file');
      const owner = vaultCall(() => session.vault.backupCopyProfile(content));
      if (owner && session.profile?.id === owner.id) session.lock();
      const secret =
        recoveryKey === undefined ? { passphrase: passphrase! } : { recoveryKey, newPassphrase: newPassphrase! };
      const result = await vaultAsync(() => session.vault.restoreCopy(content, secret));
      return { id: result.id, name: result.name, kept: result.kept ?? null, savedAt: result.savedAt };
    } finally {
      // Done with the chosen copy whether it was restored or refused: an upload does not stay on disk.
      ctx.files?.release(file);
    }
  },

  /**
   * The open profile as one file, to keep wherever the recruiter chooses: the encrypted database with its key
   * wrapped by the passphrase and by the recovery key, so either restores it, on this computer or another.
   */
  'profiles.saveBackup': (ctx) => {
    const session = sessionOf(ctx);
    const profile = session.profile;
    if (!profile) throw lockedError();
    const stamp = ctx.now().toISOString().slice(0, 10);
    const safeName =
      profile.name
        .replace(/[^\p{L}\p{N} ._-]+/gu, '')
        .replace(/\s+/g, ' ')
        .trim() || 'profile';
    return {
      fileName: `Politely backup - ${safeName} - ${stamp}.politely`,
      mime: 'application/octet-stream',
      encoding: 'base64',
      content: session.vault.backupCopy(profile.id, session.db).toString('base64'),
    };
  },

  /** Opens a sample profile (the one named, or the first), making and filling one if there is none. */
  'profiles.openSample': async (ctx, { id: wanted }) => {
    const session = sessionOf(ctx);
    const existing = sampleProfile(session, wanted);
    if (existing) return session.unlock(existing.id, SAMPLE_PASSPHRASE);
    // A recruiter may already have a profile of that name: the sample takes the next free one.
    const taken = new Set(vaultCall(() => session.vault.list()).map((p) => p.name.toLowerCase()));
    let name = SAMPLE_PROFILE_NAME;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${SAMPLE_PROFILE_NAME} ${n}`;
    const { id } = await vaultAsync(() => session.vault.create(name, SAMPLE_PASSPHRASE, { sample: true }));
    const entry = await session.unlock(id, SAMPLE_PASSPHRASE);
    try {
      await seedSample(session);
    } catch (error) {
      // Half an agency teaches nothing: take it away, so the next try starts clean.
      session.lock();
      await session.vault.remove(id, SAMPLE_PASSPHRASE);
      throw error;
    }
    return entry;
  },

  'profiles.removeSample': async (ctx, { id: wanted }) => {
    const session = sessionOf(ctx);
    const sample = sampleProfile(session, wanted);
    if (!sample) return { deleted: false };
    if (session.profile?.id === sample.id) session.lock();
    await vaultAsync(() => session.vault.remove(sample.id, SAMPLE_PASSPHRASE));
    return { deleted: true };
  },

  'profiles.delete': async (ctx, { id, passphrase }) => {
    const session = sessionOf(ctx);
    if (session.profile?.id === id) session.lock();
    await vaultAsync(() => session.vault.remove(id, passphrase));
    return { deleted: true };
  },
};
