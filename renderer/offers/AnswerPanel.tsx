import { useId } from 'react';
import { OFFER_QUESTION, formatMoney, type BoardCard, type Offer } from '../../api/contract';
import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { StrictAnswer } from '../components/StrictAnswer';
import { useSave } from '../components/ui';

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
  const { dialog, ask } = useConfirm();
  const { busy, fieldErrors, formError, save } = useSave();
  const titleId = useId();

  const record = (answer: 'yes' | 'no', words?: string) =>
    save(() => call('offers.answer', { offerId: offer.id, answer, ...(words ? { verbatim: words } : {}) }), onAnswered);

  return (
    <section className="acceptance offer-answer" aria-labelledby={titleId}>
      {dialog}
      <h3 id={titleId}>Their answer</h3>
      <p className="small">Ask, word for word, about the offer of {formatMoney(offer.base, offer.currency)}:</p>
      <blockquote>{OFFER_QUESTION}</blockquote>
      <p className="muted small">
        Only YES or NO counts. Anything else usually means it is not the right fit: record it as NO, with their words.
      </p>
      <StrictAnswer
        busy={busy}
        error={formError ?? (fieldErrors.answer || null)}
        verbatimError={fieldErrors.verbatim}
        placeholder="e.g. Yes, but I need to think about it"
        onAnswer={(answer, words) => void record(answer, words)}
        confirmHedge={(words) =>
          ask({
            title: 'Record their answer as NO?',
            body: (
              <>
                <p>
                  Their answer to the offer is recorded as NO, and the application closes as a declined offer. Their
                  words are kept:
                </p>
                <blockquote className="hedge-words">{words}</blockquote>
              </>
            ),
            action: 'Close the application as NO',
          })
        }
      />
    </section>
  );
}
