import type { Channel, Envelope, Input, Output, Reminder } from '../api/contract';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's bridge. Absent in browser mode. */
    politely?: {
      invoke(channel: string, input: unknown): Promise<unknown>;
      onLocked?(listener: () => void): void;
      onNavigate?(listener: (target: NavigateTarget) => void): void;
      pathForFile?(file: File): string | undefined;
    };
  }
}

/** Where a clicked system notification asks the window to go. */
export type NavigateTarget = Reminder['target'];

/** The desktop app (with its preload bridge), as against browser mode. */
export const isDesktop = (): boolean => window.politely !== undefined;

const navigateListeners = new Set<(target: NavigateTarget) => void>();
let navigateBridged = false;

/** Hears when a reminder clicked in the desktop app's notifications asks for its screen. */
export function onNavigate(listener: (target: NavigateTarget) => void): () => void {
  if (!navigateBridged) {
    navigateBridged = true;
    window.politely?.onNavigate?.((target) => navigateListeners.forEach((l) => l(target)));
  }
  navigateListeners.add(listener);
  return () => navigateListeners.delete(listener);
}

const TOKEN_KEY = 'politely.token';

/** Browser mode: take the per-run token out of the address (#token=…) and keep it for this tab. */
export function captureToken(): void {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (!match?.[1]) return;
  sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

const unreachable = {
  ok: false,
  error: { code: 'internal', message: 'Politely is not running. Start it again, then reload this page.' },
} as const;

const lockListeners = new Set<() => void>();

/** Hears when the backend answers `locked`, or the desktop app locks on its own (suspend, screen lock). */
let bridged = false;

export function onLocked(listener: () => void): () => void {
  if (!bridged) {
    bridged = true;
    window.politely?.onLocked?.(() => lockListeners.forEach((l) => l()));
  }
  lockListeners.add(listener);
  return () => lockListeners.delete(listener);
}

/** Calls one backend channel. Never throws: failures come back as `{ ok: false, error }`. */
export async function call<C extends Channel>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>> {
  const result = await send(channel, input);
  if (!result.ok && result.error.code === 'locked') lockListeners.forEach((l) => l());
  return result;
}

async function send<C extends Channel>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>> {
  try {
    if (window.politely) return (await window.politely.invoke(channel, input)) as Envelope<Output<C>>;
    const response = await fetch(`/rpc/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-politely-token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body: JSON.stringify(input ?? {}),
    });
    const body: unknown = await response.json().catch(() => null);
    if (isEnvelope(body)) return body as Envelope<Output<C>>;
    return { ok: false, error: { code: 'internal', message: `Politely answered with an error (${response.status}). Try again.` } };
  } catch {
    return unreachable;
  }
}

/**
 * A path the backend can read for a file the recruiter chose: where it is on disk in the desktop
 * app, or, in browser mode, where the upload endpoint stored it.
 */
export async function pathOf(file: File): Promise<Envelope<string>> {
  const local = window.politely?.pathForFile?.(file);
  if (local) return { ok: true, value: local };
  try {
    const response = await fetch('/upload', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-politely-token': sessionStorage.getItem(TOKEN_KEY) ?? '' },
      body: file,
    });
    const body: unknown = await response.json().catch(() => null);
    if (isEnvelope(body)) return body.ok ? { ok: true, value: (body.value as { path: string }).path } : (body as Envelope<string>);
    return { ok: false, error: { code: 'internal', message: `The file could not be sent (${response.status}). Try again.` } };
  } catch {
    return unreachable;
  }
}
