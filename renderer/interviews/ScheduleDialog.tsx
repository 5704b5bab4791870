import { useMemo, useState } from 'react';
import { INTERVIEW_FORMATS, type BoardCard, type InterviewFormat, type Person } from '../../api/contract';
import { interviewZone } from '../../core/interviewZone';
import { call } from '../api';
import { TimeZoneField } from '../components/TimeZoneField';
import { ChoiceField, Dialog, Field, FormError, useSave } from '../components/ui';
import { navigate } from '../router';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { FORMAT_LABELS, startInstant } from './format';
import { DurationField } from './DurationField';
import { ZoneTimes, type Party } from './ZoneTimes';

/** The recruiter's own zone: where an interview happens when neither the position nor its client says. */
const recruiterZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Schedule an interview for one of the candidate's open applications; prep starts with it. */
export function ScheduleDialog({
  candidate,
  applications,
  onClose,
}: {
  candidate: Person;
  /** The candidate's open applications: from the board or from their record. */
  applications: Pick<BoardCard, 'id' | 'positionId' | 'positionTitle' | 'companyName'>[];
  onClose(): void;
}) {
  const [applicationId, setApplicationId] = useState(applications[0]?.id ?? '');
  const [when, setWhen] = useState('');
  // Null until the recruiter types a zone: until then it follows where the chosen application's interview happens.
  const [typedZone, setTypedZone] = useState<string | null>(null);
  const [duration, setDuration] = useState('60');
  const [format, setFormat] = useState<InterviewFormat>('onsite');
  const [place, setPlace] = useState('');
  const [interviewerIds, setInterviewerIds] = useState<string[]>([]);
  const { busy, fieldErrors, formError, save } = useSave();

  const contactList = useRpc('people.list', { kind: 'contact' });
  const contacts = useMemo(() => contactList.data?.people ?? [], [contactList.data]);

  const where = useInterviewZone(applications.find((a) => a.id === applicationId)?.positionId ?? '');
  const timezone = typedZone ?? where.zone ?? '';
  const startsAt = startInstant(when, timezone);
  const parties: Party[] = [candidate, ...interviewerIds.flatMap((id) => contacts.filter((c) => c.id === id))];

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void save(
      () =>
        call('interviews.schedule', {
          applicationId,
          startsAt: startsAt ?? '',
          timezone,
          durationMinutes: Number(duration),
          format,
          place,
          interviewerIds,
        }),
      (interview) => {
        useToastStore.getState().show(`Round ${interview.round} scheduled. Prep is next.`);
        onClose();
        navigate('interviews', interview.id);
      },
    );
  }

  return (
    <Dialog title={`Schedule an interview for ${candidate.name}`} onClose={onClose}>
      <form className="form-stack" onSubmit={submit} noValidate>
        <Field label="Application" error={fieldErrors.applicationId} required>
          {(a) => (
            <select {...a} value={applicationId} onChange={(e) => setApplicationId(e.target.value)}>
              {applications.map((app) => (
                <option key={app.id} value={app.id}>
                  {app.positionTitle} at {app.companyName}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid-2">
          <Field
            label="Starts"
            error={fieldErrors.startsAt}
            hint="The time on the clock where the interview happens."
            required
          >
            {(a) => <input {...a} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />}
          </Field>
          <TimeZoneField
            label="Interview time zone"
            value={timezone}
            onChange={setTypedZone}
            error={fieldErrors.timezone}
            hint={typedZone === null ? where.hint : undefined}
            required
          />
        </div>
        <ZoneTimes startsAt={startsAt} timezone={timezone} parties={parties} />
        <div className="grid-2">
          <DurationField value={duration} onChange={setDuration} error={fieldErrors.durationMinutes} />
          <ChoiceField
            label="Format"
            value={format}
            choices={INTERVIEW_FORMATS}
            labels={FORMAT_LABELS}
            onChange={setFormat}
            error={fieldErrors.format}
          />
        </div>
        <Field
          label={format === 'video' ? 'Video link' : format === 'phone' ? 'Who calls whom, and the number' : 'Address'}
          error={fieldErrors.place}
        >
          {(a) => <input {...a} value={place} onChange={(e) => setPlace(e.target.value)} />}
        </Field>
        <fieldset className="check-list">
          <legend>Interviewers (client contacts)</legend>
          {contacts.length === 0 && (
            <p className="muted small">
              No client contacts yet. Add the hiring manager under People → Client contacts.
            </p>
          )}
          {contacts.map((c) => (
            <label key={c.id} className="check">
              <input
                type="checkbox"
                checked={interviewerIds.includes(c.id)}
                onChange={(e) =>
                  setInterviewerIds((ids) => (e.target.checked ? [...ids, c.id] : ids.filter((id) => id !== c.id)))
                }
              />
              {/* One run of text, so a narrow window wraps it as a line rather than in three cramped columns. */}
              <span>
                {c.name}
                {c.title ? <span className="muted"> · {c.title}</span> : null}
                {c.companyName ? <span className="muted"> · {c.companyName}</span> : null}
              </span>
            </label>
          ))}
          {fieldErrors.interviewerIds && (
            <p className="field-error" role="alert">
              {fieldErrors.interviewerIds}
            </p>
          )}
        </fieldset>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !applicationId}>
            {busy ? 'Scheduling…' : 'Schedule interview'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/**
 * Where the interview for `positionId` happens, and why: the position's zone, else its client's,
 * else the recruiter's. `zone` is null while the position and client are still being read.
 */
function useInterviewZone(positionId: string): { zone: string | null; hint: string } {
  const position = useRpc('positions.get', { id: positionId }, [], { enabled: positionId !== '' });
  // An answer about the position chosen before is not this one's: it is still being read.
  const current = position.data?.id === positionId ? position.data : undefined;
  const companyId = current?.companyId ?? '';
  const company = useRpc('companies.get', { id: companyId }, [], { enabled: companyId !== '' });
  const client = company.data?.id === companyId ? company.data : undefined;

  // A position or client that could not be read says nothing about the place: the recruiter's zone stands.
  const positionKnown = current !== undefined || position.status === 'error' || positionId === '';
  const companyKnown = companyId === '' || client !== undefined || company.status === 'error';
  if (!positionKnown || !companyKnown) return { zone: null, hint: 'Looking up where it happens…' };
  const { zone, from } = interviewZone(current, client, recruiterZone);
  const hint = {
    position: 'Where the position is.',
    company: `Where ${client?.name ?? 'the client'} is: the position has no zone of its own.`,
    recruiter: 'Yours: neither the position nor the client has a time zone.',
  }[from];
  return { zone, hint };
}
