import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Dialog } from './ui';

export interface ConfirmRequest {
  title: string;
  /** What will happen, in a sentence or two. */
  body: ReactNode;
  /** The button that does it, named for the action: "Erase Ada Okafor". */
  action: string;
  /** The way out; "Cancel" unless that would read as the action itself. */
  cancel?: string;
  /** Whether the action destroys something (a red button) or only changes it. */
  destructive?: boolean;
}

/**
 * Asks before something that cannot be taken back. Cancel has the focus first, Escape cancels, and the focus goes
 * back to whatever opened it.
 */
export function ConfirmDialog({
  title,
  body,
  action,
  cancel = 'Cancel',
  destructive = true,
  onAnswer,
}: ConfirmRequest & { onAnswer(sure: boolean): void }) {
  // Whatever had the focus when it opened: the dialog leaves the page before it closes, so the browser cannot
  // give the focus back itself.
  const [opener] = useState(() => document.activeElement);
  // The way out has the focus, though the action comes first: opening the dialog gives it to its first button, and
  // this runs after that (a child's effects run before its parent's).
  const way = useRef<HTMLButtonElement>(null);
  useEffect(() => way.current?.focus(), []);
  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    [opener],
  );
  return (
    <Dialog title={title} className="confirm-dialog" onClose={() => onAnswer(false)}>
      <div className="confirm-body">{body}</div>
      <div className="form-actions">
        <button
          type="button"
          className={destructive ? 'button button-danger' : 'button button-primary'}
          onClick={() => onAnswer(true)}
        >
          {action}
        </button>
        <button type="button" className="button" ref={way} onClick={() => onAnswer(false)}>
          {cancel}
        </button>
      </div>
    </Dialog>
  );
}

/**
 * The app's own confirm(): `ask` shows a ConfirmDialog and resolves with the answer. Render `dialog` where the
 * asking component renders.
 */
export function useConfirm(): { dialog: ReactNode; ask(request: ConfirmRequest): Promise<boolean> } {
  const [pending, setPending] = useState<{ request: ConfirmRequest; answer(sure: boolean): void } | null>(null);
  const ask = (request: ConfirmRequest) =>
    new Promise<boolean>((resolve) =>
      setPending({
        request,
        answer: (sure) => {
          setPending(null);
          resolve(sure);
        },
      }),
    );
  const dialog = pending ? <ConfirmDialog {...pending.request} onAnswer={pending.answer} /> : null;
  return { dialog, ask };
}
