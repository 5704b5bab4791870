import { create } from 'zustand';

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

if (inWindow) window.addEventListener('hashchange', () => useRoute.setState(parseRoute(window.location.hash)));

export function href(screen: Screen, id?: string | null, params?: Record<string, string>): string {
  const query = params && Object.keys(params).length ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${screen}${id ? `/${encodeURIComponent(id)}` : ''}${query}`;
}

export function navigate(screen: Screen, id?: string | null, params?: Record<string, string>): void {
  window.location.hash = href(screen, id, params);
}
