// An email as an RFC 5322 message (a .eml file) a mail program opens as a draft: headers in ASCII, with
// non-ASCII words in RFC 2047 encoded-words, and a UTF-8 body in base64 when it is not plain ASCII.

export interface EmlMessage {
  from?: { name: string | null; address: string } | null;
  to: { name: string | null; address: string };
  subject: string;
  body: string;
  /** When it was written: the Date header. */
  date: Date;
}

const ASCII = /^[\x20-\x7e]*$/;
const CRLF = '\r\n';
// An encoded-word is at most 75 characters: "=?UTF-8?B?" and "?=" leave 63 for base64, so 45 bytes of text.
const WORD_BYTES = 45;

function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Text cut into pieces of at most `max` UTF-8 bytes, never inside a character. */
function byteChunks(text: string, max: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let size = 0;
  for (const char of text) {
    const bytes = new TextEncoder().encode(char).length;
    if (size + bytes > max && chunk) {
      chunks.push(chunk);
      chunk = '';
      size = 0;
    }
    chunk += char;
    size += bytes;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/** A header's text: as it is when ASCII, else encoded-words, one per folded line. Line breaks become spaces. */
export function encodeHeaderText(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  if (ASCII.test(flat) && !flat.includes('=?')) return flat;
  return byteChunks(flat, WORD_BYTES)
    .map((chunk) => `=?UTF-8?B?${utf8Base64(chunk)}?=`)
    .join(`${CRLF} `);
}

/** A display name: quoted when it holds RFC 5322 specials, encoded-words when it is not ASCII. */
function displayName(name: string): string {
  const flat = name.replace(/[\r\n\t]+/g, ' ').trim();
  if (!ASCII.test(flat) || flat.includes('=?')) return encodeHeaderText(flat);
  if (/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*$/.test(flat)) return flat;
  return `"${flat.replace(/(["\\])/g, '\\$1')}"`;
}

/** The domain in its ASCII form (an international name as xn--…), as every mail server reads it. */
function asciiAddress(address: string): string {
  const at = address.lastIndexOf('@');
  const domain = address.slice(at + 1);
  if (ASCII.test(domain)) return address;
  return `${address.slice(0, at)}@${new URL(`http://${domain}`).hostname}`;
}

function mailbox(box: { name: string | null; address: string }): string {
  const address = `<${asciiAddress(box.address)}>`;
  return box.name?.trim() ? `${displayName(box.name)} ${address}` : address;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322's date-time, in UTC: "Mon, 02 Mar 2026 09:00:00 +0000". */
export function rfc5322Date(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(at.getUTCHours())}:${two(at.getUTCMinutes())}:${two(at.getUTCSeconds())}`;
  return `${DAYS[at.getUTCDay()]}, ${two(at.getUTCDate())} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()} ${time} +0000`;
}

/** Base64 in lines of 76 characters, as MIME asks. */
function base64Lines(text: string): string {
  return (utf8Base64(text).match(/.{1,76}/g) ?? []).join(CRLF);
}

/**
 * The message text. `X-Unsent: 1` asks Outlook to open it as a draft to send, and other mail programs ignore it.
 * The body's line breaks are CRLF; an ASCII body whose lines fit stays readable as 7bit.
 */
export function buildEml(message: EmlMessage): string {
  const body = message.body.replace(/\r\n|\r|\n/g, CRLF);
  const plain = body.split(CRLF).every((line) => ASCII.test(line) && line.length <= 998);
  const headers = [
    ...(message.from ? [`From: ${mailbox(message.from)}`] : []),
    `To: ${mailbox(message.to)}`,
    `Subject: ${encodeHeaderText(message.subject)}`,
    `Date: ${rfc5322Date(message.date)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    `Content-Transfer-Encoding: ${plain ? '7bit' : 'base64'}`,
    'X-Unsent: 1',
  ];
  return `${headers.join(CRLF)}${CRLF}${CRLF}${plain ? body : base64Lines(body)}${CRLF}`;
}
