import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { LoadError } from '../components/ui';
import { useRpc } from '../useRpc';
import { CHART_COLORS, ReportChart } from './ReportChart';

const hours = (minutes: number) => (minutes < 60 ? `${minutes} min` : `${Math.round((minutes / 60) * 10) / 10} h`);

/** How soon after each interview its debrief call came. */
export function DebriefSpeedPanel() {
  const report = useRpc('reports.debriefs', {});
  const buckets = useMemo(() => (report.status === 'ready' ? report.data.buckets : []), [report]);
  const waits = buckets.map((b) => `${b.label.toLowerCase()} ${b.count}`).join(', ');
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: buckets.map((b) => b.label),
        datasets: [
          {
            label: 'Debriefs',
            data: buckets.map((b) => b.count),
            backgroundColor: [CHART_COLORS.accent, CHART_COLORS.soft, CHART_COLORS.warm, '#b3261e'],
          },
        ],
      },
      options: {
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } } },
      },
    }),
    [buckets],
  );
  return (
    <section className="panel report" aria-labelledby="debrief-speed-title">
      <h2 id="debrief-speed-title">Debrief speed</h2>
      <p className="muted small">
        From the end of each interview to your debrief call. The sooner, the more they remember.
      </p>
      {report.status === 'error' && <LoadError message={report.error} onRetry={report.reload} />}
      {report.status === 'ready' && report.data.count === 0 && (
        <p className="report-empty">No debriefs yet. Each one you record is timed from the interview’s end.</p>
      )}
      {report.status === 'ready' && report.data.count > 0 && (
        <dl className="facts">
          <dt>Debriefs</dt>
          <dd>{report.data.count}</dd>
          <dt>Typical wait</dt>
          <dd>{hours(report.data.medianMinutes!)}</dd>
          <dt>Slowest tenth</dt>
          <dd>{hours(report.data.p90Minutes!)} or more</dd>
          <dt>Within an hour</dt>
          <dd>{Math.round(report.data.withinHour! * 100)}%</dd>
        </dl>
      )}
      {report.status === 'ready' && report.data.count > 0 && (
        <ReportChart
          config={config}
          label={`Debriefs by how long they waited: ${waits}.`}
          fileName="Politely debrief speed"
          rows={() => [['Waited', 'Debriefs'], ...buckets.map((b) => [b.label, b.count])]}
          height={200}
        />
      )}
    </section>
  );
}
