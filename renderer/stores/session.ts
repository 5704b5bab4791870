import { create } from 'zustand';
import type { ProfileEntry } from '../../api/contract';
import { call } from '../api';
import { dateLocale } from '../dates';
import { navigate } from '../router';
import { resetAllStores } from './reset';
import { lockQuestion, mayLeave } from '../unsavedChanges';

interface SessionState {
  status: 'unknown' | 'locked' | 'unlocked' | 'error';
  profiles: ProfileEntry[];
  /** The data folder still has its database from before profiles: the first profile takes it in. */
  legacy: boolean;
  profile: ProfileEntry | null;
  /** The profile unlocked last. */
  lastProfileId: string | null;
  /** The recruiter's own profile unlocked last (never the sample), which the picker offers first after leaving the sample. */
  ownProfileId: string | null;
  /** Minutes without use before the open profile locks itself (its own setting, 15 at most). */
  lockAfterMinutes: number;
  error: string | null;
  refresh(): Promise<void>;
  unlocked(profile: ProfileEntry): void;
  readLockSetting(): Promise<void>;
  setLockAfter(minutes: number): void;
  /** Locks the backend, forgets everything in memory, and returns to the picker. */
  lock(): Promise<void>;
  /** The recruiter's own Lock (the button, Ctrl+L, the palette): asks first when edits are unsaved. */
  lockAsked(): Promise<void>;
  /** The backend locked on its own: forget everything in memory, and show the picker. */
  lockedElsewhere(): void;
}

export const useSessionStore = create<SessionState>((set, get) => ({
  status: 'unknown',
  profiles: [],
  legacy: false,
  profile: null,
  lastProfileId: null,
  ownProfileId: null,
  lockAfterMinutes: 10,
  error: null,
  async refresh() {
    // The backend writes its sentences' dates (Today's reasons, a rule's wait) in the locale these screens use.
    const result = await call('profiles.list', { locale: dateLocale() });
    if (!result.ok) return set({ status: 'error', error: result.error.message });
    set({
      profiles: result.value.profiles,
      legacy: result.value.legacy,
      profile: result.value.unlocked,
      status: result.value.unlocked ? 'unlocked' : 'locked',
      error: null,
    });
    if (result.value.unlocked) void get().readLockSetting();
  },
  unlocked(profile) {
    resetAllStores();
    // Back to where you were in your own profile; another profile starts at Today (the page open may not exist there).
    if (get().lastProfileId !== null && get().lastProfileId !== profile.id) navigate('today');
    set({
      profile,
      status: 'unlocked',
      lastProfileId: profile.id,
      ...(profile.sample ? {} : { ownProfileId: profile.id }),
    });
    void get().readLockSetting();
  },
  setLockAfter(minutes) {
    set({ lockAfterMinutes: minutes });
  },
  async readLockSetting() {
    const settings = await call('settings.get', {});
    if (settings.ok) set({ lockAfterMinutes: settings.value.policy.lockAfterMinutes });
  },
  async lock() {
    // Off the screen first, then closed in the backend, then the picker.
    resetAllStores();
    set({ profile: null, status: 'unknown' });
    await call('profiles.lock', {});
    await get().refresh();
  },
  async lockAsked() {
    if (await mayLeave(lockQuestion)) await get().lock();
  },
  lockedElsewhere() {
    if (get().status === 'locked') return;
    // Off the screen at once; the picker follows as soon as the profile list is read.
    resetAllStores();
    set({ profile: null, status: 'unknown' });
    void get().refresh();
  },
}));
