/** Text with accents and case set aside ("Léa" → "lea", "ZOË" → "zoe"): the one fold names are compared and sorted by. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * A company's name as compared, not as shown: accents, case and spacing set aside, so "Société
 * Générale", "societe generale" and "SOCIÉTÉ  GÉNÉRALE" are one company. Punctuation still counts:
 * "A-B" and "AB" may well be two.
 */
export function companyNameKey(name: string): string {
  return foldAccents(name).replace(/\s+/gu, ' ').trim();
}
