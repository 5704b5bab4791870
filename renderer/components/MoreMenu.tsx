import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { href, SCREEN_TITLES, type Screen } from '../router';
import { useSessionStore } from '../stores/session';
import { Icon } from './Icon';

/** The screens that leave the narrow top bar for its More menu; the wide sidebar shows them all. */
export const OVERFLOW_SCREENS: readonly Screen[] = ['reports', 'settings'];

/**
 * The narrow top bar's More button: a disclosure holding the screens that do not fit, and Lock.
 * Enter or Space opens it, the arrows (or Tab) move through it, Escape closes it and gives the focus back.
 */
export function MoreMenu({ screen, profileName }: { screen: Screen; profileName: string | undefined }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = () => Array.from(wrapper.current?.querySelectorAll<HTMLElement>('.more-item') ?? []);

  // A click anywhere else puts the menu away (a link chosen in it does so itself).
  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const focusItem = (index: number) => {
    const all = items();
    all[(index + all.length) % all.length]?.focus();
  };
  const openAt = (index: number) => {
    setOpen(true);
    // The items exist once the menu has rendered open.
    requestAnimationFrame(() => focusItem(index));
  };
  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      openAt(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(-1);
    }
  };
  const onPanelKey = (e: KeyboardEvent) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    } else if (e.key in moves) {
      e.preventDefault();
      focusItem(moves[e.key]!);
    }
  };

  const holdsCurrent = OVERFLOW_SCREENS.includes(screen);
  return (
    <div
      ref={wrapper}
      className="more-menu"
      onBlur={(e) => {
        // Tab past the last item (or away in any other way) closes it.
        if (open && !wrapper.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`nav-link more-button${holdsCurrent ? ' more-button-current' : ''}`}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onButtonKey}
      >
        <span className="nav-icon" aria-hidden="true">
          <svg viewBox="0 0 24 24" fill="currentColor">
            <circle cx="5" cy="12" r="2" />
            <circle cx="12" cy="12" r="2" />
            <circle cx="19" cy="12" r="2" />
          </svg>
        </span>
        <span className="nav-label">More</span>
      </button>
      {/* Only there while open: closed, its links and the profile's name are not a second copy of the sidebar's. */}
      {open && (
        <div id={panelId} className="more-panel" onKeyDown={onPanelKey}>
          <ul>
            {OVERFLOW_SCREENS.map((s) => (
              <li key={s}>
                <a
                  href={href(s)}
                  className="nav-link more-item"
                  aria-current={s === screen ? 'page' : undefined}
                  onClick={() => setOpen(false)}
                >
                  <span className="nav-icon">
                    <Icon name={s} />
                  </span>
                  <span>{SCREEN_TITLES[s]}</span>
                </a>
              </li>
            ))}
          </ul>
          <div className="more-profile">
            <span className="more-profile-name">{profileName}</span>
            <button
              type="button"
              className="button lock-button more-item"
              onClick={() => void useSessionStore.getState().lockAsked()}
              aria-keyshortcuts="Control+L Meta+L"
              title="Lock (Ctrl+L)"
            >
              Lock
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
