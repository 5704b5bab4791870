/**
 * A company's name as compared, not as shown: accents, case and spacing set aside, so "Société
 * Générale", "societe generale" and "SOCIÉTÉ  GÉNÉRALE" are one company. Punctuation still counts:
 * "A-B" and "AB" may well be two.
 */
export function companyNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
