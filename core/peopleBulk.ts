// Acting on many people at once from the People list: how many one step may take, and what tagging them does.

import { tagKey } from './tags';

/** The most people one bulk step acts on: a list's selection, never the whole profile by accident. */
export const BULK_PEOPLE_MAX = 500;

/** `current` with each of `adding` it lacks put after it, in the order given: a spelling already kept stays. */
export function withTags(current: readonly string[], adding: readonly string[]): string[] {
  const kept = new Set(current.map(tagKey));
  return [...current, ...adding.filter((tag) => !kept.has(tagKey(tag)))];
}

/** `current` without any spelling of `removing`. */
export function withoutTags(current: readonly string[], removing: readonly string[]): string[] {
  const gone = new Set(removing.map(tagKey));
  return current.filter((tag) => !gone.has(tagKey(tag)));
}

/** "1 person", "12 people". */
export function peopleCount(n: number): string {
  return n === 1 ? '1 person' : `${n.toLocaleString('en-US')} people`;
}
