import { contextBridge, ipcRenderer } from 'electron';
import { isChannelName } from '../api/channels';
import { INVOKE_CHANNEL, LOCKED_EVENT } from './constants';

// The whole bridge: one function, only for channels the contract names, and word when the profile locks.
contextBridge.exposeInMainWorld('politely', {
  invoke(channel: unknown, input: unknown): Promise<unknown> {
    if (!isChannelName(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'not-found', message: `Politely has no action called "${String(channel).slice(0, 80)}".` } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },
  onLocked(listener: unknown): void {
    if (typeof listener === 'function') ipcRenderer.on(LOCKED_EVENT, () => (listener as () => void)());
  },
});
