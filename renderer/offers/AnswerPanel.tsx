import { useId, useState } from 'react';
import { OFFER_QUESTION, formatMoney, type BoardCard, type Offer } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, useSave } from '../components/ui';

/**
 * Their answer to an offer, with the debrief's strictness: only YES or NO counts, and anything else is recorded
 * as NO with their words.
 */
export function AnswerPanel({
  offer,
  onAnswered,
}: {
  offer: Offer;
  onAnswered(result: { offer: Offer; application: BoardCard }): void;
}) {
  const [hedging, setHedging] = useState(false);
  const [verbatim, setVerbatim] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();
  const titleId = useId();

  const record = (answer: 'yes' | 'no', words?: string) =>
    save(() => call('offers.answer', { offerId: offer.id, answer, ...(words ? { verbatim: words } : {}) }), onAnswered);

  return (
    <section className="acceptance offer-answer" aria-labelledby={titleId}>
      <h3 id={titleId}>Their answer</h3>
      <p className="small">Ask, word for word, about the offer of {formatMoney(offer.base, offer.currency)}:</p>
      <blockquote>{OFFER_QUESTION}</blockquote>
      <p className="muted small">
        Only YES or NO counts. Anything else usually means it is not the right fit: record it as NO, with their words.
      </p>
      <FormError message={formError ?? (fieldErrors.answer || null)} />
      <div className="acceptance-buttons">
        <button
          type="button"
          className="button button-yes"
          disabled={busy}
          onClick={() => (setHedging(false), void record('yes'))}
        >
          YES
        </button>
        <button
          type="button"
          className="button button-no"
          disabled={busy}
          onClick={() => (setHedging(false), void record('no'))}
        >
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
            error={fieldErrors.verbatim}
            hint="Written down as they said it, and recorded as NO — not the right fit."
          >
            {(p) => (
              <textarea
                {...p}
                rows={2}
                value={verbatim}
                onChange={(e) => setVerbatim(e.target.value)}
                placeholder="e.g. Yes, but I need to think about it"
              />
            )}
          </Field>
          <button
            type="button"
            className="button button-no"
            disabled={busy || verbatim.trim() === ''}
            onClick={() => void record('no', verbatim)}
          >
            Record as NO
          </button>
        </div>
      )}
    </section>
  );
}
