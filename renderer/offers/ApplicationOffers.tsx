import { useState } from 'react';
import { formatMoney, type Offer, type PersonApplication, type Placement } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, useSave } from '../components/ui';
import { formatDate, formatDayTime } from '../dates';
import { usePersonStore } from '../stores/person';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';
import { AnswerPanel } from './AnswerPanel';
import { OfferForm } from './OfferForm';
import { PlacementDialog } from './PlacementDialog';
import { useFilledPosition } from './useFilledPosition';
import '../styles/offers.css';

/** An application with offers or a placement to show: at Offer or Placed, or ended by one of them. */
const hasOfferPart = (a: PersonApplication) =>
  a.stage === 'offer' || a.stage === 'placed' || a.outcome === 'declined-offer' || a.outcome === 'fell-off';

function OfferLine({ offer }: { offer: Offer }) {
  const bonus = offer.bonus ? ` + ${formatMoney(offer.bonus, offer.currency)} bonus` : '';
  const answer =
    offer.answer === null
      ? offer.expiresAt
        ? `Waiting for their answer; it expires ${formatDayTime(offer.expiresAt, new Date())}.`
        : 'Waiting for their answer.'
      : offer.answer === 'yes'
        ? 'They said YES.'
        : offer.answerVerbatim
          ? `NO: they said “${offer.answerVerbatim}”.`
          : 'They said NO.';
  return (
    <li>
      Offer: {formatMoney(offer.base, offer.currency)}
      {bonus}, starting {formatDate(offer.startDate, new Date())}. <strong>{answer}</strong>
    </li>
  );
}

function PlacementLine({ placement: p, onChanged }: { placement: Placement; onChanged(): void }) {
  const [telling, setTelling] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, fieldErrors, formError, save } = useSave();
  const now = new Date();
  const fee =
    p.feePercent !== null
      ? `${p.feePercent}%${p.feeAmount !== null && p.feeCurrency ? ` (${formatMoney(p.feeAmount, p.feeCurrency)})` : ''}`
      : formatMoney(p.feeAmount!, p.feeCurrency!);
  const guarantee =
    p.guaranteeDays > 0 ? `${p.guaranteeDays}-day guarantee ends ${formatDate(p.guaranteeEndsOn, now)}` : '';
  return (
    <li>
      Placed: starts {formatDate(p.startDate, now)} · fee {fee}
      {p.invoiceDate && <> · invoice {formatDate(p.invoiceDate, now)}</>}
      {guarantee && <> · {guarantee}</>}.
      {p.fellOffAt ? (
        <strong> It fell off: {p.fellOffReason}</strong>
      ) : telling ? (
        <form
          className="fell-off"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save(
              () => call('placements.fellOff', { placementId: p.id, reason }),
              () => {
                useToastStore.getState().show('Recorded: the placement fell off. The position is open again.');
                onChanged();
              },
            );
          }}
        >
          <Field label="Why did it fall off?" error={fieldErrors.reason} required>
            {(a) => <textarea {...a} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
          <FormError message={formError} />
          <div className="button-row">
            <button type="submit" className="button button-danger" disabled={busy}>
              Record that it fell off
            </button>
            <button type="button" className="button" onClick={() => setTelling(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          {' '}
          <button type="button" className="button button-quiet" onClick={() => setTelling(true)}>
            It fell off
          </button>
        </>
      )}
    </li>
  );
}

/** On a person's application: its offers with their answers, the placement, and what to record next. */
export function ApplicationOffers({ application: a }: { application: PersonApplication }) {
  const shown = hasOfferPart(a);
  const list = useRpc('offers.list', { applicationId: a.id }, [a.stage], { enabled: shown });
  const [recording, setRecording] = useState<'offer' | 'placement' | null>(null);
  // Others still in the position's pipeline once this placement fills it: closed only if the recruiter says so.
  const filled = useFilledPosition(() => {
    const personId = usePersonStore.getState().personId;
    if (personId) void usePersonStore.getState().load(personId);
  });
  if (!shown || !list.data) return <>{filled.dialog}</>;
  const { offers, placements } = list.data;
  const waiting = offers.find((o) => o.answer === null) ?? null;
  const standing = placements.some((p) => p.fellOffAt === null);
  const canOffer = a.stage === 'offer' && !waiting;
  const canPlace = a.stage === 'placed' && !standing;
  // The record (stage, outcome, the contact logged) and this list both change after each step.
  const refresh = () => {
    setRecording(null);
    list.reload();
    const personId = usePersonStore.getState().personId;
    if (personId) void usePersonStore.getState().load(personId);
  };
  const what = `${a.positionTitle} at ${a.companyName}`;

  return (
    <div className="application-offers">
      {filled.dialog}
      {(offers.length > 0 || placements.length > 0) && (
        <ul className="offer-lines small">
          {offers.map((o) => (
            <OfferLine key={o.id} offer={o} />
          ))}
          {placements.map((p) => (
            <PlacementLine key={p.id} placement={p} onChanged={refresh} />
          ))}
        </ul>
      )}
      {waiting && (
        <AnswerPanel
          offer={waiting}
          onAnswered={(result) => {
            useToastStore
              .getState()
              .show(
                result.offer.answer === 'yes'
                  ? 'Recorded: YES. The application moved to Placed.'
                  : `Recorded: NO${result.offer.answerVerbatim ? ' (their words are kept)' : ''}. The application is closed.`,
              );
            refresh();
          }}
        />
      )}
      {recording === 'offer' && (
        <OfferForm
          applicationId={a.id}
          positionId={a.positionId}
          onCancel={() => setRecording(null)}
          onRecorded={() => {
            useToastStore.getState().show('Offer recorded. It waits in Today for their YES or NO.');
            refresh();
          }}
        />
      )}
      {recording === 'placement' && (
        <PlacementDialog
          applicationId={a.id}
          candidateName={usePersonStore.getState().person?.name ?? 'the candidate'}
          positionTitle={what}
          onCancel={() => setRecording(null)}
          onRecorded={({ stillInPipeline }) => {
            refresh();
            void filled.afterPlacement(stillInPipeline);
          }}
        />
      )}
      {recording === null && (canOffer || canPlace) && (
        <div className="button-row">
          {canOffer && (
            <button type="button" className="button" onClick={() => setRecording('offer')}>
              Record an offer
            </button>
          )}
          {canPlace && (
            <button type="button" className="button button-primary" onClick={() => setRecording('placement')}>
              Record the placement
            </button>
          )}
        </div>
      )}
    </div>
  );
}
