// Documents kept with a person (a CV, a reference letter): which kinds Politely takes, and how it tells them apart.
// Pure: the kind comes from the bytes, never from the file's name, which anyone can change.

/** The largest document Politely keeps, in bytes. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Text is read for search from at most this many pages of a PDF… */
export const ATTACHMENT_MAX_PAGES = 200;
/** …and at most this many characters of any document. */
export const ATTACHMENT_MAX_CHARS = 1_000_000;
/** A person keeps at most this many documents. */
export const ATTACHMENTS_PER_PERSON_MAX = 50;

export const ATTACHMENT_TYPES = ['pdf', 'docx', 'txt'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

export const ATTACHMENT_MIME: Record<AttachmentType, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  txt: 'text/plain; charset=utf-8',
};

/** What a document list shows for each kind. */
export const ATTACHMENT_LABELS: Record<AttachmentType, string> = { pdf: 'PDF', docx: 'Word', txt: 'Text' };

/** A document as listed: never its bytes. */
export interface Attachment {
  id: string;
  personId: string;
  name: string;
  type: AttachmentType;
  size: number;
  addedAt: string;
}

export const WRONG_TYPE =
  'Politely keeps PDF, Word (.docx) and plain text documents only. Save the document in one of those, then add it.';
export const EMPTY_FILE = 'That file is empty. Choose the document again.';

/** A PDF or Word document whose words could not be read: damaged, protected, or not what it claims. */
export const unreadableDocument = (kind: 'PDF' | 'Word document'): string =>
  `Politely could not read the text of that ${kind}: it may be damaged or protected. ` +
  'Open it, save a fresh copy (or print it to PDF), then add that copy.';
/** A document whose reading ran past its time or its memory: the reader was stopped and nothing was kept. */
export const NOT_READ_IN_TIME = 'Politely could not read the words in this file in time. It was not added.';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((b, i) => bytes[at + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_ENTRY = [0x50, 0x4b, 0x01, 0x02]; // a central directory entry
const ZIP_END = [0x50, 0x4b, 0x05, 0x06]; // the end of the central directory
const WORD_BODY = 'word/document.xml';

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * A zip's central directory: whether it names word/document.xml (what makes a zip a Word document) and how many
 * bytes its entries say they unpack to. The directory is found from its end record, so a name written anywhere else
 * (inside an entry's data) does not count; at most 65,535 entries are read, as the end record can count no more.
 */
function wordZip(bytes: Uint8Array): { word: boolean; unpacked: number } | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  // The end record is 22 bytes plus a comment of up to 65,535.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at--)
    if (startsWith(bytes, ZIP_END, at)) {
      end = at;
      break;
    }
  if (end < 0) return null;
  const entries = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const name = [...new TextEncoder().encode(WORD_BODY)];
  let word = false;
  let unpacked = 0;
  for (let i = 0; i < entries && at + 46 <= bytes.length; i++) {
    if (!startsWith(bytes, ZIP_ENTRY, at)) return null;
    const nameLength = u16(bytes, at + 28);
    if (nameLength === name.length && startsWith(bytes, name, at + 46)) word = true;
    unpacked += u32(bytes, at + 24);
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { word, unpacked };
}

/** A Word document that says it unpacks to more than this is refused before it is opened (a zip bomb). */
export const DOCX_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** How many bytes a Word document's parts say they unpack to. */
export const docxUnpackedBytes = (bytes: Uint8Array): number => wordZip(bytes)?.unpacked ?? 0;

/** Text is UTF-16 (by its byte-order mark) or UTF-8 that decodes, and holds no control characters but tabs and breaks. */
function isText(bytes: Uint8Array): boolean {
  const sixteen = startsWith(bytes, [0xff, 0xfe]) ? 'utf-16le' : startsWith(bytes, [0xfe, 0xff]) ? 'utf-16be' : null;
  if (sixteen && bytes.length % 2 !== 0) return false;
  let text: string;
  try {
    text = new TextDecoder(sixteen ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Tab, line feed, form feed and carriage return are text; any other control character means a binary file.
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f)
      return false;
  }
  return true;
}

/** The kind of document `bytes` hold, judged by their content alone, or null for anything Politely does not keep. */
export function sniffAttachment(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (wordZip(bytes)?.word) return 'docx';
  if (startsWith(bytes, [0x50, 0x4b])) return null;
  return isText(bytes) ? 'txt' : null;
}

/** A plain text document's words: UTF-16 by its byte-order mark, else UTF-8 (the mark, if any, dropped). */
export function decodeAttachmentText(bytes: Uint8Array): string {
  const encoding = startsWith(bytes, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(bytes, [0xfe, 0xff])
      ? 'utf-16be'
      : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Text kept for search: runs of white space made one, and no more than the limit. */
export function searchableText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, ATTACHMENT_MAX_CHARS);
}

/**
 * The name a document is kept under: the file's own name without any folder, control characters or characters
 * that a save dialog would refuse, and with the extension its kind calls for.
 */
export function attachmentName(chosen: string, type: AttachmentType): string {
  const base = (chosen.split(/[\\/]/).pop() ?? '')
    .replace(/[\p{Cc}<>:"|?*]/gu, '')
    .trim()
    .slice(0, 200);
  const stem = base.replace(/\.[^.]{1,8}$/, '') || 'Document';
  return `${stem}.${type}`;
}

/** A size as people read it: 980 bytes, 14 KB, 2.3 MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
