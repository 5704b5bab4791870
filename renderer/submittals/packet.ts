import { call } from '../api';
import { formatDay } from '../dates';
import { download } from '../interviews/format';
import { useToastStore } from '../stores/toasts';

/**
 * Saves a shortlist's client packet as HTML, or as a PDF: the desktop app prints it itself; the browser opens the
 * packet at its own one-time address, where it keeps its styles, to print from there.
 */
export async function savePacket(submittalId: string, format: 'html' | 'pdf'): Promise<void> {
  const toasts = useToastStore.getState();
  const result = await call('submittals.packet', { submittalId, format });
  if (result.ok) return download(result.value);
  if (format === 'pdf' && result.error.details?.printInBrowser) {
    const page = await call('submittals.printPacket', { submittalId });
    if (page.ok) {
      window.open(page.value.url, '_blank', 'noopener');
      toasts.show('The packet opened in a new tab. Press Ctrl+P (⌘P on a Mac) there and choose "Save as PDF".');
      return;
    }
    toasts.show(page.error.message, 'error');
    return;
  }
  toasts.show(result.error.message, 'error');
}

/** "Mon, Mar 2", on this computer's calendar. */
export const shortDate = (iso: string): string => formatDay(iso, new Date());
