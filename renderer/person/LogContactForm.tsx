import { useEffect, useRef, useState } from 'react';
import {
  TOUCH_CHANNELS,
  TOUCH_KINDS,
  TOUCH_OUTCOMES,
  type Direction,
  type Envelope,
  type Output,
  type Person,
  type TouchChannel,
  type TouchKind,
  type TouchOutcome,
} from '../../api/contract';
import { call } from '../api';
import { ChoiceField, Field, FormError, useSave } from '../components/ui';
import { usePersonStore } from '../stores/person';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { CHANNEL_LABELS, fromZonedInput, KIND_LABELS, OUTCOME_LABELS, toLocalInput, toZonedInput } from './labels';
import { AgreedDateField } from './AgreedDateField';
import { ReadingPanel } from './ReadingPanel';
import { useReplyReading } from './useReplyReading';
import { VerdictPanel } from './VerdictPanel';

interface Draft {
  direction: Direction;
  channel: TouchChannel;
  kind: TouchKind;
  outcome: TouchOutcome;
  at: string;
  /**
   * The recruiter chose the time. Until then the field follows the clock, and the check and the log ask for "now"
   * by the host's clock, so a contact is never logged, or checked, as earlier than one just made.
   */
  atChosen: boolean;
  summary: string;
  /** Their wall time (datetime-local), once the recruiter typed one; until then the reader's date stands. */
  agreedNextAt: string | null;
  overrideReason: string;
}

const fresh = (kind: TouchKind): Draft => ({
  direction: 'out',
  channel: 'email',
  kind,
  outcome: 'sent',
  at: toLocalInput(new Date()),
  atChosen: false,
  summary: '',
  agreedNextAt: null,
  overrideReason: '',
});
const asInstant = (local: string) => (local ? new Date(local).toISOString() : '');

/** Log a contact. Outbound contact is checked live against the rules as channel, kind and time change. */
export function LogContactForm({
  person,
  revision,
  focus,
  onLogged,
}: {
  person: Person;
  revision: number;
  focus?: number | undefined;
  onLogged(): void;
}) {
  // The opening message to someone never contacted is a first contact; after it, follow-ups.
  const outKind: TouchKind = usePersonStore((st) => st.touches.length === 0) ? 'first-contact' : 'follow-up';
  const [draft, setDraft] = useState<Draft>(() => fresh(outKind));
  const section = useRef<HTMLElement>(null);
  // Asked for from the palette (a fresh number each time): start typing straight away.
  useEffect(() => {
    if (!focus) return;
    const first = section.current?.querySelector<HTMLElement>('input:checked');
    first?.focus();
    first?.scrollIntoView({ block: 'center' });
  }, [focus]);
  // Left to the clock, the time moves on with it: after another contact is logged (the revision) and each minute.
  useEffect(() => {
    const now = () => setDraft((d) => (d.atChosen ? d : { ...d, at: toLocalInput(new Date()) }));
    now();
    const timer = window.setInterval(now, 60_000);
    return () => window.clearInterval(timer);
  }, [revision]);
  const { busy, fieldErrors, formError, save } = useSave();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const chosenAt = draft.atChosen ? { at: asInstant(draft.at) } : {};
  const check = { personId: person.id, channel: draft.channel, kind: draft.kind, ...chosenAt };
  const checking = draft.direction === 'out' && draft.at !== '';
  const verdict =
    useRpc('followups.check', check, [revision, draft.at], { enabled: checking, delayMs: 150 }).data ?? null;

  // Their words are read as they are typed, and what was read is shown before saving.
  const zone = person.timezone ?? 'UTC';
  const reply = useReplyReading(draft.summary, asInstant(draft.at), zone, draft.direction === 'in');
  const { reading, shown } = reply;

  const outbound = draft.direction === 'out';
  const shownVerdict = outbound ? verdict : null;
  const blocked = shownVerdict?.verdict === 'blocked';
  const conversation =
    (draft.direction === 'in' || draft.outcome === 'connected' || draft.outcome === 'replied') && shown !== 'stop';
  // The follow-up date in their wall time: the recruiter's, else the one the reader found in their words.
  const readDate = reading?.until && shown !== 'stop' ? toZonedInput(reading.until, zone) : '';
  const agreedInput = draft.agreedNextAt ?? readDate;
  const agreedAt = conversation && agreedInput ? fromZonedInput(agreedInput, zone) : '';

  function submit(e: React.FormEvent) {
    e.preventDefault();
    void save(
      async (): Promise<Envelope<Output<'touches.log'>>> => {
        const focusQuestion = () => section.current?.querySelector<HTMLElement>('[data-stop-question]')?.focus();
        const confirmed = await reply.confirm(focusQuestion);
        if (confirmed && !confirmed.ok) return confirmed;
        return call('touches.log', {
          personId: person.id,
          ...chosenAt,
          channel: draft.channel,
          direction: draft.direction,
          kind: draft.kind,
          outcome: draft.outcome,
          summary: draft.summary,
          // What they meant as the recruiter confirmed it, beside what the reader read, so corrections are counted.
          ...(confirmed ? confirmed.value : {}),
          agreedNextAt: agreedAt || null,
          ...(blocked ? { override: { reason: draft.overrideReason } } : {}),
        });
      },
      (touch) => {
        const logged = touch.flagged ? 'Logged, and flagged with your reason.' : 'Contact logged.';
        useToastStore
          .getState()
          .show(touch.warnings.length ? `${logged} ${touch.warnings.map((w) => w.message).join(' ')}` : logged);
        setDraft(fresh('follow-up'));
        reply.reset();
        onLogged();
      },
    );
  }

  return (
    <section ref={section} className="panel" aria-labelledby="log-contact-title">
      <h2 id="log-contact-title">Log a contact</h2>
      <form className="log-form" onSubmit={submit} noValidate>
        <fieldset className="segmented" aria-label="Who reached out">
          {(['out', 'in'] as const).map((d) => (
            <label key={d} className={draft.direction === d ? 'selected' : ''}>
              <input
                type="radio"
                name="direction"
                checked={draft.direction === d}
                onChange={() =>
                  setDraft((x) => ({
                    ...x,
                    direction: d,
                    kind: d === 'in' ? 'reply' : outKind,
                    outcome: d === 'in' ? 'replied' : 'sent',
                  }))
                }
              />
              {d === 'out' ? 'I reached out' : 'They reached out'}
            </label>
          ))}
        </fieldset>
        <div className="grid-2">
          <ChoiceField
            label="How"
            value={draft.channel}
            choices={TOUCH_CHANNELS}
            labels={CHANNEL_LABELS}
            onChange={(v) => set('channel', v)}
            error={fieldErrors.channel}
          />
          <Field
            label="When"
            error={fieldErrors.at}
            hint="Your time. Contacts that already happened can be logged too."
          >
            {(a) => (
              <input
                {...a}
                type="datetime-local"
                value={draft.at}
                onChange={(e) => setDraft((d) => ({ ...d, at: e.target.value, atChosen: true }))}
              />
            )}
          </Field>
          <ChoiceField
            label="What kind"
            value={draft.kind}
            choices={TOUCH_KINDS}
            labels={KIND_LABELS}
            onChange={(v) => set('kind', v)}
            error={fieldErrors.kind}
          />
          <ChoiceField
            label="How it went"
            value={draft.outcome}
            choices={TOUCH_OUTCOMES}
            labels={OUTCOME_LABELS}
            onChange={(v) => set('outcome', v)}
            error={fieldErrors.outcome}
          />
        </div>
        <Field
          label={draft.direction === 'in' ? 'What they said' : 'Notes'}
          error={fieldErrors.summary}
          hint={
            draft.direction === 'in'
              ? 'Politely reads their words and shows what it read before you log it.'
              : undefined
          }
        >
          {(a) => <textarea {...a} rows={3} value={draft.summary} onChange={(e) => set('summary', e.target.value)} />}
        </Field>
        {reply.reads && (
          <ReadingPanel
            reading={reading}
            shown={shown ?? 'neutral'}
            onChoose={reply.choose}
            stopAnswer={reply.stopAnswer}
            onStopAnswer={reply.answerStop}
            stopError={fieldErrors.stopAnswer}
            date={agreedAt || null}
            dateEdited={draft.agreedNextAt !== null}
            zone={zone}
          />
        )}
        {conversation && (
          <AgreedDateField
            value={agreedInput}
            zone={zone}
            error={fieldErrors.agreedNextAt}
            onChange={(value) => set('agreedNextAt', value)}
          />
        )}
        {shownVerdict && <VerdictPanel verdict={shownVerdict} zone={zone} at={chosenAt.at} />}
        {blocked && (
          <Field
            label="Log it anyway: why was this contact right?"
            error={fieldErrors.override}
            hint="It will be kept, flagged, and listed in reports."
          >
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={draft.overrideReason}
                onChange={(e) => set('overrideReason', e.target.value)}
              />
            )}
          </Field>
        )}
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className={`button ${blocked ? 'button-danger' : 'button-primary'}`} disabled={busy}>
            {busy ? 'Logging…' : blocked ? 'Log with my reason' : 'Log contact'}
          </button>
        </div>
      </form>
    </section>
  );
}
