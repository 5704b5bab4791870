import { useId } from 'react';
import type { ResponseClass, Signal } from '../../api/contract';
import { RESPONSE_LABELS, RESPONSE_ORDER, theirTime } from './labels';

export type StopAnswer = 'yes' | 'no' | null;

interface Props {
  /** What the reply reader made of their words; null while the first reading is on its way. */
  reading: Signal | null;
  /** The class that will be saved: the reader's, unless the recruiter chose another. */
  shown: ResponseClass;
  onChoose(value: ResponseClass): void;
  stopAnswer: StopAnswer;
  onStopAnswer(value: 'yes' | 'no'): void;
  stopError?: string | undefined;
  /** The follow-up date that will be saved (ISO), and whether the recruiter set it rather than the reader. */
  date: string | null;
  dateEdited: boolean;
  zone: string;
}

/** Whether the recruiter must still say if a reply that mentions a stop word asked them to stop. */
export function asksAboutStop(reading: Signal | null): boolean {
  return !!reading && reading.mentionsStop && reading.class !== 'stop';
}

/**
 * What Politely read in their reply, said before anything is saved: the class in plain words,
 * the words that decided it, and the date they named, in their zone. One click picks another class.
 */
export function ReadingPanel(props: Props) {
  const { reading, shown, onChoose, stopAnswer, onStopAnswer, stopError, date, dateEdited, zone } = props;
  const id = useId();
  if (!reading) {
    return (
      <div className="reading" aria-live="polite">
        <p className="reading-class muted">Reading their words…</p>
      </div>
    );
  }
  const changed = shown !== reading.class;
  const readLabel = RESPONSE_LABELS[reading.class];
  const kept = RESPONSE_LABELS[shown === 'stop' ? reading.class : shown];
  const withTime = dateEdited || reading.hasTime;
  return (
    <div className="reading" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="reading-title">
        What Politely read
      </h3>
      <div aria-live="polite">
        <p className="reading-class">
          <strong>{RESPONSE_LABELS[shown]}</strong>
          {changed && <span className="reading-was"> (you changed it from “{readLabel}”)</span>}
        </p>
        {reading.phrase ? (
          <p className="reading-phrase">
            Because they wrote: <q>{reading.phrase}</q>
          </p>
        ) : (
          <p className="reading-phrase muted">No words in the reply decided it.</p>
        )}
        {shown === 'stop' && <p className="reading-phrase">Only a handwritten thank-you letter may follow.</p>}
        {date && shown !== 'stop' && (
          <p className="reading-date">
            {dateEdited ? 'Follow up from: ' : 'The date they named: '}
            <strong>
              {theirTime(date, zone, new Date(), withTime)} ({zone})
            </strong>
            {reading.ambiguousDate && !dateEdited && (
              <>
                {' '}
                <span className="tag tag-check">check this date</span>
                <span className="reading-hint">
                  {' '}
                  Day and month could be read either way: change it below if it is wrong.
                </span>
              </>
            )}
          </p>
        )}
      </div>
      <fieldset className="segmented reading-choices">
        <legend>Not right? What they meant</legend>
        {RESPONSE_ORDER.map((c) => (
          <label key={c} className={shown === c ? 'selected' : ''}>
            <input type="radio" name={`${id}-class`} checked={shown === c} onChange={() => onChoose(c)} />
            {RESPONSE_LABELS[c]}
          </label>
        ))}
      </fieldset>
      {asksAboutStop(reading) && (
        <fieldset
          className={`stop-question${stopError ? ' field-invalid' : ''}`}
          aria-describedby={stopError ? `${id}-stop-error` : `${id}-stop-hint`}
          tabIndex={-1}
          data-stop-question
        >
          <legend>Did they ask you to stop?</legend>
          <p className="reading-hint" id={`${id}-stop-hint`}>
            Their words mention something that often means stop (a list, unsubscribing, being removed), but Politely did
            not read a stop. Answer before you log it.
          </p>
          <div className="stop-answers">
            {(['yes', 'no'] as const).map((a) => (
              <label key={a} className="check">
                <input type="radio" name={`${id}-stop`} checked={stopAnswer === a} onChange={() => onStopAnswer(a)} />
                {a === 'yes' ? 'Yes, they asked me to stop' : `No, keep “${kept}”`}
              </label>
            ))}
          </div>
          {stopError && (
            <p className="field-error" id={`${id}-stop-error`} role="alert">
              {stopError}
            </p>
          )}
        </fieldset>
      )}
    </div>
  );
}
