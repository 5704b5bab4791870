import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { PositionFill } from '../../api/contract';
import { href } from '../router';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { CHART_COLORS, ReportChart } from './ReportChart';

const daysText = (d: number) => `${d} ${d === 1 ? 'day' : 'days'}`;
const day = (at: string | null) => (at === null ? '' : at.slice(0, 10));

/** Filled in so many days, or open so many days so far. */
const fillText = (p: PositionFill) => (p.filled ? `Filled in ${daysText(p.days)}` : `Open ${daysText(p.days)} so far`);

/** From each position's opening to its first placement, and the positions still waiting for one. */
export function TimeToFill() {
  const report = useRpc('reports.timeToFill', {});
  const ready = report.status === 'ready' ? report.data : null;
  const buckets = useMemo(() => ready?.buckets ?? [], [ready]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: buckets.map((b) => b.label),
        datasets: [
          { label: 'Filled', data: buckets.map((b) => b.filled), backgroundColor: CHART_COLORS.accent },
          { label: 'Still open', data: buckets.map((b) => b.open), backgroundColor: CHART_COLORS.warm },
        ],
      },
      options: {
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } },
        },
      },
    }),
    [buckets],
  );
  return (
    <section className="panel report" aria-labelledby="time-to-fill-title">
      <h2 id="time-to-fill-title">Time to fill</h2>
      <p className="muted small">
        Days from a position’s opening to its first placement that stands, and how long the open ones have waited so
        far.
      </p>
      <Pending report={report} />
      {ready && ready.positions.length === 0 && (
        <p className="report-empty">
          No open or filled positions yet. Add a position for a client, and the days until its first placement are
          counted here.
        </p>
      )}
      {ready && ready.positions.length > 0 && (
        <>
          <dl className="facts">
            <dt>Filled</dt>
            <dd>{ready.filled}</dd>
            <dt>Typical time to fill</dt>
            <dd>{ready.medianDays === null ? 'None filled yet' : daysText(ready.medianDays)}</dd>
            <dt>Still open</dt>
            <dd>{ready.open}</dd>
          </dl>
          <ReportChart
            config={config}
            label={`Positions by days to fill: ${buckets
              .map((b) => `${b.label.toLowerCase()} ${b.filled} filled, ${b.open} still open`)
              .join('; ')}.`}
            fileName="Politely time to fill"
            rows={() => [
              ['Position', 'Client', 'Opened', 'First placement', 'Days', 'Now'],
              ...ready.positions.map((p) => [
                p.title,
                p.companyName,
                day(p.openedAt),
                day(p.filledAt),
                p.days,
                p.filled ? 'Filled' : 'Still open',
              ]),
            ]}
            height={230}
          />
          <details className="report-numbers">
            <summary>By position</summary>
            <div className="table-scroll">
              <table className="table named-rows">
                <thead>
                  <tr>
                    <th scope="col">Position</th>
                    <th scope="col">Time to fill</th>
                  </tr>
                </thead>
                <tbody>
                  {ready.positions.map((p) => (
                    <tr key={p.positionId}>
                      <th scope="row">
                        <a href={href('positions', p.positionId)}>{p.title}</a>{' '}
                        <span className="muted small">{p.companyName}</span>
                      </th>
                      <td>{fillText(p)}</td>
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
