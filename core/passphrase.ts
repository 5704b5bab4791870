// How long a profile passphrase must be, and a plain-words hint of how strong one is.

export const MIN_PASSPHRASE = 12;

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

/** A rough strength from length and variety; enough to steer people towards a few unrelated words. */
export function passphraseStrength(passphrase: string): { strength: Strength; hint: string } {
  if (passphrase.length < MIN_PASSPHRASE)
    return {
      strength: 'too-short',
      hint: `At least ${MIN_PASSPHRASE} characters: ${MIN_PASSPHRASE - passphrase.length} more.`,
    };
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9\s]/, /\s/].filter((r) => r.test(passphrase)).length;
  const distinct = new Set(passphrase.toLowerCase()).size;
  const words = passphrase.trim().split(/\s+/).length;
  if (distinct < 6) return { strength: 'weak', hint: 'Too many repeated characters. Try a few unrelated words.' };
  if (passphrase.length >= 20 && (words >= 4 || kinds >= 3))
    return { strength: 'strong', hint: 'Strong. Write it down somewhere safe, away from this laptop.' };
  if (passphrase.length >= 16 || kinds >= 3)
    return { strength: 'fair', hint: 'Fair. Another word or two makes it strong.' };
  return { strength: 'weak', hint: 'Weak. Add a few unrelated words.' };
}
