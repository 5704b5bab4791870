import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

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
  errors: { row: number; message: string }[];
  /** When only the valid rows were imported: the others as a CSV, to fix and import alone. */
  rowsToFix?: { fileName: string; content: string };
  /** Set when Cancel stopped it before anything was written. */
  cancelled?: true;
}

const HEADER_WORDS: Record<ImportField, string[]> = {
  name: ['name', 'fullname', 'candidatename', 'contactname', 'candidate', 'contact', 'person'],
  firstName: ['firstname', 'first', 'givenname', 'forename'],
  lastName: ['lastname', 'last', 'surname', 'familyname'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'personalemail', 'primaryemail'],
  phone: ['phone', 'phonenumber', 'mobile', 'mobilephone', 'cell', 'cellphone', 'telephone', 'tel', 'primaryphone'],
  company: ['company', 'companyname', 'employer', 'currentcompany', 'organization', 'organisation', 'account'],
  title: ['title', 'jobtitle', 'position', 'role', 'headline', 'currenttitle'],
  location: ['location', 'city', 'address', 'region', 'country'],
  linkedinUrl: ['linkedin', 'linkedinurl', 'linkedinprofile', 'linkedinprofileurl', 'profileurl'],
  notes: ['notes', 'note', 'comments', 'comment', 'description', 'summary'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A first guess at the mapping from the headers alone; each field is taken by its first matching column. */
export function suggestMapping(headers: readonly string[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<ImportField>();
  for (const header of headers) {
    const word = squash(header);
    const field = IMPORT_FIELDS.find((f) => !taken.has(f) && HEADER_WORDS[f].includes(word));
    if (field) {
      mapping[header] = field;
      taken.add(field);
    }
  }
  return mapping;
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
