import { useEffect, useState } from 'react';
import { Icon } from './components/Icon';
import { CommandPalette } from './components/CommandPalette';
import { ErrorBoundary } from './components/ErrorBoundary';
import { LeaveGuard } from './components/LeaveGuard';
import { MoreMenu, OVERFLOW_SCREENS } from './components/MoreMenu';
import { RemindersButton, useReminders } from './components/Reminders';
import { SavedFilters } from './components/SavedFilters';
import { isShortcutSheetKey, ShortcutSheet } from './components/ShortcutSheet';
import { Toasts } from './components/Toasts';
import { LoadError } from './components/ui';
import { onLocked } from './api';
import { ProfilePicker } from './profiles/ProfilePicker';
import { useSessionStore } from './stores/session';
import { InterviewScreen } from './interviews/InterviewScreen';
import { ReportsScreen } from './reports/ReportsScreen';
import { href, NAV, navigate, SCREEN_TITLES, useRoute, type Screen } from './router';
import { CompaniesScreen } from './screens/CompaniesScreen';
import { PeopleScreen } from './screens/PeopleScreen';
import { PipelineScreen } from './screens/PipelineScreen';
import { PositionsScreen } from './screens/PositionsScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { TodayScreen } from './screens/TodayScreen';

function InterviewRoute() {
  const { id, params } = useRoute();
  if (!id) return <TodayScreen />;
  return <InterviewScreen key={id} id={id} debrief={params.get('debrief') === '1'} />;
}

function CurrentScreen({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'today':
      return <TodayScreen />;
    case 'pipeline':
      return <PipelineScreen />;
    case 'people':
      return <PeopleScreen />;
    case 'companies':
      return <CompaniesScreen />;
    case 'positions':
      return <PositionsScreen />;
    case 'reports':
      return <ReportsScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'interviews':
      return <InterviewRoute />;
  }
}

/** The way back from a screen that failed: Today, or Today afresh when that was the one that failed. */
function goToday(reset: () => void) {
  if (window.location.hash === href('today')) reset();
  else navigate('today');
}

/** Locks after a stretch with no keyboard or pointer use in this window. */
function useIdleLock(minutes: number) {
  useEffect(() => {
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void useSessionStore.getState().lock(), minutes * 60_000);
    };
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    for (const e of events) window.addEventListener(e, arm, { passive: true });
    arm();
    return () => {
      window.clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, arm);
    };
  }, [minutes]);
}

export function App() {
  const status = useSessionStore((s) => s.status);
  const error = useSessionStore((s) => s.error);
  useEffect(() => {
    void useSessionStore.getState().refresh();
    return onLocked(() => useSessionStore.getState().lockedElsewhere());
  }, []);

  if (status === 'unlocked') return <Workspace />;
  if (status === 'locked') return <ProfilePicker />;
  if (status === 'error' && error)
    return <LoadError message={error} onRetry={() => void useSessionStore.getState().refresh()} />;
  return <p className="muted picker-wait">Opening Politely…</p>;
}

/** The app itself, for an unlocked profile. */
function Workspace() {
  const route = useRoute();
  const screen = route.screen;
  const profile = useSessionStore((s) => s.profile);
  useEffect(() => {
    document.title = `${SCREEN_TITLES[screen]} · Politely`;
  }, [screen]);
  useIdleLock(useSessionStore((s) => s.lockAfterMinutes));
  useReminders();
  const [palette, setPalette] = useState(false);
  const [sheet, setSheet] = useState(false);
  useEffect(() => {
    // Ctrl+L (Cmd+L on a Mac) locks at once, from anywhere; Ctrl+K (Cmd+K) opens the palette; ? the shortcuts.
    const onKey = (e: KeyboardEvent) => {
      if (isShortcutSheetKey(e) && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        setSheet(true);
        return;
      }
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
      if (e.key.toLowerCase() === 'l') {
        e.preventDefault();
        void useSessionStore.getState().lockAsked();
      } else if (e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setPalette(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          <span className="brand-name">Politely</span>
        </div>
        <ul>
          {NAV.map((item) => (
            <li key={item.screen} className={OVERFLOW_SCREENS.includes(item.screen) ? 'nav-overflow' : undefined}>
              <a
                href={href(item.screen)}
                className="nav-link"
                aria-current={item.screen === screen ? 'page' : undefined}
              >
                <span className="nav-icon">
                  <Icon name={item.screen} />
                </span>
                <span className="nav-label">{item.label}</span>
              </a>
            </li>
          ))}
        </ul>
        <SavedFilters />
        <RemindersButton />
        <MoreMenu screen={screen} profileName={profile?.name} />
        <div className="sidebar-profile">
          <span className="nav-label" title={profile?.name}>
            {profile?.name}
          </span>
          <button
            type="button"
            className="button lock-button"
            onClick={() => void useSessionStore.getState().lockAsked()}
            aria-keyshortcuts="Control+L Meta+L"
            title="Lock (Ctrl+L)"
          >
            Lock
          </button>
        </div>
      </nav>
      <main id="main" className="main" tabIndex={-1}>
        {profile?.sample && (
          <p className="sample-banner" role="note">
            <strong>Sample data.</strong> A made-up agency to explore: nothing here is real, and nothing you do here
            reaches your own profiles.
            <button type="button" className="link-button" onClick={() => void useSessionStore.getState().lockAsked()}>
              Leave the sample
            </button>
          </p>
        )}
        {/* A new route is a new chance: going anywhere else clears a failed screen. */}
        <ErrorBoundary resetKey={route} onHome={goToday}>
          <CurrentScreen screen={screen} />
        </ErrorBoundary>
      </main>
      {palette && <CommandPalette onClose={() => setPalette(false)} onShortcuts={() => setSheet(true)} />}
      {sheet && <ShortcutSheet onClose={() => setSheet(false)} />}
      <LeaveGuard />
      <Toasts />
    </div>
  );
}
