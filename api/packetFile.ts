import type { PacketFile } from './contract';
import type { Context } from './context';
import { AppError } from './errors';

/**
 * A packet (the candidate's prep, the client's shortlist) as the file asked for: its HTML, or the desktop app's PDF
 * printed from it. Browser mode cannot print here, and says so: the page opens the packet's print address instead.
 */
export async function packetFile(
  ctx: Context,
  html: string,
  format: 'html' | 'pdf',
  fileName: (extension: 'html' | 'pdf') => string,
): Promise<PacketFile> {
  if (format === 'html') return { fileName: fileName('html'), mime: 'text/html', encoding: 'utf8', content: html };
  if (!ctx.printToPdf) {
    throw new AppError(
      'validation',
      'In the browser, the packet opens in a tab of its own: print it there and choose Save as PDF.',
      { printInBrowser: true },
    );
  }
  const pdf = await ctx.printToPdf(html);
  return { fileName: fileName('pdf'), mime: 'application/pdf', encoding: 'base64', content: pdf.toString('base64') };
}

/** Browser mode: the packet at the host's own one-time address, where it keeps its styles to print. */
export function printAddress(ctx: Context, html: () => string): { url: string } {
  if (!ctx.printPage) throw new AppError('validation', 'The desktop app saves the packet as a PDF itself: choose PDF.');
  return { url: ctx.printPage(html()) };
}
