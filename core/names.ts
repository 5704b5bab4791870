/**
 * Letters that are not a letter plus an accent, so setting accents aside leaves them whole, written as a reader who
 * does not have them types them: "Weiß" as weiss, "Łukasz" as lukasz, "Søren" as soren. These are the ones that
 * Intl.Collator also sorts with their plain letters; Icelandic's þ and ð sort as letters of their own, and stay.
 */
export const OWN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  ħ: 'h',
};
const OWN_LETTER = /[ßæœøłđıħ]/gu;

/**
 * The letters of OWN_LETTERS, both cases, as a GLOB class: SQL that folds a name only where it holds one of them (the
 * search index adds the folded name, so "weiss" finds Weiß). Kept beside the fold it stands for.
 */
export const OWN_LETTERS_GLOB = '*[ßẞæÆœŒøØłŁđĐıħĦ]*';

/** Whether `text` holds one of those letters, in either case. */
export const hasOwnLetter = (text: string): boolean => /[ßẞæÆœŒøØłŁđĐıħĦ]/u.test(text);

/** Text with accents and case set aside ("Léa" → "lea", "ZOË" → "zoe", "Weiß" → "weiss"): the one fold names are compared and sorted by. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(OWN_LETTER, (letter) => OWN_LETTERS[letter]!);
}

/**
 * A company's name as compared, not as shown: accents, case and spacing set aside, so "Société
 * Générale", "societe generale" and "SOCIÉTÉ  GÉNÉRALE" are one company. Punctuation still counts:
 * "A-B" and "AB" may well be two.
 */
export function companyNameKey(name: string): string {
  return foldAccents(name).replace(/\s+/gu, ' ').trim();
}
