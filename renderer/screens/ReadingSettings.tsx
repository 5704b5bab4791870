import { useState } from 'react';
import { DATE_ORDERS, type DateOrder } from '../../api/contract';
import { call } from '../api';
import { Field, SaveRow, useSave } from '../components/ui';
import { useToastStore } from '../stores/toasts';
import { useUnsavedChanges } from '../unsavedChanges';
import { useRpc } from '../useRpc';

const ORDER_LABELS: Record<DateOrder, string> = {
  'as-written': 'As they write them',
  'day-month': 'Day first (3/4 is 3 April)',
  'month-day': 'Month first (3/4 is March 4)',
};

/** How Politely reads the numeric dates in a reply ("call me on 3/4"). */
export function ReadingSettings() {
  // Nothing to change until the saved setting is in: a change before then would be undone by it.
  const { data } = useRpc('settings.reading', {});
  return (
    <section className="panel settings-about" aria-labelledby="reading-settings-title">
      <h2 id="reading-settings-title">Reading replies</h2>
      <p className="muted small">
        When you log their reply, Politely reads it and shows what it understood, with any date they named. A date that
        could be read either way is marked so you can check it.
      </p>
      {data ? <ReadingForm dateOrder={data.dateOrder} /> : <p className="muted">Loading…</p>}
    </section>
  );
}

function ReadingForm({ dateOrder }: { dateOrder: DateOrder }) {
  const [order, setOrder] = useState(dateOrder);
  const { busy, fieldErrors, formError, save } = useSave();
  const [kept, setKept] = useState(dateOrder);
  useUnsavedChanges('how replies are read', order !== kept);
  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(
          () => call('settings.updateReading', { dateOrder: order }),
          (saved) => {
            setKept(saved.dateOrder);
            useToastStore.getState().show(`Numeric dates in replies: ${ORDER_LABELS[saved.dateOrder]}.`);
          },
        );
      }}
    >
      <Field
        label="Numeric dates in replies"
        error={fieldErrors.dateOrder}
        hint="As they write them: month first in English from the US and Canada, day first elsewhere."
      >
        {(a) => (
          <select {...a} value={order} onChange={(e) => setOrder(e.target.value as DateOrder)}>
            {DATE_ORDERS.map((o) => (
              <option key={o} value={o}>
                {ORDER_LABELS[o]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SaveRow formError={formError} busy={busy} label="Save reading" />
    </form>
  );
}
