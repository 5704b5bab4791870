import { useEffect, useState } from 'react';
import type { PersonRecord } from '../../api/contract';
import { NewApplicationDialog } from '../board/NewApplicationDialog';
import { ScheduleDialog } from '../interviews/ScheduleDialog';
import { href } from '../router';
import { usePositionsStore } from '../stores/lists';
import { useToastStore } from '../stores/toasts';
import { isOpen } from './Applications';

/**
 * What a recruiter does from a person's page, first: put a candidate forward for a position, schedule their
 * interview, log a contact. Editing their details comes last, quieter. `schedule` is a request from the
 * palette (a fresh number each time); `onLog` takes the recruiter to the Log a contact form.
 */
export function RecordActions({
  person,
  schedule,
  onLog,
  onChanged,
}: {
  person: PersonRecord;
  schedule?: number | undefined;
  onLog(): void;
  onChanged(): void;
}) {
  const [adding, setAdding] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const candidate = person.kind === 'candidate';
  const open = person.applications.filter(isOpen);

  const notInPipeline = () =>
    useToastStore
      .getState()
      .show(`${person.name} is not in the pipeline yet. Add them to a position first, then schedule the interview.`);
  function askToSchedule() {
    if (open.length > 0) setScheduling(true);
    else notInPipeline();
  }
  // Asked for from the palette: the dialog opens once for each request, or the toast says why it cannot.
  const [seenRequest, setSeenRequest] = useState<number>();
  const requested = schedule !== undefined && candidate;
  if (schedule !== seenRequest) {
    setSeenRequest(schedule);
    if (requested && open.length > 0) setScheduling(true);
  }
  useEffect(() => {
    if (requested && open.length === 0) notInPipeline();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new request speaks again
  }, [schedule]);

  function addToPosition() {
    // The dialog offers the open positions from the shared list, which this screen may not have read yet.
    void usePositionsStore.getState().load();
    setAdding(true);
  }

  return (
    <>
      {candidate && (
        <>
          <button type="button" className="button button-primary" onClick={addToPosition}>
            Add to a position
          </button>
          <button type="button" className="button" onClick={askToSchedule}>
            Schedule interview
          </button>
        </>
      )}
      <button type="button" className={candidate ? 'button' : 'button button-primary'} onClick={onLog}>
        Log a contact
      </button>
      <a className="button button-quiet" href={href('people', person.id, { edit: '1' })}>
        Edit details
      </a>
      {adding && (
        <NewApplicationDialog
          defaultPositionId=""
          candidate={{ ...person, inPositionIds: open.map((a) => a.positionId) }}
          onAdded={onChanged}
          onDone={() => setAdding(false)}
        />
      )}
      {scheduling && <ScheduleDialog candidate={person} applications={open} onClose={() => setScheduling(false)} />}
    </>
  );
}
