import {
  ATTACHMENT_MAX_CHARS,
  ATTACHMENT_MAX_PAGES,
  decodeAttachmentText,
  DOCX_MAX_UNPACKED_BYTES,
  docxUnpackedBytes,
  searchableText,
  type AttachmentType,
} from '../core/attachments';
import { AppError } from './errors';

/** Reading a document's text gives up after this long: a file built to keep a reader busy is refused, not waited on. */
export const EXTRACT_TIMEOUT_MS = 20_000;

const unreadable = (kind: string) =>
  new AppError(
    'validation',
    `Politely could not read the text of that ${kind}: it may be damaged or protected. ` +
      'Open it, save a fresh copy (or print it to PDF), then add that copy.',
    { issues: [{ path: ['path'], message: `That ${kind} could not be read.` }] },
  );

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

async function pdfText(bytes: Uint8Array, cancelled: () => boolean, tasks: PdfLoadingTask[]): Promise<string> {
  const { getDocument } = await pdfjs();
  const task = getDocument({
    // PDF.js takes the buffer over: give it a copy, the caller keeps the original to store.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  tasks.push(task);
  const doc = await task.promise;
  const parts: string[] = [];
  let chars = 0;
  for (let n = 1; n <= Math.min(doc.numPages, ATTACHMENT_MAX_PAGES) && chars < ATTACHMENT_MAX_CHARS; n++) {
    if (cancelled()) break;
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    for (const item of content.items) {
      const text = (item as { str?: unknown }).str;
      if (typeof text !== 'string') continue;
      parts.push(text);
      chars += text.length + 1;
    }
    page.cleanup();
    // PDF.js's same-thread worker answers on microtasks alone: without a turn of the event loop between pages, the
    // deadline's timer could not fire until the whole document had been read.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return parts.join(' ');
}

async function docxText(bytes: Uint8Array): Promise<string> {
  if (docxUnpackedBytes(bytes) > DOCX_MAX_UNPACKED_BYTES) throw unreadable('Word document');
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}

/**
 * The words of a document, for search: at most the first 200 pages of a PDF and the first million characters of
 * any document. A document that cannot be read, or takes longer than EXTRACT_TIMEOUT_MS, is refused in a plain
 * sentence: nothing half-read is kept.
 */
export async function extractText(
  type: AttachmentType,
  bytes: Uint8Array,
  timeoutMs = EXTRACT_TIMEOUT_MS,
): Promise<string> {
  if (type === 'txt') return searchableText(decodeAttachmentText(bytes));
  const kind = type === 'pdf' ? 'PDF' : 'Word document';
  const tasks: PdfLoadingTask[] = [];
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(unreadable(kind));
    }, timeoutMs);
  });
  const reading = type === 'pdf' ? pdfText(bytes, () => timedOut, tasks) : docxText(bytes);
  try {
    return searchableText(await Promise.race([reading, deadline]));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(kind);
  } finally {
    clearTimeout(timer);
    // A reading still under way (the deadline came first) is stopped and its failure heard by no one.
    reading.catch(() => undefined);
    await Promise.all(tasks.map((t) => t.destroy().catch(() => undefined)));
  }
}
