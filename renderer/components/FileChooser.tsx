import type { ReactNode } from 'react';
import { isDesktop, openFile, type ChosenFile, type OpenKind } from '../api';

/**
 * Choosing a file: in the desktop app the main process's open dialog (the page never learns the path), in browser
 * mode the page's own file input.
 */
export function FileChooser({
  kind,
  accept,
  className,
  disabled,
  children,
  onChosen,
  onError,
}: {
  kind: OpenKind;
  accept: string;
  className: string;
  disabled?: boolean;
  children: ReactNode;
  onChosen(chosen: ChosenFile): void;
  onError(message: string): void;
}) {
  if (isDesktop()) {
    const choose = async () => {
      const chosen = await openFile(kind);
      if (!chosen.ok) onError(chosen.error.message);
      else if (chosen.value) onChosen(chosen.value);
    };
    return (
      <button type="button" className={className} disabled={disabled} onClick={() => void choose()}>
        {children}
      </button>
    );
  }
  return (
    // The input is hidden inside its label (which holds it in place: a hidden input elsewhere would scroll the page
    // away when it takes focus), and the label shows the focus ring the input cannot.
    <label className={`${className} file-chooser`}>
      {children}
      <input
        type="file"
        className="sr-only"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) is noticed.
          e.target.value = '';
          if (file) onChosen({ name: file.name, file });
        }}
      />
    </label>
  );
}
