import { useMemo, useState } from 'react';
import { MonthsSelect, type MonthRange } from './MonthsSelect';
import type { ChartConfiguration } from 'chart.js';
import type { ConversionRow } from '../../api/contract';
import { formatMonth } from '../dates';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { CHART_COLORS, ReportChart } from './ReportChart';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
/** "1 of 2 (50%)". */
const ofText = (part: number, whole: number, share: number | null) =>
  whole === 0 ? '—' : `${part} of ${whole} (${percent(share)})`;

/** How often a shortlisted candidate got an interview, and an interview an offer, by month or by client. */
export function Conversion() {
  const [months, setMonths] = useState<MonthRange>(12);
  const [by, setBy] = useState<'month' | 'client'>('month');
  const report = useRpc('reports.conversion', { months, timezone: zone });
  const ready = report.status === 'ready' ? report.data : null;
  const rows = useMemo(
    () =>
      !ready ? [] : by === 'month' ? ready.months.map((m) => ({ ...m, label: monthKeyLabel(m.key) })) : ready.clients,
    [ready, by],
  );
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            label: 'Submittal to interview, %',
            data: rows.map((r) => (r.submittalToInterview === null ? null : Math.round(r.submittalToInterview * 100))),
            backgroundColor: CHART_COLORS.accent,
          },
          {
            label: 'Interview to offer, %',
            data: rows.map((r) => (r.interviewToOffer === null ? null : Math.round(r.interviewToOffer * 100))),
            backgroundColor: CHART_COLORS.warm,
          },
        ],
      },
      options: {
        ...(by === 'client' ? { indexAxis: 'y' as const } : {}),
        scales: {
          [by === 'client' ? 'x' : 'y']: { beginAtZero: true, max: 100, grid: { color: CHART_COLORS.line } },
        },
      },
    }),
    [rows, by],
  );
  return (
    <section className="panel report" aria-labelledby="conversion-title">
      <div className="report-head">
        <div>
          <h2 id="conversion-title">Submittals to interviews to offers</h2>
          <p className="muted small">
            Of the candidates you sent to a client, how many got an interview after it; of those interviewed, how many
            got an offer. Counted in the month of the first shortlist or the first interview.
          </p>
        </div>
        <div className="report-controls">
          <label className="inline-select">
            <span>By</span>
            <select value={by} onChange={(e) => setBy(e.target.value as 'month' | 'client')}>
              <option value="month">Month</option>
              <option value="client">Client</option>
            </select>
          </label>
          <MonthsSelect value={months} onChange={setMonths} />
        </div>
      </div>
      <Pending report={report} />
      {ready && ready.total.submitted === 0 && ready.total.interviewed === 0 && (
        <p className="report-empty">
          No shortlists sent and no interviews held in these months. Send a shortlist to a client from a position’s page
          and schedule the interviews they ask for, and each step is counted here.
        </p>
      )}
      {ready && (ready.total.submitted > 0 || ready.total.interviewed > 0) && (
        <>
          <dl className="facts">
            <dt>Submittal to interview</dt>
            <dd>{ofText(ready.total.toInterview, ready.total.submitted, ready.total.submittalToInterview)}</dd>
            <dt>Interview to offer</dt>
            <dd>{ofText(ready.total.toOffer, ready.total.interviewed, ready.total.interviewToOffer)}</dd>
          </dl>
          <ReportChart
            config={config}
            label={`Conversion by ${by}: ${rows
              .map(
                (r) =>
                  `${r.label} submittal to interview ${percent(r.submittalToInterview)}, ` +
                  `interview to offer ${percent(r.interviewToOffer)}`,
              )
              .join('; ')}.`}
            fileName={`Politely conversion by ${by}`}
            rows={() => conversionRows(by, rows)}
            height={by === 'client' ? Math.max(160, 60 + rows.length * 40) : 260}
          />
          <details className="report-numbers">
            <summary>Show the numbers</summary>
            <div className="table-scroll">
              <table className="table named-rows">
                <thead>
                  <tr>
                    <th scope="col">{by === 'month' ? 'Month' : 'Client'}</th>
                    <th scope="col">Submittal to interview</th>
                    <th scope="col">Interview to offer</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.key}>
                      <th scope="row">{r.label}</th>
                      <td>{ofText(r.toInterview, r.submitted, r.submittalToInterview)}</td>
                      <td>{ofText(r.toOffer, r.interviewed, r.interviewToOffer)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}

/** "Mar 2026" for "2026-03", a month already on the recruiter's calendar: read mid-month in UTC, it cannot shift. */
const monthKeyLabel = (key: string) => formatMonth(`${key}-15T12:00:00Z`, { timeZone: 'UTC' });

const conversionRows = (by: 'month' | 'client', rows: ConversionRow[]) => [
  [
    by === 'month' ? 'Month' : 'Client',
    'Submitted',
    'Interview after',
    'Submittal to interview',
    'Interviewed',
    'Offer after',
    'Interview to offer',
  ],
  ...rows.map((r) => [
    by === 'month' ? r.key : r.label,
    r.submitted,
    r.toInterview,
    percent(r.submittalToInterview),
    r.interviewed,
    r.toOffer,
    percent(r.interviewToOffer),
  ]),
];
