// A saved backup copy is one file that stands alone: a first line naming the format, one line of JSON
// with the profile's id and name and its key as key.json holds it (wrapped by the passphrase and by the
// recovery key, never in the clear), then the encrypted database itself. Copies saved before this format
// are the bare encrypted database; they still restore into their own profile with its key.json.

const MAGIC = Buffer.from('Politely backup copy 1\n', 'utf8');
/** Far more than a header needs: a line that runs longer is not one Politely wrote. */
const MAX_HEADER_BYTES = 64 * 1024;

/** One backup copy as a single file's bytes. */
export function packBackupCopy(header: object, database: Buffer): Buffer {
  return Buffer.concat([MAGIC, Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), database]);
}

/**
 * The parts of a backup copy: `undefined` for a bare database (a copy from before this format, or a
 * daily backup), `{ header: undefined }` when the file starts like a copy but its header cannot be read.
 */
export function unpackBackupCopy(bytes: Buffer): { header: unknown; database: Buffer } | undefined {
  if (bytes.length < MAGIC.length || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const end = bytes.indexOf(0x0a, MAGIC.length);
  if (end < 0 || end - MAGIC.length > MAX_HEADER_BYTES) return { header: undefined, database: Buffer.alloc(0) };
  let header: unknown;
  try {
    header = JSON.parse(bytes.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    header = undefined;
  }
  return { header, database: bytes.subarray(end + 1) };
}
