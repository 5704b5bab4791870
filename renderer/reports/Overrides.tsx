import { useMemo } from 'react';
import type { ChartConfiguration } from 'chart.js';
import type { OverrideRow } from '../../api/contract';
import { ruleLabel } from '../../core/policy';
import { formatDayTime } from '../dates';
import { CHANNEL_LABELS, KIND_LABELS } from '../person/labels';
import { href } from '../router';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { CHART_COLORS, ReportChart, saveCsv } from './ReportChart';

/** Contacts logged although a rule said no, by the rule stepped past, with the reasons given. */
export function Overrides() {
  const report = useRpc('reports.overrides', {});
  // Which rules were stepped past, and how often: the pattern worth a second look.
  const byRule = useMemo(() => {
    const counts = new Map<string, number>();
    if (report.status === 'ready')
      for (const t of report.data)
        for (const r of t.overrideRules) counts.set(ruleLabel(r), (counts.get(ruleLabel(r)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [report]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: byRule.map(([rule]) => rule),
        datasets: [{ label: 'Overrides', data: byRule.map(([, n]) => n), backgroundColor: CHART_COLORS.warm }],
      },
      options: {
        indexAxis: 'y',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } } },
      },
    }),
    [byRule],
  );
  return (
    <section className="panel report" aria-labelledby="overrides-title">
      <h2 id="overrides-title">Overrides</h2>
      <p className="muted small">
        Contacts you logged although a rule said no, with the reason you gave. Nothing is dropped; this is where they
        stay visible.
      </p>
      <Pending report={report} />
      {report.status === 'ready' && report.data.length === 0 && (
        <p className="report-empty">No overrides. Every contact you logged kept to the rules.</p>
      )}
      {report.status === 'ready' && report.data.length > 0 && (
        <>
          {byRule.length > 0 ? (
            <ReportChart
              config={config}
              label={`Overrides by the rule stepped past: ${byRule.map(([rule, n]) => `${rule} ${n}`).join(', ')}.`}
              fileName="Politely overrides"
              rows={() => overrideRows(report.data)}
              height={Math.max(120, 40 + byRule.length * 34)}
            />
          ) : (
            <div className="report-exports">
              <button
                type="button"
                className="button"
                onClick={() => saveCsv('Politely overrides', overrideRows(report.data))}
              >
                Save as CSV
              </button>
            </div>
          )}
          <OverrideTable rows={report.data} />
        </>
      )}
    </section>
  );
}

const overrideRows = (rows: OverrideRow[]) => [
  ['When', 'Person', 'Kind', 'Channel', 'Rules broken', 'Reason'],
  ...rows.map((t) => [
    t.at,
    t.personName,
    KIND_LABELS[t.kind],
    CHANNEL_LABELS[t.channel],
    t.overrideRules.map(ruleLabel).join('; '),
    t.overrideReason,
  ]),
];

function OverrideTable({ rows }: { rows: OverrideRow[] }) {
  return (
    <table className="table overrides">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col" className="hide-narrow">
            Contact
          </th>
          <th scope="col">Rules broken</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((t) => (
          <tr key={t.id}>
            <td>
              <a href={href('people', t.personId)}>{t.personName}</a>
              <br />
              <time className="muted small" dateTime={t.at}>
                {formatDayTime(t.at, new Date())}
              </time>
            </td>
            <td className="hide-narrow">
              {KIND_LABELS[t.kind].replace(/ \(.*\)$/, '')} · {CHANNEL_LABELS[t.channel]}
            </td>
            <td>{t.overrideRules.length ? t.overrideRules.map(ruleLabel).join(', ') : '—'}</td>
            <td>{t.overrideReason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
