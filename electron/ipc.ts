import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Context } from '../api/context';
import { dispatch } from '../api/dispatch';
import { INVOKE_CHANNEL } from './constants';
import { isAppUrl } from './window';

/** Only our own page, in its top frame, may call the backend. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame !== event.sender.mainFrame) return false;
  return isAppUrl(frame.url);
}

export const REFUSED = {
  ok: false,
  error: { code: 'internal', message: 'Refused: this window is not part of Politely.' },
} as const;

/** `answered` hears of each channel that succeeded, after it did. */
export function registerIpc(
  ipcMain: IpcMain,
  getContext: () => Context,
  answered: (channel: unknown) => void = () => {},
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return REFUSED;
    const result = await dispatch(getContext(), channel, input);
    if (result.ok) answered(channel);
    return result;
  });
}
