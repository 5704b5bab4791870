// Which text encoding a spreadsheet file was saved in. Pure: bytes in, text out, so it runs in a worker too.

/** The encodings Politely reads, as the preview names them. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A file that cannot be read as a spreadsheet of text, with the sentence that says why. */
export class UnreadableText extends Error {
  override name = 'UnreadableText';
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The text of a file and the encoding assumed: UTF-16 when it starts with its byte-order mark (Excel's
 * "Unicode Text"), UTF-8 with or without one, else Windows-1252, which classic Outlook and older Excel
 * write and which decodes any byte. A NUL character in the text means a binary file, not a spreadsheet.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04))
    throw new UnreadableText(
      'That is a workbook, not a CSV file. In your spreadsheet, save it as "CSV UTF-8" and import that file.',
    );
  let decoded: { text: string; encoding: TextEncodingName };
  // TextDecoder drops the byte-order mark itself (ignoreBOM is false by default).
  if (startsWith(bytes, 0xff, 0xfe))
    decoded = { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  else if (startsWith(bytes, 0xfe, 0xff))
    decoded = { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  else {
    try {
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    }
  }
  if (decoded.text.includes('\u0000'))
    throw new UnreadableText(
      'That is not a CSV file: it contains binary data. Export the spreadsheet as CSV and try again.',
    );
  return decoded;
}
