import type { Person } from '../../api/contract';
import { renderPersonReport } from '../../core/personReport';
import { call } from '../api';
import { useConfirm, type ConfirmRequest } from '../components/ConfirmDialog';
import { download } from '../interviews/format';
import { navigate } from '../router';
import { usePeopleStore } from '../stores/lists';
import { useToastStore } from '../stores/toasts';

const fileSafe = (name: string) =>
  name
    .replace(/[^\p{L}\p{N} ._-]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim() || 'person';

/** Downloads everything kept about one person, as readable JSON: what to send when they ask. */
export async function exportPersonData(person: Pick<Person, 'id' | 'name'>): Promise<void> {
  const result = await call('io.exportPerson', { id: person.id });
  if (!result.ok) return useToastStore.getState().show(result.error.message, 'error');
  download({
    fileName: `Politely data - ${fileSafe(person.name)}.json`,
    mime: 'application/json',
    encoding: 'utf8',
    content: `${JSON.stringify(result.value, null, 2)}\n`,
  });
}

/** The same, as a page to print or send. */
export async function printPersonData(person: Pick<Person, 'id' | 'name'>): Promise<void> {
  const result = await call('io.exportPerson', { id: person.id });
  if (!result.ok) return useToastStore.getState().show(result.error.message, 'error');
  download({
    fileName: `Politely data - ${fileSafe(person.name)}.html`,
    mime: 'text/html',
    encoding: 'utf8',
    content: renderPersonReport(person.name, result.value.exportedAt, result.value.data),
  });
}

/** Erases a person and everything linked to them, once `ask` has their plain yes. Returns whether it happened. */
export async function erasePersonData(
  person: Pick<Person, 'id' | 'name'>,
  ask: (request: ConfirmRequest) => Promise<boolean>,
): Promise<boolean> {
  const sure = await ask({
    title: `Erase ${person.name}?`,
    body: (
      <p>
        Their details, every contact with them, their applications, interviews, prep and debriefs are removed for good.
        Only a note that an erasure happened is kept.
      </p>
    ),
    action: `Erase ${person.name}`,
  });
  if (!sure) return false;
  const result = await call('io.erasePerson', { id: person.id });
  if (!result.ok) {
    useToastStore.getState().show(result.error.message, 'error');
    return false;
  }
  void usePeopleStore.getState().load();
  useToastStore.getState().show(`${person.name} has been erased.`);
  return true;
}

export function PersonDataActions({ person }: { person: Person }) {
  const { dialog, ask } = useConfirm();
  return (
    <>
      {dialog}
      <button type="button" className="button" onClick={() => void exportPersonData(person)}>
        Export their data
      </button>
      <button type="button" className="button" onClick={() => void printPersonData(person)}>
        Printable page
      </button>
      <button
        type="button"
        className="button button-danger"
        onClick={() =>
          void erasePersonData(person, ask).then((erased) => erased && navigate('people', null, { kind: person.kind }))
        }
      >
        Erase…
      </button>
    </>
  );
}
