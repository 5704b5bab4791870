import { useId, useState, type KeyboardEvent } from 'react';
import { tagKey } from '../../api/contract';

export interface TagInputProps {
  /** What the tags are, for the field's name: "Tags", "Filter by tags". */
  label: string;
  tags: readonly string[];
  onChange(tags: string[]): void;
  /** Tags in use, offered while typing. */
  suggestions: readonly string[];
  placeholder?: string;
  /** The id of an error shown under the field. */
  errorId?: string | undefined;
}

/**
 * Tags as removable chips and a field to type more: Enter or a comma adds what is typed, Backspace in the empty field
 * removes the last tag, each tag's button removes it. Choosing a suggestion adds it. The backend judges each tag; this
 * only keeps a tag from being added twice.
 */
export function TagInput({ label, tags, onChange, suggestions, placeholder, errorId }: TagInputProps) {
  const [text, setText] = useState('');
  const listId = useId();
  const have = new Set(tags.map(tagKey));
  const add = (words: string[]) => {
    const fresh = words.map((w) => w.trim()).filter((w) => w && !have.has(tagKey(w)));
    const unique = fresh.filter((w, i) => fresh.findIndex((x) => tagKey(x) === tagKey(w)) === i);
    if (unique.length) onChange([...tags, ...unique]);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      // Enter with nothing typed is left alone, so it still submits a form around the field.
      if (e.key === 'Enter' && !text.trim()) return;
      e.preventDefault();
      add([text]);
      setText('');
    } else if (e.key === 'Backspace' && text === '' && tags.length) {
      e.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };
  return (
    <div className="tag-input">
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={label}>
          {tags.map((tag) => (
            <li key={tagKey(tag)} className="tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove ${tag}`}
                title={`Remove ${tag}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        className="tag-field"
        aria-label={label}
        aria-describedby={errorId}
        list={listId}
        value={text}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        onKeyDown={onKeyDown}
        onChange={(e) => {
          const value = e.target.value;
          const chosen = (e.nativeEvent as InputEvent).inputType === 'insertReplacementText';
          // A suggestion chosen from the list, or text pasted with commas, goes in at once.
          if (chosen && suggestions.includes(value)) {
            add([value]);
            setText('');
          } else if (value.includes(',')) {
            const parts = value.split(',');
            add(parts.slice(0, -1));
            setText(parts.at(-1) ?? '');
          } else setText(value);
        }}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !have.has(tagKey(s)))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
    </div>
  );
}
