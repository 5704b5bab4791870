import { useState } from 'react';
import { Field, FormError } from './ui';

/**
 * YES, NO, or "They hedged": the strict answer the debrief and an offer both ask for. Anything but a plain yes is
 * recorded as NO with their words, once the recruiter has confirmed what that closes (`confirmHedge`).
 */
export function StrictAnswer({
  busy,
  error,
  verbatimError,
  placeholder,
  onAnswer,
  confirmHedge,
}: {
  busy: boolean;
  error: string | null;
  verbatimError?: string | undefined;
  placeholder: string;
  /** `verbatim` is given for a hedge: their words, kept with the NO. */
  onAnswer(answer: 'yes' | 'no', verbatim?: string): void;
  /** Says back what recording the hedge as NO closes; true to go ahead. */
  confirmHedge(words: string): Promise<boolean>;
}) {
  const [hedging, setHedging] = useState(false);
  const [verbatim, setVerbatim] = useState('');
  const answer = (value: 'yes' | 'no') => {
    setHedging(false);
    onAnswer(value);
  };
  const recordHedge = async () => {
    const words = verbatim.trim();
    if (await confirmHedge(words)) onAnswer('no', words);
  };
  return (
    <>
      <FormError message={error} />
      <div className="acceptance-buttons">
        <button type="button" className="button button-yes" disabled={busy} onClick={() => answer('yes')}>
          YES
        </button>
        <button type="button" className="button button-no" disabled={busy} onClick={() => answer('no')}>
          NO
        </button>
        <button type="button" className="button" aria-expanded={hedging} onClick={() => setHedging(!hedging)}>
          They hedged
        </button>
      </div>
      {hedging && (
        <div className="hedge">
          <Field
            label="Their words"
            error={verbatimError}
            hint="Written down as they said it, and recorded as NO — not the right fit."
          >
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={verbatim}
                onChange={(e) => setVerbatim(e.target.value)}
                placeholder={placeholder}
              />
            )}
          </Field>
          <button
            type="button"
            className="button button-no"
            disabled={busy || verbatim.trim() === ''}
            onClick={() => void recordHedge()}
          >
            Record as NO
          </button>
        </div>
      )}
    </>
  );
}
