import type { ImportResult } from './importMapping';
import { foldAccents } from './names';

// When a row of an imported file is someone Politely already has: what makes two the same person,
// and how the import says why it left a row out.

/** Why a row was taken for someone already known, strongest first. */
export type DuplicateReason = 'politely-id' | 'email' | 'phone' | 'linkedin' | 'confirmed';

const SAME: Record<DuplicateReason, string> = {
  'politely-id': 'same Politely id',
  email: 'same email',
  phone: 'same phone',
  linkedin: 'same LinkedIn profile',
  confirmed: 'you said it is the same person',
};

/** One row the import did not add as a new person, named, with why. */
export interface DuplicateNote {
  row: number;
  name: string;
  outcome: 'skipped' | 'merged';
  message: string;
}

/** A row whose name and employer match someone saved, but nothing stronger: the recruiter decides. */
export interface PossibleDuplicate {
  row: number;
  name: string;
  company: string;
  /** The person already saved that this row may be. */
  personId: string;
  message: string;
}

export interface ImportOutcome extends ImportResult {
  /** Who was skipped or merged, and why; left out when nobody was. */
  duplicates?: DuplicateNote[];
  /**
   * Rows that may be people already saved (same name and employer, nothing else alike). While any
   * is undecided the import stops before writing, and lists them here for the recruiter to confirm.
   */
  possibleDuplicates?: PossibleDuplicate[];
}

/** "Ana Souza: already in Politely (same LinkedIn profile)", or "…: also on row 12 (same email)". */
export function duplicateMessage(name: string, reason: DuplicateReason, earlierRow?: number): string {
  return earlierRow === undefined
    ? `${name}: already in Politely (${SAME[reason]})`
    : `${name}: also on row ${earlierRow} of this file (${SAME[reason]})`;
}

export function possibleDuplicateMessage(name: string, company: string): string {
  return `${name} at ${company} may already be in Politely: same name and employer, but no email, phone or LinkedIn profile in common.`;
}

/**
 * A LinkedIn profile as a duplicate key: the public profile's path, whatever the scheme, host,
 * language subdomain, case, query or trailing slash. Other addresses count as they are, trimmed.
 */
export function linkedinKey(url: string | null | undefined): string | null {
  const text = url?.trim();
  if (!text) return null;
  const profile = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.|www\.)?linkedin\.com\/(in|pub)\/([^/?#\s]+)/i.exec(text);
  if (!profile) return `url:${text.toLowerCase()}`;
  let slug = profile[2]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    // A stray % is kept as it is: the key only has to be the same for the same text.
  }
  return `linkedin:${profile[1]!.toLowerCase()}/${slug.normalize('NFC').toLowerCase()}`;
}

/** A name or employer compared loosely: case, accents, punctuation and spacing aside. */
function loose(text: string): string {
  return foldAccents(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Name plus employer as a key for a possible duplicate; none without both. */
export function nameAndEmployerKey(
  name: string | null | undefined,
  employer: string | null | undefined,
): string | null {
  const who = name ? loose(name) : '';
  const where = employer ? loose(employer) : '';
  return who && where ? `${who}\u0000${where}` : null;
}

/**
 * Politely's own people export (io.exportCsv): its `id` column names people who may already be
 * here. Recognised by the columns only that export has together.
 */
export function isPolitelyPeopleExport(headers: readonly string[]): boolean {
  return ['id', 'kind', 'name', 'created'].every((h) => headers.includes(h));
}
