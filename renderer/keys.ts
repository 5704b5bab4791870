/** A text field, menu or editable area: its keys (Ctrl+Z, ?) are its own, not the app's shortcuts. */
export function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}
