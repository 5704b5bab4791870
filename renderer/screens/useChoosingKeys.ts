import { useEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { isEditable } from '../keys';
import type { PeopleSelection } from './usePeopleSelection';

/**
 * The keys of a list whose rows can be chosen: the arrows, Home and End move between rows, Space chooses the row the
 * keyboard is on (Shift+Space every row from the last one chosen), Enter opens it, Ctrl+A chooses every row loaded,
 * and Escape lets the choice go from anywhere but a field or an open dialog. `scrollTo` draws a row not yet drawn.
 */
export function useChoosingKeys({
  ids,
  selection,
  list,
  scrollTo,
  open,
}: {
  ids: readonly string[];
  selection: PeopleSelection;
  list: RefObject<HTMLElement | null>;
  scrollTo(index: number): void;
  open(index: number): void;
}) {
  // The row the keyboard is on: the one row in the Tab order, so Tab reaches the list once.
  const [focusIndex, setFocusIndex] = useState(0);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(index, ids.length - 1));
    setFocusIndex(target);
    const rowAt = () => list.current?.querySelector<HTMLElement>(`tr[data-index="${target}"]`);
    if (!rowAt()) scrollTo(target);
    // A row scrolled to is drawn a frame or two later.
    let tries = 0;
    const focus = () => {
      const row = rowAt();
      if (row) row.focus();
      else if (tries++ < 10) requestAnimationFrame(focus);
    };
    focus();
  };
  const choose = (index: number, range: boolean) => {
    setFocusIndex(index);
    if (range) selection.range(ids, index);
    else selection.toggle(ids, index);
  };

  const { clear } = selection;
  const chosen = selection.ids.length > 0;
  useEffect(() => {
    if (!chosen) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || isEditable(e.target) || document.querySelector('dialog[open]'))
        return;
      clear();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [chosen, clear]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (isEditable(e.target)) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      selection.choose(ids);
      return;
    }
    const row = (e.target as HTMLElement).closest<HTMLElement>('tr[data-index]');
    if (!row || e.ctrlKey || e.metaKey || e.altKey) return;
    const index = Number(row.dataset.index);
    if (e.key === ' ') {
      e.preventDefault();
      choose(index, e.shiftKey);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(index + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusRow(e.key === 'Home' ? 0 : ids.length - 1);
    } else if (e.key === 'Enter' && e.target === row) {
      open(index);
    }
  };

  /** Whether the row at `index` is the one in the Tab order. */
  const inTabOrder = (index: number) => index === Math.min(focusIndex, ids.length - 1);
  return { inTabOrder, setFocusIndex, choose, onKeyDown };
}
