import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import {
  ATTACHMENT_MAX_CHARS,
  ATTACHMENT_MAX_PAGES,
  DOCX_MAX_UNPACKED_BYTES,
  docxUnpackedBytes,
  searchableText,
  unreadableDocument,
} from '../core/attachments';

// The thread that reads an attached document's words. It is started for one document and stopped after it: the host
// ends it at a deadline or when it outgrows its memory, so a hostile file costs this thread, never the host's.

export interface TextWorkerData {
  type: 'pdf' | 'docx';
  /** The document, handed over (not copied) by the host; it comes back with the words. */
  bytes: Uint8Array;
  /** Tests only: the reader first holds its thread this long, in ms, as a page built to keep it busy would. */
  holdMs?: number | undefined;
}

/** The words, with the document handed back; or why it could not be read, in a sentence a person can act on. */
export type TextWorkerReply = { ok: true; text: string; bytes: Uint8Array } | { ok: false; message: string };

/** PDF.js ships its worker without types: it is only handed to PDF.js itself. */
const PDF_WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

interface PdfLoadingTask {
  promise: Promise<{
    numPages: number;
    getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
  }>;
  destroy(): Promise<void>;
}

/**
 * PDF.js as Node runs it: the legacy build, with its worker's handler loaded on this thread (PDF.js then sets up
 * its "fake worker" from it instead of importing a worker file by path, which a bundle would not have).
 */
async function pdfjs(): Promise<{ getDocument(params: object): PdfLoadingTask }> {
  const holder = globalThis as { pdfjsWorker?: unknown };
  holder.pdfjsWorker ??= await import(PDF_WORKER);
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as {
    getDocument(params: object): PdfLoadingTask;
  };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // PDF.js takes the buffer over: give it a copy, the original goes back to the host to be stored.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const parts: string[] = [];
    let chars = 0;
    for (let n = 1; n <= Math.min(doc.numPages, ATTACHMENT_MAX_PAGES) && chars < ATTACHMENT_MAX_CHARS; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        const text = (item as { str?: unknown }).str;
        if (typeof text !== 'string') continue;
        parts.push(text);
        chars += text.length + 1;
      }
      page.cleanup();
    }
    return parts.join(' ');
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  if (docxUnpackedBytes(bytes) > DOCX_MAX_UNPACKED_BYTES) throw new Error('It unpacks to more than Politely reads.');
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
  return value;
}

/** Keeps this thread busy without a break, the way the host's thread would be kept if it read the document itself. */
function hold(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

async function read({ type, bytes, holdMs }: TextWorkerData): Promise<TextWorkerReply> {
  if (holdMs) hold(holdMs);
  try {
    const text = searchableText(type === 'pdf' ? await pdfText(bytes) : await docxText(bytes));
    return { ok: true, text, bytes };
  } catch {
    return { ok: false, message: unreadableDocument(type === 'pdf' ? 'PDF' : 'Word document') };
  }
}

if (parentPort) {
  const port = parentPort;
  void read(workerData as TextWorkerData).then((reply) =>
    port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []),
  );
}
