import { useState } from 'react';
import { ACCEPTANCE_QUESTION, STAGE_LABELS, type InterviewDetail } from '../../api/contract';
import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { StrictAnswer } from '../components/StrictAnswer';
import { Field, PageHeader, useSave } from '../components/ui';
import { toLocalInput } from '../person/labels';
import { href } from '../router';
import { useToastStore } from '../stores/toasts';

interface Answers {
  calledAt: string;
  arrivalTime: string;
  durationMinutes: string;
  metWith: string;
  questionsAsked: string;
  answers: string;
  vibe: string;
  concerns: string;
}

/** The debrief call as a script: the questions in order, then the one question that takes only YES or NO. */
export function DebriefScreen({
  interview,
  onRecorded,
}: {
  interview: InterviewDetail;
  onRecorded(i: InterviewDetail): void;
}) {
  const [a, setA] = useState<Answers>({
    calledAt: toLocalInput(new Date()),
    arrivalTime: '',
    durationMinutes: String(interview.durationMinutes),
    metWith: '',
    questionsAsked: '',
    answers: '',
    vibe: '',
    concerns: '',
  });
  const [nextRound, setNextRound] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const { busy, fieldErrors, formError, save } = useSave();
  const { dialog, ask } = useConfirm();
  const set = (key: keyof Answers) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setA((x) => ({ ...x, [key]: e.target.value }));

  if (interview.debrief || outcome) {
    return (
      <div className="screen">
        <PageHeader
          title={`Debrief recorded: ${interview.candidateName}`}
          subtitle={`${interview.positionTitle} at ${interview.companyName}`}
        />
        <p className="banner banner-open" role="status">
          {outcome ?? `The answer was ${interview.debrief!.acceptance === 'yes' ? 'YES' : 'NO'}.`}
        </p>
        <div className="button-row">
          <a className="button button-primary" href={href('today')}>
            Back to Today
          </a>
          <a className="button" href={href('interviews', interview.id)}>
            Open the interview
          </a>
        </div>
      </div>
    );
  }

  const record = (acceptance: 'yes' | 'no', verbatim?: string) =>
    save(
      () =>
        call('debriefs.record', {
          interviewId: interview.id,
          calledAt: a.calledAt ? new Date(a.calledAt).toISOString() : '',
          arrivalTime: a.arrivalTime,
          durationMinutes: Number(a.durationMinutes),
          metWith: a.metWith,
          questionsAsked: a.questionsAsked,
          answers: a.answers,
          vibe: a.vibe,
          concerns: a.concerns,
          acceptance,
          ...(acceptance === 'no' && verbatim ? { acceptanceVerbatim: verbatim } : {}),
          next: nextRound ? 'next-round' : 'offer',
        }),
      (result) => {
        const where =
          result.application.stage === 'closed'
            ? 'The application is closed as declined at debrief, and they are in no-for-now.'
            : `The application moved to ${STAGE_LABELS[result.application.stage]}.`;
        const said = acceptance === 'yes' ? 'YES' : verbatim ? 'NO (they hedged; their words are kept)' : 'NO';
        setOutcome(`Recorded: ${said}. ${where}`);
        useToastStore.getState().show(`Debrief recorded: ${said}.`);
        onRecorded(result.interview);
      },
    );

  // A hedge closes the application for good, so it is said back to the recruiter before it is recorded.
  const confirmHedge = (words: string) =>
    ask({
      title: 'Record their answer as NO?',
      body: (
        <>
          <p>
            {interview.candidateName}’s application for {interview.positionTitle} at {interview.companyName} closes as
            declined at debrief. Their words are kept:
          </p>
          <blockquote className="hedge-words">{words}</blockquote>
          <p>They are then in no-for-now, and contact with them pauses.</p>
        </>
      ),
      action: 'Close the application as NO',
    });

  return (
    <div className="screen debrief">
      {dialog}
      <PageHeader
        title={`Debrief: ${interview.candidateName}`}
        subtitle={`Round ${interview.round} · ${interview.positionTitle} at ${interview.companyName}`}
      />
      <form
        className="panel debrief-script"
        onSubmit={(e) => e.preventDefault()}
        noValidate
        aria-labelledby="script-title"
      >
        <h2 id="script-title">Ask, in this order</h2>
        <ol className="script">
          <li>
            <Field label="What time did you arrive?" error={fieldErrors.arrivalTime} required>
              {(p) => (
                <input
                  {...p}
                  value={a.arrivalTime}
                  onChange={set('arrivalTime')}
                  placeholder="e.g. 09:50, ten minutes early"
                />
              )}
            </Field>
          </li>
          <li>
            <Field label="How long were you in the interview? (minutes)" error={fieldErrors.durationMinutes} required>
              {(p) => (
                <input {...p} type="number" min={1} value={a.durationMinutes} onChange={set('durationMinutes')} />
              )}
            </Field>
          </li>
          <li>
            <Field label="With whom did you meet? Names and roles." error={fieldErrors.metWith} required>
              {(p) => <textarea {...p} rows={2} value={a.metWith} onChange={set('metWith')} />}
            </Field>
          </li>
          <li>
            <Field label="What questions did they ask?" error={fieldErrors.questionsAsked} required>
              {(p) => <textarea {...p} rows={3} value={a.questionsAsked} onChange={set('questionsAsked')} />}
            </Field>
          </li>
          <li>
            <Field label="How did you answer?" error={fieldErrors.answers} required>
              {(p) => <textarea {...p} rows={3} value={a.answers} onChange={set('answers')} />}
            </Field>
          </li>
          <li>
            <Field label="How did it feel? What was the vibe?" error={fieldErrors.vibe} required>
              {(p) => <textarea {...p} rows={2} value={a.vibe} onChange={set('vibe')} />}
            </Field>
          </li>
          <li>
            <Field label="Any concerns, theirs or yours?" error={fieldErrors.concerns}>
              {(p) => <textarea {...p} rows={2} value={a.concerns} onChange={set('concerns')} />}
            </Field>
          </li>
        </ol>
        <Field
          label="When did this call happen?"
          error={fieldErrors.calledAt}
          hint="Your time. How fast you debrief is kept."
        >
          {(p) => <input {...p} type="datetime-local" value={a.calledAt} onChange={set('calledAt')} />}
        </Field>

        <section className="acceptance" aria-labelledby="acceptance-title">
          <h2 id="acceptance-title">Then ask, word for word</h2>
          <blockquote>{ACCEPTANCE_QUESTION}</blockquote>
          <p className="muted">
            Only YES or NO counts. Anything else usually means it is not the right fit: record it as NO, with their
            words.
          </p>
          <label className="check">
            <input type="checkbox" checked={nextRound} onChange={(e) => setNextRound(e.target.checked)} /> If YES,
            another round comes before the offer
          </label>
          <StrictAnswer
            busy={busy}
            error={formError ?? (fieldErrors.acceptance || null)}
            verbatimError={fieldErrors.acceptanceVerbatim}
            placeholder="e.g. I need to think about it"
            onAnswer={(answer, words) => void record(answer, words)}
            confirmHedge={confirmHedge}
          />
        </section>
      </form>
    </div>
  );
}
