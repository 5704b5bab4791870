import { useEffect, useId, useMemo, useState } from 'react';
import type { QueueItem, SearchHit } from '../../api/contract';
import { NAV, navigate } from '../router';
import { filterRoute, useSavedFiltersStore } from '../stores/savedFilters';
import { useSessionStore } from '../stores/session';
import { useRpc } from '../useRpc';
import { useModal } from './ui';

interface Command {
  key: string;
  label: string;
  hint: string;
  /** A second line: where the words were found. */
  detail?: string;
  /** It asks a next question in the palette instead of closing it. */
  keepOpen?: boolean;
  run(): void;
}

/** Actions that first ask for whom: the palette then lists people, or the debriefs due. */
type Mode = 'log' | 'schedule' | 'task' | 'debrief';

const MODES: Record<Mode, { label: string; prompt: string }> = {
  log: { label: 'Log a contact…', prompt: 'Log a contact with whom? Type a name…' },
  schedule: { label: 'Schedule an interview…', prompt: 'Schedule an interview for which candidate? Type a name…' },
  task: { label: 'Add a task for…', prompt: 'Add a task for whom? Type a name…' },
  debrief: { label: 'Record a debrief…', prompt: 'Which debrief? Type to filter…' },
};

const ACTIONS: Command[] = [
  {
    key: 'new-candidate',
    label: 'New candidate',
    hint: 'Action',
    run: () => navigate('people', 'new', { kind: 'candidate' }),
  },
  {
    key: 'new-contact',
    label: 'New client contact',
    hint: 'Action',
    run: () => navigate('people', 'new', { kind: 'contact' }),
  },
  { key: 'lock', label: 'Lock the profile', hint: 'Ctrl+L', run: () => void useSessionStore.getState().lockAsked() },
  ...NAV.map((g) => ({
    key: `go-${g.screen}`,
    label: `Go to ${g.label}`,
    hint: 'Screen',
    run: () => navigate(g.screen),
  })),
];

const TYPE_LABELS: Record<SearchHit['type'], string> = {
  person: 'Person',
  company: 'Company',
  position: 'Position',
  touch: 'Contact',
};

function open(hit: SearchHit): void {
  if (hit.type === 'person') navigate('people', hit.id);
  else if (hit.type === 'company') navigate('companies', hit.id);
  else if (hit.type === 'position') navigate('positions', hit.id);
  else if (hit.personId) navigate('people', hit.personId);
}

/** Ctrl+K (⌘K): find anyone or anything by typing, or run an action, without the mouse. */
export function CommandPalette({ onClose, onShortcuts }: { onClose(): void; onShortcuts(): void }) {
  const [text, setText] = useState('');
  const [mode, setMode] = useState<Mode | null>(null);
  const [active, setActive] = useState(0);
  const dialog = useModal();
  const listId = useId();
  const savedFilters = useSavedFiltersStore((s) => s.filters);
  useEffect(() => {
    void useSavedFiltersStore.getState().load();
  }, []);

  const searching = text.trim() !== '' && mode !== 'debrief';
  const search = useRpc('search.query', { text, limit: 12 }, [], { enabled: searching, delayMs: 100 });
  const hits = useMemo(() => search.data ?? [], [search.data]);
  const debriefsDue = useRpc('queue.today', {}, [], { enabled: mode === 'debrief' });
  const debriefs = useMemo(() => {
    if (debriefsDue.status === 'error') return [];
    return debriefsDue.data?.filter((i) => i.type === 'debrief-due') ?? null;
  }, [debriefsDue]);

  const enter = (next: Mode | null) => {
    setMode(next);
    setText('');
    setActive(0);
  };

  const commands = useMemo<Command[]>(() => {
    const needle = text.trim().toLowerCase();
    if (mode === 'debrief') {
      return (debriefs ?? [])
        .filter((i) => !needle || `${i.personName} ${i.positionTitle ?? ''}`.toLowerCase().includes(needle))
        .map((i) => ({
          key: i.interviewId ?? i.personId,
          label: i.personName,
          hint: i.positionTitle ?? 'Debrief',
          detail: i.reason,
          run: () => navigate('interviews', i.interviewId, { debrief: '1' }),
        }));
    }
    if (mode) {
      const people = needle ? hits.filter((h) => h.type === 'person') : [];
      return people.map((h) => ({
        key: h.id,
        label: h.title,
        hint: MODES[mode].label.replace('…', ''),
        run: () => navigate('people', h.id, { do: mode, n: String(Date.now()) }),
      }));
    }
    const found = needle
      ? hits.map((h) => ({
          key: `${h.type}-${h.id}`,
          label: h.title,
          hint: TYPE_LABELS[h.type],
          // A contact's words, or the words of the document (a CV) a person was found by.
          detail: h.type === 'touch' || h.inDocument ? h.snippet : undefined,
          run: () => open(h),
        }))
      : [];
    const actions: Command[] = [
      ...(Object.keys(MODES) as Mode[]).map((m) => ({
        key: m,
        label: MODES[m].label,
        hint: 'Action',
        keepOpen: true,
        run: () => enter(m),
      })),
      ...ACTIONS,
      { key: 'shortcuts', label: 'Keyboard shortcuts', hint: '?', run: onShortcuts },
    ];
    // The recruiter's own saved filters come first: their names are what was typed to reach them.
    const filters: Command[] = savedFilters.map((f) => {
      const { screen, params } = filterRoute(f);
      return {
        key: `filter-${f.id}`,
        label: `Open saved filter: ${f.name}`,
        hint: screen === 'people' ? 'People' : 'Pipeline',
        run: () => navigate(screen, null, params),
      };
    });
    const named = (c: Command) => !needle || c.label.toLowerCase().includes(needle);
    return [...filters.filter(named), ...found, ...actions.filter(named)];
  }, [hits, text, mode, debriefs, onShortcuts, savedFilters]);

  const run = (command: Command | undefined) => {
    if (!command) return;
    if (!command.keepOpen) onClose();
    command.run();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog palette"
      aria-label="Find or do"
      onCancel={(e) => {
        e.preventDefault();
        // Escape steps back out of an action first, then closes.
        if (mode) enter(null);
        else onClose();
      }}
    >
      {mode && <p className="palette-mode">{MODES[mode].label.replace('…', '')}</p>}
      <input
        // A new input for each question, so it takes the focus again.
        key={mode ?? 'all'}
        className="palette-input"
        autoFocus
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={commands[active] ? `${listId}-${active}` : undefined}
        aria-label={mode ? MODES[mode].prompt : 'Find a person, company or position, or an action'}
        placeholder={mode ? MODES[mode].prompt : 'Find a person, company or position, or an action…'}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
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
            <span className="palette-label">
              {c.label}
              {c.detail && <span className="muted small palette-detail">{c.detail}</span>}
            </span>
            <span className="muted small">{c.hint}</span>
          </li>
        ))}
        {commands.length === 0 && <li className="muted palette-empty">{emptyText(mode, text, debriefs)}</li>}
      </ul>
    </dialog>
  );
}

function emptyText(mode: Mode | null, text: string, debriefs: QueueItem[] | null): string {
  if (mode === 'debrief')
    return debriefs === null
      ? 'Loading…'
      : debriefs.length === 0
        ? 'No debriefs are due. They appear here when an interview ends.'
        : 'No due debrief matches. Try another name.';
  if (mode && !text.trim()) return 'Type a few letters of their name.';
  return mode ? 'No one by that name. Try another spelling.' : 'Nothing found. Try another word.';
}
