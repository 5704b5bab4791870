import { useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { BreadthWeek } from '../../api/contract';
import { formatDay } from '../dates';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { CHART_COLORS, ReportChart } from './ReportChart';

const RANGES = [8, 12, 26, 52] as const;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** People contacted per week against contacts per person: persistence as breadth, not pressure. */
export function Breadth() {
  const [weeks, setWeeks] = useState<(typeof RANGES)[number]>(12);
  const report = useRpc('reports.breadth', { weeks, timezone: zone });
  return (
    <section className="panel report" aria-labelledby="breadth-title">
      <div className="report-head">
        <div>
          <h2 id="breadth-title">Breadth</h2>
          <p className="muted small">
            Persistence is activity across many people, not pressure on one. Aim for tall bars and a low line.
          </p>
        </div>
        <label className="inline-select">
          <span>Show</span>
          <select value={weeks} onChange={(e) => setWeeks(Number(e.target.value) as (typeof RANGES)[number])}>
            {RANGES.map((n) => (
              <option key={n} value={n}>
                Last {n} weeks
              </option>
            ))}
          </select>
        </label>
      </div>
      <Pending report={report} />
      {report.status === 'ready' && <BreadthBody weeks={report.data.weeks} timezone={report.data.timezone} />}
    </section>
  );
}

function BreadthBody({ weeks, timezone }: { weeks: BreadthWeek[]; timezone: string }) {
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: weeks.map((w) => formatDay(w.start, new Date(), { timeZone: timezone })),
        datasets: [
          {
            type: 'bar',
            label: 'People contacted (left)',
            data: weeks.map((w) => w.people),
            backgroundColor: CHART_COLORS.soft,
            yAxisID: 'people',
            order: 2,
          },
          {
            type: 'line',
            label: 'Contacts per person (right)',
            // No line over weeks with nobody contacted: there is no pressure to draw.
            data: weeks.map((w) => (w.people ? w.perPerson : null)),
            borderColor: CHART_COLORS.warm,
            backgroundColor: CHART_COLORS.warm,
            yAxisID: 'perPerson',
            order: 1,
          },
        ],
      },
      options: {
        scales: {
          people: {
            type: 'linear',
            position: 'left',
            beginAtZero: true,
            ticks: { precision: 0 },
            grid: { color: CHART_COLORS.line },
          },
          perPerson: {
            type: 'linear',
            position: 'right',
            beginAtZero: true,
            suggestedMax: 2,
            grid: { drawOnChartArea: false },
          },
        },
      },
    }),
    [weeks, timezone],
  );
  if (weeks.every((w) => w.touches === 0)) {
    return (
      <p className="muted">
        No outbound contacts in these weeks yet. Each email, call or message you log to someone appears here.
      </p>
    );
  }
  const last = weeks.at(-1)!;
  const now = new Date();
  const who = `${last.people} ${last.people === 1 ? 'person' : 'people'}`;
  const thisWeek = `${who} contacted, ${last.perPerson} contacts each`;
  return (
    <>
      <ReportChart
        config={config}
        label={`People contacted per week, and contacts per person. This week: ${thisWeek} on average.`}
        fileName="Politely breadth"
        rows={() => [
          ['Week of', 'People contacted', 'Contacts', 'Contacts per person'],
          ...weeks.map((w) => [w.start.slice(0, 10), w.people, w.touches, w.perPerson]),
        ]}
      />
      <details className="report-numbers">
        <summary>Show the numbers</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">People contacted</th>
              <th scope="col">Contacts</th>
              <th scope="col">Per person</th>
            </tr>
          </thead>
          <tbody>
            {[...weeks].reverse().map((w) => (
              <tr key={w.start}>
                <td>{formatDay(w.start, now, { timeZone: timezone })}</td>
                <td>{w.people}</td>
                <td>{w.touches}</td>
                <td>{w.perPerson}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
