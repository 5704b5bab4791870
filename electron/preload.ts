import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { isChannelName } from '../api/channels';
import { INVOKE_CHANNEL, LOCKED_EVENT, NAVIGATE_EVENT } from './constants';

// The whole bridge: one function, only for channels the contract names; the path of a chosen file;
// word when the profile locks; and the screen a clicked reminder opens.
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
  /** Where a file chosen in the page lives on disk, so channels can read it as they read a dialog's choice. */
  pathForFile(file: unknown): string | undefined {
    return file instanceof File ? webUtils.getPathForFile(file) : undefined;
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
