import { useState } from 'react';
import { formatMoney, type Output } from '../../api/contract';
import { call } from '../api';
import { Dialog, Field, FormError, useSave, type FieldErrors } from '../components/ui';
import { useRpc } from '../useRpc';
import { amountProblem, toMinorUnits, toPercent } from './money';

type FeeKind = 'percent' | 'amount';

interface Typed {
  startDate: string;
  feeKind: FeeKind;
  percent: string;
  amount: string;
  currency: string;
  invoiceDate: string;
  guaranteeDays: string;
}

/** The placement as the recruiter records it: when they start, the fee, the invoice and the guarantee. */
export function PlacementDialog({
  applicationId,
  candidateName,
  positionTitle,
  onRecorded,
  onCancel,
}: {
  applicationId: string;
  candidateName: string;
  positionTitle: string;
  onRecorded(result: Output<'placements.record'>): void;
  onCancel(): void;
}) {
  const offers = useRpc('offers.list', { applicationId });
  const accepted = offers.data?.offers.filter((o) => o.answer === 'yes').at(-1) ?? null;
  const [edited, setTyped] = useState<Typed>({
    startDate: '',
    feeKind: 'percent',
    percent: '',
    amount: '',
    currency: '',
    invoiceDate: '',
    guaranteeDays: '90',
  });
  // The accepted offer's start date and currency are the likely ones: shown until the recruiter types others.
  const typed = {
    ...edited,
    startDate: edited.startDate || (accepted?.startDate ?? ''),
    currency: edited.currency || (accepted?.currency ?? ''),
  };
  const [local, setLocal] = useState<FieldErrors>({});
  const { busy, fieldErrors, formError, save } = useSave();
  const errors = { ...fieldErrors, ...local };
  const set = (key: keyof Typed) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setTyped((t) => ({ ...t, [key]: e.target.value }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const problems: FieldErrors = {};
    if (!typed.startDate) problems.startDate = 'Choose the day they start.';
    const percent = toPercent(typed.percent);
    const amount = toMinorUnits(typed.amount, typed.currency);
    if (typed.feeKind === 'percent' && percent === null)
      problems.fee = 'The fee could not be read as a percentage. Write it as a number, e.g. 20 or 20%.';
    if (typed.feeKind === 'amount' && amount === null) problems.fee = amountProblem('The fee', typed.currency);
    const days = Number(typed.guaranteeDays);
    if (typed.guaranteeDays.trim() === '' || !Number.isInteger(days))
      problems.guaranteeDays = 'Write the guarantee in whole days, e.g. 90; 0 means none.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    void save(
      () =>
        call('placements.record', {
          applicationId,
          startDate: typed.startDate,
          fee: typed.feeKind === 'percent' ? { percent: percent! } : { amount: amount!, currency: typed.currency },
          invoiceDate: typed.invoiceDate || null,
          guaranteeDays: days,
        }),
      onRecorded,
    );
  };

  const typedPercent = toPercent(typed.percent) ?? 0;
  const feeOfOffer =
    accepted && typed.feeKind === 'percent' && typedPercent > 0
      ? `${formatMoney(Math.round((accepted.base * typedPercent) / 100), accepted.currency)} on the accepted base of ${formatMoney(accepted.base, accepted.currency)}.`
      : accepted
        ? `A percentage is taken from the accepted base of ${formatMoney(accepted.base, accepted.currency)}.`
        : 'No accepted offer is recorded, so a percentage fee is kept without an amount.';

  return (
    <Dialog title={`Record the placement: ${candidateName}`} onClose={onCancel} className="placement-dialog">
      <form onSubmit={submit} noValidate>
        <p className="muted">
          {positionTitle}. The position is marked filled; a reminder comes before the guarantee ends.
        </p>
        <Field label="Start date" error={errors.startDate} required>
          {(p) => <input {...p} type="date" value={typed.startDate} onChange={set('startDate')} autoFocus />}
        </Field>
        <fieldset className="radio-list placement-fee">
          <legend>Fee</legend>
          <label className="check">
            <input
              type="radio"
              name="fee-kind"
              checked={typed.feeKind === 'percent'}
              onChange={() => setTyped((t) => ({ ...t, feeKind: 'percent' }))}
            />
            A percentage of the base
          </label>
          <label className="check">
            <input
              type="radio"
              name="fee-kind"
              checked={typed.feeKind === 'amount'}
              onChange={() => setTyped((t) => ({ ...t, feeKind: 'amount' }))}
            />
            A fixed amount
          </label>
          {typed.feeKind === 'percent' ? (
            <Field label="Fee (%)" error={errors.fee} required hint={feeOfOffer}>
              {(p) => (
                <input {...p} inputMode="decimal" autoComplete="off" value={typed.percent} onChange={set('percent')} />
              )}
            </Field>
          ) : (
            <div className="offer-form-row">
              <Field label="Fee" error={errors.fee} required>
                {(p) => (
                  <input {...p} inputMode="decimal" autoComplete="off" value={typed.amount} onChange={set('amount')} />
                )}
              </Field>
              <Field label="Currency" required hint="e.g. USD">
                {(p) => (
                  <input
                    {...p}
                    className="offer-currency"
                    maxLength={3}
                    autoComplete="off"
                    value={typed.currency}
                    onChange={set('currency')}
                  />
                )}
              </Field>
            </div>
          )}
        </fieldset>
        <div className="offer-form-row">
          <Field label="Invoice date (optional)" error={errors.invoiceDate}>
            {(p) => <input {...p} type="date" value={typed.invoiceDate} onChange={set('invoiceDate')} />}
          </Field>
          <Field label="Guarantee (days)" error={errors.guaranteeDays} required hint="0 means none">
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                autoComplete="off"
                value={typed.guaranteeDays}
                onChange={set('guaranteeDays')}
              />
            )}
          </Field>
        </div>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Record the placement'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Not now
          </button>
        </div>
      </form>
    </Dialog>
  );
}
