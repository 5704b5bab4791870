import type { Channel, Envelope, Input, Output, PacketFile, Reminder } from '../api/contract';

declare global {
  interface Window {
    /** Present in the desktop app: the preload's bridge. Absent in browser mode. */
    politely?: {
      invoke(channel: string, input: unknown): Promise<unknown>;
      onLocked?(listener: () => void): void;
      onNavigate?(listener: (target: NavigateTarget) => void): void;
      /** The desktop app's open dialog: an envelope of `{ path, name }` (path is a handle) or null when cancelled. */
      openFile?(kind: OpenKind): Promise<unknown>;
      /** The desktop app's save dialog, which writes the file in the main process. */
      saveFile?(file: PacketFile): Promise<unknown>;
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

/** A launch code being traded for the token: calls wait for it, so the first ones already carry the token. */
let signingIn: Promise<void> | undefined;
/** Why the launch code this page was opened on could not be traded (used already, or too old), in the host's words. */
let launchRefused: string | undefined;

const fromAddress = (name: string): string | undefined => {
  const match = new RegExp(`(?:^#|&)${name}=([^&]+)`).exec(window.location.hash);
  try {
    return match?.[1] && decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
};

/**
 * Browser mode: keep this run's token for this tab, from the address (#token=…) or by trading the
 * one-time code the browser was opened on (#code=…). Either leaves the address bar at once.
 */
export function captureToken(): void {
  const token = fromAddress('token');
  const code = fromAddress('code');
  if (!token && !code) return;
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else if (code) signingIn = tradeLaunchCode(code);
}

/** A code that fails to trade leaves no token: the first call then says this page is not signed in, and what to do. */
async function tradeLaunchCode(code: string): Promise<void> {
  try {
    const response = await fetch('/launch', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const answer: unknown = await response.json();
    const token = isEnvelope(answer) && answer.ok ? (answer.value as { token?: unknown }).token : undefined;
    if (typeof token === 'string') sessionStorage.setItem(TOKEN_KEY, token);
    else if (isEnvelope(answer) && !answer.ok) launchRefused = answer.error.message;
  } catch (error) {
    console.error(error);
  }
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** Why a call failed before the backend could say: each has its own plain message. */
export type TransportFailure = 'unreachable' | 'server-error' | 'bad-answer' | 'bug';

const failure = (reason: TransportFailure, message: string): Envelope<never> => ({
  ok: false,
  error: { code: 'internal', message, details: { reason } },
});

/** Nobody answers at Politely's address: the host was closed, or the desktop app quit. */
export const UNREACHABLE = 'Politely is not running. Start it again, then reload this page.';
/** Something answered, but not with an answer this page can read. */
export const BAD_ANSWER =
  'Politely sent an answer this page could not read. Reload the page; if it happens again, restart Politely.';
/** The request could not even be sent, or the desktop app failed inside: a bug, not a stopped app. */
export const BUG =
  'Something went wrong inside Politely, so that was not done. Try again; if it keeps happening, restart Politely.';
const serverError = (status: number) =>
  `Politely ran into a problem answering (error ${status}). Try again; if it keeps happening, restart Politely.`;

/**
 * fetch() rejects with a TypeError only when the network itself failed (nothing listens, the
 * connection dropped): the one case that means Politely is not running. Every other throw is ours.
 */
const networkFailed = (error: unknown) => error instanceof TypeError;

/** One request to the browser-mode host, every way it can fail told apart. */
async function overHttp(path: string, contentType: string, body: () => BodyInit): Promise<Envelope<unknown>> {
  await signingIn;
  let init: RequestInit;
  try {
    const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
    // Asking without a token would only be refused: say why the link did not sign this page in.
    if (!token && launchRefused) return { ok: false, error: { code: 'internal', message: launchRefused } };
    init = { method: 'POST', headers: { 'content-type': contentType, 'x-politely-token': token }, body: body() };
  } catch (error) {
    console.error(error);
    return failure('bug', BUG);
  }
  let response: Response;
  let text: string;
  try {
    response = await fetch(path, init);
    text = await response.text();
  } catch (error) {
    if (networkFailed(error)) return failure('unreachable', UNREACHABLE);
    console.error(error);
    return failure('bug', BUG);
  }
  let answer: unknown = null;
  try {
    answer = JSON.parse(text);
  } catch {
    // Not JSON: told below by the status.
  }
  if (isEnvelope(answer)) return answer;
  return response.ok ? failure('bad-answer', BAD_ANSWER) : failure('server-error', serverError(response.status));
}

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
  const bridge = window.politely;
  if (!bridge) {
    const answer = await overHttp(`/rpc/${channel}`, 'application/json', () => JSON.stringify(input ?? {}));
    return answer as Envelope<Output<C>>;
  }
  // The desktop app: its main process is running whenever this window is, so a failure here is a bug.
  let answer: unknown;
  try {
    answer = await bridge.invoke(channel, input);
  } catch (error) {
    console.error(error);
    return failure('bug', BUG);
  }
  return isEnvelope(answer) ? (answer as Envelope<Output<C>>) : failure('bad-answer', BAD_ANSWER);
}

/**
 * Browser mode: uploads a file the recruiter chose, and answers the handle the host issued for it: the only kind of
 * path a channel accepts. An upload lasts one use (the channel that reads it removes it).
 */
export async function pathOf(file: File): Promise<Envelope<string>> {
  const answer = await overHttp('/upload', 'application/octet-stream', () => file);
  return answer.ok ? { ok: true, value: (answer.value as { path: string }).path } : answer;
}

/** What the desktop app's open dialog may be asked to choose: each kind has its own title and filter. */
export type OpenKind = 'csv' | 'backup' | 'document';

/** A file the recruiter chose: in browser mode the page's File, in the desktop app the open dialog's handle. */
export type ChosenFile = { name: string } & ({ file: File } | { handle: string });

/** The handle a channel reads a chosen file by; browser mode uploads the file again for each use. */
export function handleOf(chosen: ChosenFile): Promise<Envelope<string>> {
  return 'handle' in chosen ? Promise.resolve({ ok: true, value: chosen.handle }) : pathOf(chosen.file);
}

/** One call across the desktop app's bridge to a dialog, every way it can fail told apart. */
async function overBridge(ask: (() => Promise<unknown>) | undefined): Promise<Envelope<unknown>> {
  if (!ask) return failure('bug', BUG);
  let answer: unknown;
  try {
    answer = await ask();
  } catch (error) {
    console.error(error);
    return failure('bug', BUG);
  }
  return isEnvelope(answer) ? answer : failure('bad-answer', BAD_ANSWER);
}

/** The desktop app's open dialog: the chosen file, or null when the recruiter cancelled. */
export async function openFile(kind: OpenKind): Promise<Envelope<ChosenFile | null>> {
  const bridge = window.politely;
  const answer = await overBridge(bridge?.openFile && (() => bridge.openFile!(kind)));
  if (!answer.ok) return answer;
  const chosen = answer.value as { path: string; name: string } | null;
  return { ok: true, value: chosen && { name: chosen.name, handle: chosen.path } };
}

/** The desktop app's save dialog: the main process writes the file where the recruiter chooses. */
export function saveWithDialog(file: PacketFile): Promise<Envelope<unknown>> {
  const bridge = window.politely;
  return overBridge(bridge?.saveFile && (() => bridge.saveFile!(file)));
}
