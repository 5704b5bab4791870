import { create } from 'zustand';
import { mayLeave, unsavedEdits } from './unsavedChanges';

export const SCREENS = [
  'today',
  'pipeline',
  'people',
  'companies',
  'positions',
  'reports',
  'settings',
  'interviews',
] as const;
export type Screen = (typeof SCREENS)[number];

/** Each screen's name, for the window title and the palette. */
export const SCREEN_TITLES: Record<Screen, string> = {
  today: 'Today',
  pipeline: 'Pipeline',
  people: 'People',
  companies: 'Companies',
  positions: 'Positions',
  reports: 'Reports',
  settings: 'Settings',
  interviews: 'Interview',
};

/** The screens in the sidebar, in order. Interviews open from a person or from Today. */
export const NAV: { screen: Screen; label: string }[] = (
  ['today', 'pipeline', 'people', 'companies', 'positions', 'reports', 'settings'] as const
).map((screen) => ({
  screen,
  label: SCREEN_TITLES[screen],
}));

export interface Route {
  screen: Screen;
  /** The record a screen opens, or 'new'. */
  id: string | null;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [pathPart = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [screen, id] = pathPart.split('/');
  const known = (SCREENS as readonly string[]).includes(screen ?? '') ? (screen as Screen) : 'today';
  return { screen: known, id: id ? decodeURIComponent(id) : null, params: new URLSearchParams(query) };
}

// Outside a window (a component rendered to a string in a test) there is no address: the route is Today.
const inWindow = typeof window !== 'undefined';

export const useRoute = create<Route>(() => parseRoute(inWindow ? window.location.hash : ''));

/** The address the recruiter already agreed to go to, leaving unsaved edits behind. */
let agreed: string | null = null;

/** Goes to an address, once any unsaved edits on screen may be left (at once when there are none). */
function go(hash: string): void {
  if (hash === window.location.hash) return;
  const leave = () => {
    agreed = hash;
    window.location.hash = hash;
  };
  if (unsavedEdits().length === 0) return leave();
  void mayLeave().then((sure) => sure && leave());
}

if (inWindow) {
  window.addEventListener('hashchange', (e) => {
    const hash = window.location.hash;
    if (hash === agreed || unsavedEdits().length === 0) {
      agreed = null;
      useRoute.setState(parseRoute(hash));
      return;
    }
    // Back, Forward or a typed address moved before anyone could ask: the address goes back while asking.
    window.history.pushState(null, '', e.oldURL);
    go(hash);
  });
  // The app's own links (the sidebar, a person's name): asked about before they go anywhere.
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const link = e.target instanceof Element ? e.target.closest('a[href^="#/"]') : null;
    if (!link || link.getAttribute('target') || unsavedEdits().length === 0) return;
    e.preventDefault();
    go(link.getAttribute('href')!);
  });
}

export function href(screen: Screen, id?: string | null, params?: Record<string, string>): string {
  const query = params && Object.keys(params).length ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${screen}${id ? `/${encodeURIComponent(id)}` : ''}${query}`;
}

export function navigate(screen: Screen, id?: string | null, params?: Record<string, string>): void {
  go(href(screen, id, params));
}
