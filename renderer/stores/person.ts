import { create } from 'zustand';
import type { ContactState, PersonRecord, Touch } from '../../api/contract';
import { call } from '../api';
import type { LoadStatus } from './lists';

type StateView = ContactState & { summary: string; timezone: string };

interface PersonState {
  personId: string | null;
  /** The person with their applications and interviews. */
  person: PersonRecord | null;
  contact: StateView | null;
  touches: Touch[];
  status: LoadStatus;
  error: string | null;
  /** Bumped after every load (a contact logged, an application added), so checks that depend on them run again. */
  revision: number;
  load(personId: string): Promise<void>;
  reset(): void;
}

const initial = {
  personId: null,
  person: null,
  contact: null,
  touches: [],
  status: 'idle' as LoadStatus,
  error: null,
  revision: 0,
};

export const usePersonStore = create<PersonState>((set, get) => ({
  ...initial,
  async load(personId) {
    if (get().personId !== personId) set({ ...initial, personId, status: 'loading' });
    const [person, contact, touches] = await Promise.all([
      call('people.get', { id: personId }),
      call('followups.state', { personId }),
      call('touches.list', { personId }),
    ]);
    if (get().personId !== personId) return;
    if (!person.ok) return set({ status: 'error', error: person.error.message });
    if (!contact.ok) return set({ status: 'error', error: contact.error.message });
    if (!touches.ok) return set({ status: 'error', error: touches.error.message });
    set({
      person: person.value,
      contact: contact.value,
      touches: touches.value,
      status: 'ready',
      revision: get().revision + 1,
    });
  },
  reset() {
    set(initial);
  },
}));
