import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { restoreCell } from './csv';
import { headerMeaning, PLAIN_NOTES, squashHeader } from './importHeaders';
import type { RowError } from './importProblems';

// Reading other tools' spreadsheets: which column is which, and when two rows are one person.

export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'title',
  'location',
  'linkedinUrl',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Column header → the field it fills; columns left out are not imported. */
export type Mapping = Partial<Record<string, ImportField>>;

/** What an import did: rows counted by outcome, and each refused row with its number and reasons. */
export interface ImportResult {
  imported: number;
  merged: number;
  skipped: number;
  errors: RowError[];
  /**
   * The refused rows as a CSV, each with what to fix: when only the valid rows were imported, to fix and import
   * alone; when nothing was, as the list to work through in the file.
   */
  rowsToFix?: { fileName: string; content: string };
  /** Set when Cancel stopped it before anything was written. */
  cancelled?: true;
}

/** Fields one person has several of: all their columns are read (name parts joined, extra addresses kept). */
const MANY: ReadonlySet<ImportField> = new Set(['firstName', 'lastName', 'email', 'phone', 'notes']);

const LINKEDIN_PROFILE = /^(?:https?:\/\/)?(?:[a-z]{2,3}\.)?linkedin\.com\/(?:in|pub)\/[^\s]+$/i;

/** A LinkedIn profile address as Politely keeps it (with https://), or null when the text is not one. */
export function linkedinProfile(text: string): string | null {
  const trimmed = text.trim();
  if (!LINKEDIN_PROFILE.test(trimmed)) return null;
  return /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

/**
 * A first guess at the mapping from the headers and, for web address columns, a few rows: LinkedIn's "URL"
 * is the profile only when it holds linkedin.com/in addresses. A field a person has one of is taken by its
 * preferred column (Outlook's "Job Title" over its "Title"); name parts, emails, phones and notes by all of theirs.
 */
export function suggestMapping(headers: readonly string[], sample: readonly Record<string, string>[] = []): Mapping {
  const best = new Map<ImportField, { header: string; rank: number }>();
  const chosen = new Set<string>();
  for (const header of headers) {
    const meaning = headerMeaning(header);
    if (!meaning) continue;
    if (meaning.onlyIfLinkedIn) {
      const values = sample.map((row) => row[header]?.trim() ?? '').filter(Boolean);
      if (values.length === 0 || values.filter((v) => linkedinProfile(v)).length * 2 < values.length) continue;
    }
    if (MANY.has(meaning.field)) chosen.add(header);
    else if (!best.has(meaning.field) || meaning.rank < best.get(meaning.field)!.rank)
      best.set(meaning.field, { header, rank: meaning.rank });
  }
  for (const { header } of best.values()) chosen.add(header);
  const mapping: Mapping = {};
  for (const header of headers) if (chosen.has(header)) mapping[header] = headerMeaning(header)!.field;
  return mapping;
}

/** One row as the fields of a person, before the checks every new person goes through. */
export interface PersonDraft {
  name: string;
  email?: string;
  phone?: string;
  company?: string;
  title?: string;
  location?: string;
  linkedinUrl?: string;
  notes?: string;
}

/** Google Contacts puts several values in one cell, separated by " ::: ". */
const splitValues = (text: string) =>
  text
    .split(':::')
    .map((v) => v.trim())
    .filter(Boolean);

/** One row's cells as a person's fields. */
export type RowReader = (cells: Readonly<Record<string, string>>) => PersonDraft;

const FIRST_KEPT = ['company', 'title', 'location', 'linkedinUrl'] as const;

/**
 * How to read every row of a file through a mapping, worked out once from its headers: which columns fill
 * each field, preferred first, and which notes columns keep their header. Reading 100,000 rows then sorts
 * no columns and looks up no header again.
 */
export function rowReader(headers: readonly string[], mapping: Mapping): RowReader {
  const rank = (h: string) => headerMeaning(h)?.rank ?? 1000;
  const columns = (field: ImportField) =>
    headers
      .map((header, index) => ({ header, index }))
      .filter(({ header }) => mapping[header] === field)
      .sort((a, b) => rank(a.header) - rank(b.header) || a.index - b.index)
      .map(({ header }) => header);
  const names = columns('name');
  const nameParts = [...columns('firstName'), ...columns('lastName')];
  const addresses = (['email', 'phone'] as const).map((field) => ({ field, headers: columns(field) }));
  const firstKept = FIRST_KEPT.map((field) => ({ field, headers: columns(field) }));
  const notes = columns('notes').map((header) => ({
    header,
    plain: PLAIN_NOTES.has(squashHeader(header)) || !headerMeaning(header),
  }));

  return (cells) => {
    const value = (header: string) => restoreCell(cells[header] ?? '').trim();
    const plainNotes: string[] = [];
    const labelled: string[] = [];
    const keepRest = (header: string, values: string[]) => {
      if (values.length > 0) labelled.push(`${header}: ${values.join(', ')}`);
    };

    const person: PersonDraft = { name: '' };
    let fullName: string | undefined;
    for (const header of names) {
      const text = value(header);
      if (text) {
        fullName = text;
        break;
      }
    }
    person.name = fullName ?? nameParts.map(value).filter(Boolean).join(' ');

    for (const { field, headers: fieldHeaders } of addresses) {
      const seen = new Set<string>();
      for (const header of fieldHeaders) {
        const fresh = splitValues(value(header)).filter((v) => {
          const key = field === 'email' ? v.toLowerCase() : v.replace(/\D/g, '') || v;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        if (!person[field] && fresh.length > 0) person[field] = fresh.shift();
        keepRest(header, fresh);
      }
    }
    for (const { field, headers: fieldHeaders } of firstKept) {
      for (const header of fieldHeaders) {
        const values = splitValues(value(header));
        const rest: string[] = [];
        for (const v of values) {
          const kept = field === 'linkedinUrl' ? linkedinProfile(v) : v;
          if (!person[field] && kept) person[field] = kept;
          else rest.push(v);
        }
        keepRest(header, rest);
      }
    }
    for (const { header, plain } of notes) {
      const text = value(header);
      if (!text) continue;
      if (plain) plainNotes.push(text);
      else labelled.push(`${header}: ${text}`);
    }
    const allNotes = [...plainNotes, ...labelled].join('\n');
    if (allNotes) person.notes = allNotes;
    return person;
  };
}

/**
 * Reads one row through a mapping. First and last name columns make the name. Of several values for a field
 * (columns, or Google's "a ::: b"), the preferred first is kept and the others go to the notes with their
 * header, so nothing the file says is dropped. A web address that is not a LinkedIn profile goes to the notes.
 * An import reads every row with one `rowReader` instead.
 */
export function personFromRow(cells: Readonly<Record<string, string>>, mapping: Mapping): PersonDraft {
  return rowReader(Object.keys(cells), mapping)(cells);
}

/** An email as a duplicate key: trimmed, lower case. */
export function emailKey(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : null;
}

/** A phone number as a duplicate key: E.164 when it can be read as international, else its digits. */
export function phoneKey(phone: string | null | undefined): string | null {
  const text = phone?.trim();
  if (!text) return null;
  const parsed = parsePhoneNumberFromString(text);
  if (parsed?.isValid()) return parsed.number;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 5 ? digits : null;
}
