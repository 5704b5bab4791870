import { useEffect, useRef, useState } from 'react';

/** How long the button says Copied before it says Copy again. */
export const COPIED_MS = 2000;

/**
 * Copies `text` to the clipboard and says what happened: Copied for a moment, or plainly that it failed and what to
 * do instead. Both are announced politely to screen readers.
 */
export function CopyButton({ text, label = 'Copy', failed }: { text: string; label?: string; failed: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef(0);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = async () => {
    window.clearTimeout(timer.current);
    try {
      // Absent where the page is not a secure context; refused when the browser denies the permission.
      if (!navigator.clipboard) throw new Error('No clipboard here.');
      await navigator.clipboard.writeText(text);
      setState('copied');
      timer.current = window.setTimeout(() => setState('idle'), COPIED_MS);
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy-button">
      <button type="button" className="button" onClick={() => void copy()}>
        {state === 'copied' ? 'Copied' : label}
      </button>
      <span role="status" className={state === 'failed' ? 'copy-failed' : 'sr-only'}>
        {state === 'copied' ? 'Copied' : state === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
