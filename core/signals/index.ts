import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pt } from './pt';
import type { Lang, PhraseTable } from './types';

export type { Lang, PhraseTable } from './types';

/** Every language Politely reads; English first, so it wins a tie. A language is added here. */
export const TABLES: readonly PhraseTable[] = [en, de, fr, es, nl, it, pt];

export const LANGS: readonly Lang[] = TABLES.map((t) => t.lang);

export function tableFor(lang: Lang): PhraseTable {
  return TABLES.find((t) => t.lang === lang) ?? en;
}

/**
 * Stop requests that read the same in every language: the SMS keywords sent alone, and the
 * English words people use in any language ("unsubscribe", "opt out", "GDPR").
 */
export const UNIVERSAL_STOP: readonly RegExp[] = [
  /^(?:stop|stopp|stop all|stopall|unsubscribe|opt ?out)(?:[\s.!,]+|$)/,
  // Keywords that are a stop only when sent alone: "End of the month works" is not one.
  /^(?:stop please|please stop|cancel|end|quit|arret|arrete|baja|sair|parar|pare|basta|remove|remove me)[\s.!]*$/,
  /\b(?:unsubscribe|opt[- ]?out|gdpr|dsgvo|rgpd|lgpd)\b/,
];

/** The same words, to ask "Did they ask you to stop?" when they were read as something else. */
export const UNIVERSAL_MENTIONS_STOP = /\b(?:stop|stopp|unsubscribe|opt[- ]?out|gdpr|dsgvo|rgpd|lgpd|avg|spam)\b/;
