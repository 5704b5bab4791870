import { useState } from 'react';
import type { InterviewDetail } from '../../api/contract';
import { call } from '../api';
import { TimeZoneField } from '../components/TimeZoneField';
import { Dialog, Field, FormError, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { download, interviewTime, startInstant, wallClockValue } from './format';
import { DurationField } from './DurationField';
import { ZoneTimes, type Party } from './ZoneTimes';

/** The interview's calendar file, its SEQUENCE raised by the move, so the candidate's calendar takes the new time. */
async function saveInvite(interviewId: string): Promise<void> {
  const result = await call('prep.exportPacket', { interviewId, format: 'ics' });
  if (result.ok) download(result.value);
  else useToastStore.getState().show(result.error.message, 'error');
}

/** Moves an interview to another time; closes with the moved interview, or with nothing. */
export function RescheduleDialog({
  interview,
  onClose,
}: {
  interview: InterviewDetail;
  onClose(next?: InterviewDetail): void;
}) {
  const [when, setWhen] = useState(wallClockValue(interview.startsAt, interview.timezone));
  const [timezone, setTimezone] = useState(interview.timezone);
  const [duration, setDuration] = useState(String(interview.durationMinutes));
  const { busy, fieldErrors, formError, save } = useSave();
  // The interviewers' zones live on them as client contacts; the interview names them only.
  const contactList = useRpc('people.list', { kind: 'contact' });
  const contacts = contactList.data?.people ?? [];
  const parties: Party[] = [
    { id: interview.candidateId, name: interview.candidateName, timezone: interview.candidateTimezone },
    ...interview.interviewers.map((i) => ({ ...i, timezone: contacts.find((c) => c.id === i.id)?.timezone ?? null })),
  ];
  const startsAt = startInstant(when, timezone);
  return (
    <Dialog title="Reschedule the interview" onClose={() => onClose()}>
      <form
        className="form-stack"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(
            () =>
              call('interviews.reschedule', {
                id: interview.id,
                startsAt: startsAt ?? '',
                timezone,
                durationMinutes: Number(duration),
              }),
            (next) => {
              useToastStore
                .getState()
                .show(
                  `Interview moved to ${interviewTime(next, new Date())}. Save the updated invite and send it to ${next.candidateName}, so their calendar moves it too.`,
                  'info',
                  undefined,
                  { label: 'Save the updated invite', run: () => void saveInvite(next.id) },
                );
              onClose(next);
            },
          );
        }}
      >
        <Field
          label="Starts"
          error={fieldErrors.startsAt}
          hint="The time on the clock where the interview happens."
          required
        >
          {(a) => <input {...a} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />}
        </Field>
        <div className="grid-2">
          <TimeZoneField
            label="Interview time zone"
            value={timezone}
            onChange={setTimezone}
            error={fieldErrors.timezone}
            required
          />
          <DurationField value={duration} onChange={setDuration} error={fieldErrors.durationMinutes} />
        </div>
        <ZoneTimes startsAt={startsAt} timezone={timezone} parties={parties} />
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Moving…' : 'Move the interview'}
          </button>
          <button type="button" className="button" onClick={() => onClose()}>
            Keep the time
          </button>
        </div>
      </form>
    </Dialog>
  );
}
