import { useState } from 'react';
import { CLOSE_REASONS, CLOSE_REASON_LABELS, type BoardCard, type CloseReason } from '../../api/contract';
import { Dialog } from '../components/ui';

/**
 * The reasons a recruiter chooses by hand. A NO at the debrief, a declined offer and a placement that fell off are
 * recorded where they happen, with what was said: closing by hand with one of them would leave a report counting an
 * answer nobody recorded.
 */
const BY_HAND = CLOSE_REASONS.filter((r) => r !== 'declined-at-debrief' && r !== 'declined-offer' && r !== 'fell-off');

export function CloseDialog({
  card,
  onConfirm,
  onCancel,
}: {
  card: BoardCard;
  onConfirm(reason: CloseReason): void;
  onCancel(): void;
}) {
  const [reason, setReason] = useState<CloseReason | null>(null);
  const [missing, setMissing] = useState(false);
  return (
    <Dialog title={`Close ${card.candidateName}'s application?`} onClose={onCancel}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (reason) onConfirm(reason);
          else setMissing(true);
        }}
      >
        <p className="muted">
          {card.positionTitle} at {card.companyName}. The application and its history are kept; it moves to Closed.
        </p>
        <fieldset className="radio-list">
          <legend>Why is it closing?</legend>
          {BY_HAND.map((r) => (
            <label key={r} className="check">
              <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} />
              {CLOSE_REASON_LABELS[r]}
            </label>
          ))}
        </fieldset>
        <p className="muted">
          A NO at the debrief, a declined offer and a placement that fell off close the application where you record
          them: on the debrief, the offer or the placement.
        </p>
        {missing && !reason && (
          <p className="field-error" role="alert">
            Choose a reason, so the pipeline stays honest.
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button-danger">
            Close application
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Keep it open
          </button>
        </div>
      </form>
    </Dialog>
  );
}
