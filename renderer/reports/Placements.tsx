import { useMemo, useState } from 'react';
import { MonthsSelect, type MonthRange } from './MonthsSelect';
import type { ChartConfiguration } from 'chart.js';
import { currencyDigits, formatMoney, type PlacedRow, type PlacementsReport } from '../../api/contract';
import { formatDay, formatMonth } from '../dates';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { CHART_COLORS, ReportChart } from './ReportChart';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** "Mar 2026": a month by its first instant, on the recruiter's calendar. */
export const monthLabel = (start: string, timezone: string) => formatMonth(start, { timeZone: timezone });

/** An amount in minor units as a plain number a spreadsheet can add: 2400000 USD is 24000.00. */
const major = (minor: number, currency: string) => {
  const digits = currencyDigits(currency);
  return (minor / 10 ** digits).toFixed(digits);
};

/** What a placement's fee says: the amount, or the percentage when there was no offer base to take it from. */
export function feeText(p: PlacedRow): string {
  if (p.feeAmount !== null && p.feeCurrency !== null) {
    const amount = formatMoney(p.feeAmount, p.feeCurrency);
    return p.feePercent === null ? amount : `${amount} (${p.feePercent}%)`;
  }
  return `${p.feePercent ?? 0}% — fee not known (no accepted offer recorded)`;
}

/** Placements each month and the fees they earn, each currency on its own. */
export function Placements() {
  const [months, setMonths] = useState<MonthRange>(12);
  const report = useRpc('reports.placements', { months, timezone: zone });
  return (
    <section className="panel report" aria-labelledby="placements-title">
      <div className="report-head">
        <div>
          <h2 id="placements-title">Placements and fees</h2>
          <p className="muted small">
            Placements recorded each month on your calendar, and the fees they earn. Each currency is summed on its own;
            a placement that fell off is counted apart and its fee left out.
          </p>
        </div>
        <MonthsSelect value={months} onChange={setMonths} />
      </div>
      <Pending report={report} />
      {report.status === 'ready' && <PlacementsBody report={report.data} />}
    </section>
  );
}

function PlacementsBody({ report }: { report: PlacementsReport }) {
  const [chosen, setChosen] = useState('');
  const currency = report.currencies.includes(chosen) ? chosen : (report.currencies[0] ?? '');
  const { months, timezone } = report;
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: months.map((m) => monthLabel(m.start, timezone)),
        datasets: [
          ...(currency
            ? [
                {
                  type: 'bar' as const,
                  label: `Fees in ${currency} (left)`,
                  data: months.map((m) => {
                    const fee = m.fees.find((f) => f.currency === currency);
                    return fee ? Number(major(fee.amount, currency)) : 0;
                  }),
                  backgroundColor: CHART_COLORS.accent,
                  yAxisID: 'fees',
                  order: 2,
                },
              ]
            : []),
          {
            type: 'line' as const,
            label: currency ? 'Placements (right)' : 'Placements',
            data: months.map((m) => m.placements),
            borderColor: CHART_COLORS.warm,
            backgroundColor: CHART_COLORS.warm,
            yAxisID: 'placements',
            order: 1,
          },
        ],
      },
      options: {
        scales: {
          ...(currency
            ? { fees: { type: 'linear', position: 'left', beginAtZero: true, grid: { color: CHART_COLORS.line } } }
            : {}),
          placements: {
            type: 'linear',
            position: currency ? 'right' : 'left',
            beginAtZero: true,
            ticks: { precision: 0 },
            grid: currency ? { drawOnChartArea: false } : { color: CHART_COLORS.line },
          },
        },
      },
    }),
    [months, timezone, currency],
  );
  if (months.every((m) => m.placements === 0 && m.fellOff === 0)) {
    return (
      <p className="report-empty">
        No placements in these months. When a candidate says YES to an offer, record the placement and its fee on their
        page (or move their card to Placed), and it is counted here.
      </p>
    );
  }
  const placed = months.reduce((n, m) => n + m.placements, 0);
  const notKnown = months.reduce((n, m) => n + m.feeNotKnown, 0);
  const fellOff = months.reduce((n, m) => n + m.fellOff, 0);
  const totals = report.currencies.map((c) => ({
    currency: c,
    amount: months.reduce((n, m) => n + (m.fees.find((f) => f.currency === c)?.amount ?? 0), 0),
  }));
  const feesText = totals.map((t) => formatMoney(t.amount, t.currency)).join('; ');
  return (
    <>
      <dl className="facts">
        <dt>Placements</dt>
        <dd>{placed}</dd>
        <dt>Fees</dt>
        <dd>{feesText || 'None known yet'}</dd>
        {notKnown > 0 && (
          <>
            <dt>Fee not known</dt>
            <dd>
              {notKnown} {notKnown === 1 ? 'placement' : 'placements'} with a percentage and no accepted offer
            </dd>
          </>
        )}
        {fellOff > 0 && (
          <>
            <dt>Fell off</dt>
            <dd>{fellOff}</dd>
          </>
        )}
      </dl>
      {report.currencies.length > 1 && (
        <label className="inline-select">
          <span>Chart the fees in</span>
          <select value={currency} onChange={(e) => setChosen(e.target.value)}>
            {report.currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      )}
      <ReportChart
        config={config}
        label={
          `Placements by month: ${months.map((m) => `${monthLabel(m.start, timezone)} ${m.placements}`).join(', ')}.` +
          (feesText ? ` Fees in these months: ${feesText}.` : '')
        }
        fileName="Politely placements and fees"
        rows={() => [
          ['Month', 'Placements', 'Fee not known', 'Fell off', ...report.currencies.map((c) => `Fees ${c}`)],
          ...months.map((m) => [
            m.month,
            m.placements,
            m.feeNotKnown,
            m.fellOff,
            ...report.currencies.map((c) => {
              const fee = m.fees.find((f) => f.currency === c);
              return fee ? major(fee.amount, c) : major(0, c);
            }),
          ]),
        ]}
      />
      <details className="report-numbers">
        <summary>Show the placements</summary>
        <div className="table-scroll">
          <table className="table placements">
            <thead>
              <tr>
                <th scope="col">Placement</th>
                <th scope="col">Fee</th>
              </tr>
            </thead>
            <tbody>
              {report.placements.map((p) => (
                <tr key={p.placementId}>
                  <td>
                    <strong>{p.personName}</strong>
                    <br />
                    {p.positionTitle} <span className="muted small">{p.companyName}</span>
                    <br />
                    <time className="muted small" dateTime={p.placedAt}>
                      {formatDay(p.placedAt, new Date(), { timeZone: timezone })}
                    </time>
                  </td>
                  <td>{p.fellOff ? `Fell off: ${feeText(p)} not earned` : feeText(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
