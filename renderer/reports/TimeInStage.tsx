import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { STAGE_LABELS } from '../../api/contract';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { CHART_COLORS, ReportChart } from './ReportChart';

const daysText = (d: number | null) => (d === null ? '—' : `${d} ${d === 1 ? 'day' : 'days'}`);

/** How long applications wait in each stage before they move on. */
export function TimeInStage() {
  const report = useRpc('reports.timeInStage', {});
  const rows = useMemo(() => (report.status === 'ready' ? report.data : []), [report]);
  const typical = rows.map((r) => `${STAGE_LABELS[r.stage]} ${daysText(r.medianDays)}`).join(', ');
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: rows.map((r) => STAGE_LABELS[r.stage]),
        datasets: [
          { label: 'Typical (median) days', data: rows.map((r) => r.medianDays), backgroundColor: CHART_COLORS.accent },
          { label: 'Slowest tenth, days', data: rows.map((r) => r.p90Days), backgroundColor: CHART_COLORS.soft },
        ],
      },
      options: { scales: { y: { beginAtZero: true, grid: { color: CHART_COLORS.line } } } },
    }),
    [rows],
  );
  return (
    <section className="panel report" aria-labelledby="time-title">
      <h2 id="time-title">Time in stage</h2>
      <p className="muted small">
        How long applications stayed in each stage before they moved on, and who is waiting in each now.
      </p>
      <Pending report={report} />
      {report.status === 'ready' && rows.every((r) => r.stays === 0 && r.now === 0) && (
        <p className="report-empty">
          Nothing to time yet. Once applications move between stages, their waits show here.
        </p>
      )}
      {report.status === 'ready' && rows.some((r) => r.stays > 0 || r.now > 0) && (
        <>
          <ReportChart
            config={config}
            label={`Typical days in each stage: ${typical}.`}
            fileName="Politely time in stage"
            rows={() => [
              ['Stage', 'Stays ended', 'Median days', 'Slowest tenth, days', 'In it now', 'Longest wait now, days'],
              ...rows.map((r) => [STAGE_LABELS[r.stage], r.stays, r.medianDays, r.p90Days, r.now, r.longestNowDays]),
            ]}
            height={230}
          />
          <details className="report-numbers">
            <summary>Show the numbers</summary>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">Typical</th>
                  <th scope="col">Slowest tenth</th>
                  <th scope="col">In it now</th>
                  <th scope="col">Longest wait now</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.stage}>
                    <th scope="row">{STAGE_LABELS[r.stage]}</th>
                    <td>{daysText(r.medianDays)}</td>
                    <td>{daysText(r.p90Days)}</td>
                    <td>{r.now}</td>
                    <td>{daysText(r.longestNowDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
