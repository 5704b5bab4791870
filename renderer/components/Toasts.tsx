import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useToastStore } from '../stores/toasts';

/** Whether two boxes share any area. */
const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The toasts, in a corner where they cover as little as they can: bottom right, narrow (a bar along the bottom on a
 * phone). They never take focus. When the element that has focus sits where they are, they go to the top instead,
 * so what the recruiter is working on stays in sight. Tab reaches them (they come last), and while the pointer or
 * focus is in them none goes away; leaving one by its buttons puts focus back where it was.
 */
export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  const { dismiss, hold } = useToastStore.getState();
  const ref = useRef<HTMLDivElement>(null);
  const [atTop, setAtTop] = useState(false);
  // Read by `place` without being one of its inputs: moving the stack must not call for another placing, or a stack
  // whose size differs at the top and at the bottom would flip between them without end.
  const atTopNow = useRef(false);
  // How far above the window's bottom edge the stack sits there, measured while it does.
  const bottomGap = useRef<number | null>(null);
  // Where focus was before it came into the toasts, to go back to when a toast closes under it.
  const cameFrom = useRef<HTMLElement | null>(null);
  const pointerIn = useRef(false);

  const place = useCallback(() => {
    const stack = ref.current;
    const focused = document.activeElement;
    if (!stack || !(focused instanceof HTMLElement) || focused === document.body || stack.contains(focused)) return;
    // Measured where the stack would sit at the bottom, whichever edge it is at now.
    const box = stack.getBoundingClientRect();
    if (!atTopNow.current) bottomGap.current = window.innerHeight - box.bottom;
    const gap = bottomGap.current ?? 0;
    const bottom = new DOMRect(box.left, window.innerHeight - gap - box.height, box.width, box.height);
    const next = box.height > 0 && overlap(bottom, focused.getBoundingClientRect());
    if (next === atTopNow.current) return;
    atTopNow.current = next;
    setAtTop(next);
  }, []);

  useLayoutEffect(place, [toasts, place]);
  useEffect(() => {
    document.addEventListener('focusin', place);
    window.addEventListener('resize', place);
    return () => {
      document.removeEventListener('focusin', place);
      window.removeEventListener('resize', place);
    };
  }, [place]);
  useEffect(() => {
    if (toasts.length === 0) {
      hold(false);
      pointerIn.current = false;
    }
  }, [toasts, hold]);

  const leave = (id: number) => {
    const back = cameFrom.current;
    dismiss(id);
    if (ref.current?.contains(document.activeElement) || document.activeElement === document.body) {
      if (back?.isConnected) back.focus({ preventScroll: true });
      else document.getElementById('main')?.focus({ preventScroll: true });
    }
  };

  return (
    <div
      ref={ref}
      className={`toasts${atTop ? ' toasts-top' : ''}`}
      aria-live="polite"
      onFocus={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null))
          cameFrom.current = e.relatedTarget instanceof HTMLElement ? e.relatedTarget : null;
        hold(true);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null) && !pointerIn.current) hold(false);
      }}
      onPointerEnter={() => ((pointerIn.current = true), hold(true))}
      onPointerLeave={(e) => {
        pointerIn.current = false;
        if (!e.currentTarget.contains(document.activeElement)) hold(false);
      }}
    >
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              onClick={() => {
                toast.action!.run();
                leave(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={() => leave(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
