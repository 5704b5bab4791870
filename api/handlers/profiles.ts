import type { Context } from '../context';
import { AppError } from '../errors';
import { lockedError, Session, vaultAsync, vaultCall } from '../session';
import type { HandlersOf } from './types';

function sessionOf(ctx: Context): Session {
  if (!(ctx instanceof Session)) throw new AppError('internal', 'Profiles are not available here.');
  return ctx;
}

export const profileHandlers: HandlersOf<'profiles'> = {
  'profiles.list': (ctx) => {
    const session = sessionOf(ctx);
    const profiles = vaultCall(() => session.vault.list());
    return { profiles, unlocked: session.profile, legacy: profiles.length === 0 && session.vault.legacyFile !== undefined };
  },

  'profiles.create': async (ctx, { name, passphrase }) => {
    const session = sessionOf(ctx);
    try {
      return await vaultAsync(() => session.vault.create(name, passphrase));
    } catch (error) {
      // A clash of names belongs beside the name field.
      if (error instanceof AppError && error.code === 'conflict') throw new AppError('validation', error.message, { issues: [{ path: ['name'], message: error.message }] });
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
    if (session.profile?.id === id) session.lock();
    const result = await vaultAsync(() => session.vault.restore(id, passphrase, backup !== undefined ? { backup } : { file: file! }));
    return { restored: result.replacedWith, kept: result.kept ?? null };
  },

  /** The open profile as one encrypted file, to keep wherever the recruiter chooses. It opens only with this profile's key. */
  'profiles.saveBackup': (ctx) => {
    const session = sessionOf(ctx);
    const profile = session.profile;
    if (!profile) throw lockedError();
    const stamp = ctx.now().toISOString().slice(0, 10);
    const safeName = profile.name.replace(/[^\p{L}\p{N} ._-]+/gu, '').replace(/\s+/g, ' ').trim() || 'profile';
    return {
      fileName: `Politely backup - ${safeName} - ${stamp}.politely`,
      mime: 'application/octet-stream',
      encoding: 'base64',
      content: session.vault.copyOf(profile.id, session.db).toString('base64'),
    };
  },

  'profiles.delete': async (ctx, { id, passphrase }) => {
    const session = sessionOf(ctx);
    if (session.profile?.id === id) session.lock();
    await vaultAsync(() => session.vault.remove(id, passphrase));
    return { deleted: true };
  },
};
