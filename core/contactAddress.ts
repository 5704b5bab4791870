// What counts as an email address or a phone number, and the one way to turn either into a link.
// Forms, imports, the API and the prep packet all judge addresses here, so a value one accepts
// the others can link to safely.

export const EMAIL_MESSAGE = 'Enter an email address like name@example.com.';
export const PHONE_MESSAGE = 'Enter a phone number with digits, e.g. +1 415 555 0100.';

// The local part: letters and digits of any script, and RFC 5322's other atom characters except those a
// link would read as its own syntax (? & % #), double quotes and the backtick. The apostrophe stays: O'Brien
// writes it in her address. Dots only between atoms.
const ATOM = String.raw`[\p{L}\p{M}\p{N}!$'*+/=^_{|}~-]+`;
const LOCAL = new RegExp(String.raw`^${ATOM}(?:\.${ATOM})*$`, 'u');
// A domain label: letters (any script, for international names), digits and inner hyphens.
const LABEL = /^[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}-]{0,61}[\p{L}\p{M}\p{N}])?$/u;
// The last label names a top-level domain: letters only, or its ASCII form (xn--…).
const TOP_LEVEL = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/iu;

/**
 * An email address a recruiter can write to: one `@`, a local part of at most 64 characters, and a
 * domain of two or more labels. Nothing a mail link would read as a header (`?`, `&`, `%`), no
 * spaces, control characters, angle brackets, double quotes or commas, and no empty, leading or trailing dots.
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  return (
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    TOP_LEVEL.test(labels.at(-1)!)
  );
}

const PHONE = /^\+?[\d\s().-]{5,30}$/;

/** A phone number as people write it: digits (at least five), spaces, brackets, dots, dashes and a leading +. */
export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value) && value.replace(/\D/g, '').length >= 5;
}

/** Line breaks in a mail link's body are CRLF (RFC 6068), whatever the text was typed with. */
const crlf = (text: string) => text.replace(/\r\n|\r|\n/g, '\r\n');

/**
 * A `mailto:` link to a valid address, or null. Every part is percent-encoded (never URLSearchParams,
 * whose '+' for a space mail programs show as a '+'), so nothing in the address, subject or body can
 * add a recipient or a header. A '+' in the address stays as typed: RFC 6068 allows it there.
 */
export function mailtoHref(
  address: string | null | undefined,
  message: { subject?: string | undefined; body?: string | undefined } = {},
): string | null {
  const to = address?.trim();
  if (!to || !isEmailAddress(to)) return null;
  const at = to.indexOf('@');
  // encodeURIComponent leaves ' as it is; encoded, it cannot close an attribute the link is written into.
  const local = encodeURIComponent(to.slice(0, at)).replace(/%2B/g, '+').replace(/'/g, '%27');
  const domain = encodeURIComponent(to.slice(at + 1));
  const fields = (['subject', 'body'] as const)
    .filter((name) => message[name])
    .map((name) => `${name}=${encodeURIComponent(crlf(message[name]!))}`);
  return `mailto:${local}@${domain}${fields.length ? `?${fields.join('&')}` : ''}`;
}

/** A `tel:` link to a valid phone number (its digits, with a leading + kept), or null. */
export function telHref(phone: string | null | undefined): string | null {
  const number = phone?.trim();
  if (!number || !isPhoneNumber(number)) return null;
  return `tel:${number.startsWith('+') ? '+' : ''}${number.replace(/\D/g, '')}`;
}
