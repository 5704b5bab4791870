import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName } from '../api/channels';
import { INVOKE_CHANNEL, LOCKED_EVENT, NAVIGATE_EVENT, OPEN_FILE_CHANNEL, SAVE_FILE_CHANNEL } from './constants';

// The whole bridge: one function, only for channels the contract names; the open and save dialogs (the page
// never learns a path); word when the profile locks; and the screen a clicked reminder opens.
contextBridge.exposeInMainWorld('politely', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isChannelName(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'not-found', message: `Politely has no action called "${String(channel).slice(0, 80)}".` },
      });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
  /** The open dialog: a handle for the chosen file and its name, or null when cancelled. */
  openFile(kind: unknown): Promise<unknown> {
    return ipcRenderer.invoke(OPEN_FILE_CHANNEL, kind);
  },
  /** The save dialog: the main process writes the exported file where the recruiter chooses. */
  saveFile(file: unknown): Promise<unknown> {
    return ipcRenderer.invoke(SAVE_FILE_CHANNEL, file);
  },
  onLocked(listener: unknown): void {
    if (typeof listener === 'function') ipcRenderer.on(LOCKED_EVENT, () => (listener as () => void)());
  },
  onNavigate(listener: unknown): void {
    if (typeof listener !== 'function') return;
    ipcRenderer.on(NAVIGATE_EVENT, (_event, target: unknown) => {
      // Only plain words cross: a screen, an id, and its parameters.
      if (typeof target !== 'object' || target === null) return;
      const { screen, id, params } = target as Record<string, unknown>;
      if (typeof screen !== 'string' || (id !== undefined && typeof id !== 'string')) return;
      const words =
        params && typeof params === 'object'
          ? Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string'))
          : undefined;
      (listener as (target: unknown) => void)({ screen, id, params: words });
    });
  },
});
