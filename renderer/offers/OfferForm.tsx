import { useState } from 'react';
import type { Offer } from '../../api/contract';
import { call } from '../api';
import { Field, FormError, useSave, type FieldErrors } from '../components/ui';
import { useRpc } from '../useRpc';
import { amountProblem, fromLocalInput, toMinorUnits } from './money';

interface Typed {
  base: string;
  /** Null until the recruiter types one: until then the position's own currency, when it has one. */
  currency: string | null;
  bonus: string;
  startDate: string;
  expiresAt: string;
}

/** Record an offer: the base, its currency, a bonus if any, the start date and how long the offer stands. */
export function OfferForm({
  applicationId,
  positionId,
  onRecorded,
  onCancel,
}: {
  applicationId: string;
  /** The position offered, whose salary currency is the offer's likely one. */
  positionId: string;
  onRecorded(offer: Offer): void;
  onCancel(): void;
}) {
  const [typed, setTyped] = useState<Typed>({ base: '', currency: null, bonus: '', startDate: '', expiresAt: '' });
  const position = useRpc('positions.get', { id: positionId }).data;
  const currency = typed.currency ?? position?.salaryCurrency ?? '';
  const [local, setLocal] = useState<FieldErrors>({});
  const { busy, fieldErrors, formError, save } = useSave();
  const errors = { ...fieldErrors, ...local };
  const set = (key: keyof Typed) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setTyped((t) => ({ ...t, [key]: e.target.value }));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const problems: FieldErrors = {};
    const base = toMinorUnits(typed.base, currency);
    if (base === null) problems.base = amountProblem('The base salary', currency);
    const bonus = typed.bonus.trim() === '' ? null : toMinorUnits(typed.bonus, currency);
    if (bonus === null && typed.bonus.trim() !== '') problems.bonus = amountProblem('The bonus', currency);
    if (!typed.startDate) problems.startDate = 'Choose the start date they were offered.';
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    void save(
      () =>
        call('offers.record', {
          applicationId,
          base: base!,
          currency: currency.trim().toUpperCase(),
          bonus,
          startDate: typed.startDate,
          expiresAt: typed.expiresAt ? fromLocalInput(typed.expiresAt) : null,
        }),
      (result) => onRecorded(result.offer),
    );
  };

  return (
    <form className="offer-form" onSubmit={submit} noValidate aria-label="Record an offer">
      <div className="offer-form-row">
        <Field label="Base salary" error={errors.base} required hint="A year's base, e.g. 120000, 120,000 or 120k">
          {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={typed.base} onChange={set('base')} />}
        </Field>
        <Field
          label="Currency"
          error={errors.currency}
          required
          hint={
            typed.currency === null && position?.salaryCurrency
              ? "The position's currency. Three letters, e.g. USD"
              : 'Three letters, e.g. USD'
          }
        >
          {(p) => (
            <input
              {...p}
              className="offer-currency"
              maxLength={3}
              autoCapitalize="characters"
              autoComplete="off"
              value={currency}
              onChange={set('currency')}
            />
          )}
        </Field>
        <Field label="Bonus (optional)" error={errors.bonus}>
          {(p) => <input {...p} inputMode="decimal" autoComplete="off" value={typed.bonus} onChange={set('bonus')} />}
        </Field>
      </div>
      <div className="offer-form-row">
        <Field label="Start date" error={errors.startDate} required>
          {(p) => <input {...p} type="date" value={typed.startDate} onChange={set('startDate')} />}
        </Field>
        <Field label="Offer expires (optional)" error={errors.expiresAt} hint="Your time">
          {(p) => <input {...p} type="datetime-local" value={typed.expiresAt} onChange={set('expiresAt')} />}
        </Field>
      </div>
      <FormError message={formError} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Record the offer'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
