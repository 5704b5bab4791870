import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../api/contract';
import { call } from '../api';
import { NAV, navigate } from '../router';
import { useSessionStore } from '../stores/session';

interface Command {
  key: string;
  label: string;
  hint: string;
  run(): void;
}

const ACTIONS: Command[] = [
  { key: 'new-candidate', label: 'New candidate', hint: 'Action', run: () => navigate('people', 'new', { kind: 'candidate' }) },
  { key: 'new-contact', label: 'New client contact', hint: 'Action', run: () => navigate('people', 'new', { kind: 'contact' }) },
  { key: 'lock', label: 'Lock the profile', hint: 'Ctrl+L', run: () => void useSessionStore.getState().lock() },
  ...NAV.map((g) => ({ key: `go-${g.screen}`, label: `Go to ${g.label}`, hint: 'Screen', run: () => navigate(g.screen) })),
];

const TYPE_LABELS: Record<SearchHit['type'], string> = { person: 'Person', company: 'Company', position: 'Position', touch: 'Contact' };

function open(hit: SearchHit): void {
  if (hit.type === 'person') navigate('people', hit.id);
  else if (hit.type === 'company') navigate('companies', hit.id);
  else if (hit.type === 'position') navigate('positions', hit.id);
}

/** Ctrl+K (⌘K): find anyone or anything by typing, or run an action, without the mouse. */
export function CommandPalette({ onClose }: { onClose(): void }) {
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [active, setActive] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const listId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      if (!text.trim()) return;
      void call('search.query', { text, limit: 12 }).then((r) => current && r.ok && setHits(r.value.filter((h) => h.type !== 'touch')));
    }, 100);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text]);

  const commands = useMemo<Command[]>(() => {
    const needle = text.trim().toLowerCase();
    const found = needle
      ? hits.map((h) => ({ key: `${h.type}-${h.id}`, label: h.title, hint: TYPE_LABELS[h.type], run: () => open(h) }))
      : [];
    const actions = ACTIONS.filter((a) => !needle || a.label.toLowerCase().includes(needle));
    return [...found, ...actions];
  }, [hits, text]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    onClose();
    command.run();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog palette"
      aria-label="Find or do"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <input
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={commands[active] ? `${listId}-${active}` : undefined}
        aria-label="Find a person, company or position, or an action"
        placeholder="Find a person, company or position, or an action…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          if (!e.target.value.trim()) setHits([]);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, commands.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') run(commands[active]);
          else return;
          e.preventDefault();
        }}
      />
      <ul id={listId} role="listbox" className="palette-list">
        {commands.map((c, i) => (
          <li
            key={c.key}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : ''}
            onMouseEnter={() => setActive(i)}
            onClick={() => run(c)}
          >
            <span>{c.label}</span>
            <span className="muted small">{c.hint}</span>
          </li>
        ))}
        {commands.length === 0 && <li className="muted palette-empty">Nothing found. Try another word.</li>}
      </ul>
    </dialog>
  );
}
