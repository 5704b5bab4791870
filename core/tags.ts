// Free tags on people (skills, seniority, languages) and the filters a recruiter saves to find them again.

import type { PersonKind } from './model';

/** The most tags one person may carry. */
export const TAGS_PER_PERSON_MAX = 50;
/** The longest tag, in characters. */
export const TAG_LENGTH_MAX = 40;
/** The most tags one filter may ask for: each must match. */
export const TAGS_PER_FILTER_MAX = 10;
/** The longest name of a saved filter. */
export const FILTER_NAME_MAX = 80;
/** The most filters one profile keeps. */
export const SAVED_FILTERS_MAX = 100;

export const FILTER_SCREENS = ['people', 'pipeline'] as const;
export type FilterScreen = (typeof FILTER_SCREENS)[number];

/** A filter saved under a name, to open again from the sidebar or Ctrl+K. */
export interface SavedFilter {
  id: string;
  name: string;
  screen: FilterScreen;
  query: string | null;
  tags: string[];
  /** People only: candidates or client contacts. */
  kind: PersonKind | null;
  /** Pipeline only: one position's board. */
  positionId: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A tag in use, with how many people carry it: what the tag input suggests. */
export interface TagCount {
  tag: string;
  count: number;
}

/** What two spellings of one tag share: "Go", "GO" and "go" are one tag. */
export function tagKey(tag: string): string {
  return tag.normalize('NFC').toLowerCase();
}

export interface TagProblem {
  /** The place of the tag in the list given, or null for the list as a whole. */
  index: number | null;
  message: string;
}

// Tabs, line breaks and the other control characters: a tag is one short line.
const CONTROL = /\p{Cc}/u;

/** A tag as shown in a message: short ones whole, long ones cut. */
const quoted = (tag: string) => `“${[...tag].length > 20 ? `${[...tag].slice(0, 20).join('')}…` : tag}”`;

/**
 * Tags as they are kept: each trimmed with its inner spaces made single, the second spelling of a
 * tag already given dropped (the first is kept), at most `max` of them. Anything that cannot be a tag
 * is a problem, named by its place in the list, and nothing is kept.
 */
export function cleanTags(
  given: readonly string[],
  max: number,
): { ok: true; tags: string[] } | { ok: false; problems: TagProblem[] } {
  const problems: TagProblem[] = [];
  const tags: string[] = [];
  const seen = new Set<string>();
  given.forEach((raw, index) => {
    const problem = (message: string) => problems.push({ index, message });
    if (CONTROL.test(raw)) return problem(`Tag ${index + 1} holds a tab or line break. Type each tag on one line.`);
    const tag = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
    if (tag === '') return problem(`Tag ${index + 1} is empty. Type a word or remove it.`);
    if (tag.includes(',')) return problem(`${quoted(tag)} holds a comma, which separates tags. Make it two tags.`);
    if ([...tag].length > TAG_LENGTH_MAX)
      return problem(`${quoted(tag)} is longer than ${TAG_LENGTH_MAX} characters. Shorten it.`);
    const key = tagKey(tag);
    if (seen.has(key)) return;
    seen.add(key);
    tags.push(tag);
  });
  if (problems.length === 0 && tags.length > max)
    problems.push({
      index: null,
      message: `At most ${max} tags: these are ${tags.length} different ones. Remove ${tags.length - max}.`,
    });
  return problems.length ? { ok: false, problems } : { ok: true, tags };
}
