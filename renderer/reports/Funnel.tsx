import { useMemo, useState } from 'react';
import type { ChartConfiguration } from 'chart.js';
import { OPEN_STAGES, STAGE_LABELS } from '../../api/contract';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { CHART_COLORS, ReportChart } from './ReportChart';

const FUNNEL_STAGE_ORDER = OPEN_STAGES;
const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** How far applications got, stage by stage, in all or for one position. */
export function Funnel() {
  const report = useRpc('reports.funnel', {});
  const [positionId, setPositionId] = useState('');
  const ready = report.status === 'ready' ? report.data : null;
  const chosen = ready?.positions.find((p) => p.positionId === positionId);
  const stages = useMemo(() => chosen?.stages ?? ready?.stages ?? [], [chosen, ready]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: stages.map((s) => STAGE_LABELS[s.stage]),
        datasets: [
          {
            label: 'Applications that got this far',
            data: stages.map((s) => s.reached),
            backgroundColor: CHART_COLORS.accent,
          },
        ],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } } },
      },
    }),
    [stages],
  );
  const title = chosen ? `${chosen.title} at ${chosen.companyName}` : 'All positions';
  return (
    <section className="panel report" aria-labelledby="funnel-title">
      <div className="report-head">
        <div>
          <h2 id="funnel-title">Funnel</h2>
          <p className="muted small">
            How far applications got: each bar counts those that reached the stage or went further.
          </p>
        </div>
        {ready && ready.positions.length > 0 && (
          <label className="inline-select">
            <span>Position</span>
            <select value={positionId} onChange={(e) => setPositionId(e.target.value)}>
              <option value="">All positions</option>
              {ready.positions.map((p) => (
                <option key={p.positionId} value={p.positionId}>
                  {p.title} — {p.companyName}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <Pending report={report} />
      {ready && ready.stages[0]!.reached === 0 && (
        <p className="report-empty">
          No applications yet. Add candidates to positions on the Pipeline, and their progress shows here.
        </p>
      )}
      {ready && ready.stages[0]!.reached > 0 && (
        <>
          <ReportChart
            config={config}
            label={`Funnel for ${title}: ${stages.map((s) => `${STAGE_LABELS[s.stage]} ${s.reached}`).join(', ')}.`}
            fileName={`Politely funnel - ${title.replace(/[^\p{L}\p{N} ._-]+/gu, '')}`}
            rows={() => [
              ['Stage', 'Reached', 'Of the stage before'],
              ...stages.map((s) => [STAGE_LABELS[s.stage], s.reached, percent(s.conversion)]),
            ]}
            height={230}
          />
          <details className="report-numbers">
            <summary>By position</summary>
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Position</th>
                    {FUNNEL_STAGE_ORDER.map((s) => (
                      <th key={s} scope="col">
                        {STAGE_LABELS[s]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {ready.positions.map((p) => (
                    <tr key={p.positionId}>
                      <th scope="row">
                        {p.title} <span className="muted small">{p.companyName}</span>
                      </th>
                      {p.stages.map((s) => (
                        <td key={s.stage}>{s.reached}</td>
                      ))}
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
