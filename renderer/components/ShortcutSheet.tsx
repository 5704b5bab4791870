import { isEditable } from '../keys';
import { Dialog } from './ui';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = MAC ? '⌘' : 'Ctrl';

/** Every shortcut Politely has, by where it works. Kept beside the handlers' own comments. */
export const SHORTCUTS: { title: string; keys: [string[], string][] }[] = [
  {
    title: 'Anywhere',
    keys: [
      [[MOD, 'K'], 'Find anyone or anything, or run an action'],
      [[MOD, 'L'], 'Lock your profile at once'],
      [['?'], 'Show these shortcuts'],
      [['Tab'], 'Move to the next control; Shift+Tab goes back'],
    ],
  },
  {
    title: 'In the palette',
    keys: [
      [['↑', '↓'], 'Choose a result or an action'],
      [['Enter'], 'Open it, or run it'],
      [['Esc'], 'Step back out of an action, then close'],
    ],
  },
  {
    title: 'On the pipeline board',
    keys: [
      [['←', '→', '↑', '↓'], 'Move between cards'],
      [['Shift', '←'], 'Move the card one stage back'],
      [['Shift', '→'], 'Move the card one stage on'],
      [['Enter'], 'Open the candidate'],
      [['Delete'], 'Close the application, with a reason'],
      [[MOD, 'Z'], 'Undo the last move or close'],
    ],
  },
  {
    title: 'In dialogs',
    keys: [[['Esc'], 'Close without saving']],
  },
];

/** `?`: the sheet of keyboard shortcuts. */
export function ShortcutSheet({ onClose }: { onClose(): void }) {
  return (
    <Dialog title="Keyboard shortcuts" className="shortcuts" closeButton onClose={onClose}>
      {SHORTCUTS.map((group, i) => (
        <section key={group.title} className="shortcut-group" aria-labelledby={`shortcuts-${i}`}>
          <h3 id={`shortcuts-${i}`}>{group.title}</h3>
          <dl>
            {group.keys.map(([keys, what]) => (
              <div key={what} className="shortcut">
                <dt>
                  {keys.map((k, i) => (
                    <kbd key={i}>{k}</kbd>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Dialog>
  );
}

/** `?` typed outside a text field opens the sheet. */
export function isShortcutSheetKey(e: KeyboardEvent): boolean {
  return e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target);
}
