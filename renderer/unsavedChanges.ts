import { useEffect, useState } from 'react';

/**
 * Edits not yet saved, each named for the question ("the prep", "the follow-up rules"). A form registers its own
 * while it has any; navigation asks before leaving them (router.ts), and closing the window asks too.
 */
const unsaved = new Map<symbol, string>();

/** What is unsaved now, each named once, in the order the forms registered. */
export function unsavedEdits(): string[] {
  return [...new Set(unsaved.values())];
}

/** Keeps `what` in the list of unsaved edits while `dirty` holds, and until the form unmounts. */
export function useUnsavedChanges(what: string, dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const key = Symbol(what);
    unsaved.set(key, what);
    return () => {
      unsaved.delete(key);
    };
  }, [what, dirty]);
}

/**
 * For a form that goes elsewhere once saved: its edits stop counting as unsaved from the save on, and `leave` goes
 * only after that, so saving never asks whether to leave without saving.
 */
export function useUnsavedForm(what: string, dirty: boolean): { leave: (go: () => void) => void } {
  const [after, setAfter] = useState<{ go: () => void } | null>(null);
  useUnsavedChanges(what, dirty && after === null);
  // Runs after the effect above has taken the edits off the list (every effect's clean-up runs before any effect).
  useEffect(() => after?.go(), [after]);
  return { leave: (go) => setAfter({ go }) };
}

/** Whether a form's fields differ from what it opened with. */
export function changed<T extends object>(draft: T, initial: T): boolean {
  return JSON.stringify(draft) !== JSON.stringify(initial);
}

/** "the prep", "the prep and your details", "the prep, your details and the reminders". */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The question before leaving unsaved edits, in the words of the app's ConfirmDialog. */
export function leaveQuestion(names: readonly string[]) {
  return {
    title: 'Leave without saving?',
    body: `You have unsaved changes to ${listed(names)}. Leave without saving?`,
    action: 'Leave without saving',
    cancel: 'Stay',
    destructive: true,
  };
}

/** The question before locking with unsaved edits: locking closes the profile, and the edits with it. */
export function lockQuestion(names: readonly string[]) {
  return {
    title: 'Lock without saving?',
    body: `You have unsaved changes to ${listed(names)}. Locking closes them unsaved. Lock anyway?`,
    action: 'Lock without saving',
    cancel: 'Stay',
    destructive: true,
  };
}

type Question = ReturnType<typeof leaveQuestion>;
type Asker = (question: Question) => Promise<boolean>;
let asker: Asker | null = null;
let asking: Promise<boolean> | null = null;

/** The app's own dialog, which the workspace lends while it is on screen. */
export function setLeaveAsker(next: Asker | null): void {
  asker = next;
}

/**
 * Whether the recruiter may leave what is on screen (or lock, with `question` = lockQuestion): at once when nothing
 * is unsaved, else once they say so.
 */
export function mayLeave(question: (names: readonly string[]) => Question = leaveQuestion): Promise<boolean> {
  const names = unsavedEdits();
  if (names.length === 0 || !asker) return Promise.resolve(true);
  // A second way out while the question is open (Back, pressed again) waits for the same answer.
  asking ??= asker(question(names)).finally(() => {
    asking = null;
  });
  return asking;
}

// Closing the window or reloading: the browser's own question, the only one it allows there.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (unsaved.size === 0) return;
    e.preventDefault();
    // Older browsers and Electron look for a return value.
    e.returnValue = '';
  });
}
