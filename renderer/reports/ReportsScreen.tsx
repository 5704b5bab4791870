import { useMemo, useState } from 'react';
import { OPEN_STAGES, RULE_NAMES, STAGE_LABELS, type BreadthWeek, type OverrideRow } from '../../api/contract';
import { LoadError, PageHeader } from '../components/ui';
import { CHANNEL_LABELS, formatWhen, KIND_LABELS } from '../person/labels';
import { href } from '../router';
import { useRpc, type Rpc } from '../useRpc';
import type { ChartConfiguration } from 'chart.js';
import { CHART_COLORS, ReportChart, saveCsv } from './ReportChart';

const RANGES = [8, 12, 26, 52] as const;
const FUNNEL_STAGE_ORDER = OPEN_STAGES;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** A report still counting, or one that could not be read (with a way to try again). */
function Pending({ report }: { report: Rpc<unknown> }) {
  if (report.status === 'error') return <LoadError message={report.error} onRetry={report.reload} />;
  return report.status === 'loading' ? <p className="muted">Counting…</p> : null;
}

function Breadth() {
  const [weeks, setWeeks] = useState<(typeof RANGES)[number]>(12);
  const report = useRpc('reports.breadth', { weeks, timezone: zone });
  return (
    <section className="panel report" aria-labelledby="breadth-title">
      <div className="report-head">
        <div>
          <h2 id="breadth-title">Breadth</h2>
          <p className="muted small">Persistence is activity across many people, not pressure on one. Aim for tall bars and a low line.</p>
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
        labels: weeks.map((w) => new Date(w.start).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: timezone })),
        datasets: [
          { type: 'bar', label: 'People contacted (left)', data: weeks.map((w) => w.people), backgroundColor: CHART_COLORS.soft, yAxisID: 'people', order: 2 },
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
          people: { type: 'linear', position: 'left', beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } },
          perPerson: { type: 'linear', position: 'right', beginAtZero: true, suggestedMax: 2, grid: { drawOnChartArea: false } },
        },
      },
    }),
    [weeks, timezone],
  );
  if (weeks.every((w) => w.touches === 0)) {
    return <p className="muted">No outbound contacts in these weeks yet. Each email, call or message you log to someone appears here.</p>;
  }
  const last = weeks.at(-1)!;
  return (
    <>
      <ReportChart
        config={config}
        label={`People contacted per week, and contacts per person. This week: ${last.people} ${last.people === 1 ? 'person' : 'people'} contacted, ${last.perPerson} contacts each on average.`}
        fileName="Politely breadth"
        rows={() => [['Week of', 'People contacted', 'Contacts', 'Contacts per person'], ...weeks.map((w) => [w.start.slice(0, 10), w.people, w.touches, w.perPerson])]}
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
                <td>{new Date(w.start).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: timezone })}</td>
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

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** How far applications got, stage by stage, in all or for one position. */
function Funnel() {
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
        datasets: [{ label: 'Applications that got this far', data: stages.map((s) => s.reached), backgroundColor: CHART_COLORS.accent }],
      },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } } } },
    }),
    [stages],
  );
  const title = chosen ? `${chosen.title} at ${chosen.companyName}` : 'All positions';
  return (
    <section className="panel report" aria-labelledby="funnel-title">
      <div className="report-head">
        <div>
          <h2 id="funnel-title">Funnel</h2>
          <p className="muted small">How far applications got: each bar counts those that reached the stage or went further.</p>
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
      {ready && ready.stages[0]!.reached === 0 && <p className="report-empty">No applications yet. Add candidates to positions on the Pipeline, and their progress shows here.</p>}
      {ready && ready.stages[0]!.reached > 0 && (
        <>
          <ReportChart
            config={config}
            label={`Funnel for ${title}: ${stages.map((s) => `${STAGE_LABELS[s.stage]} ${s.reached}`).join(', ')}.`}
            fileName={`Politely funnel - ${title.replace(/[^\p{L}\p{N} ._-]+/gu, '')}`}
            rows={() => [['Stage', 'Reached', 'Of the stage before'], ...stages.map((s) => [STAGE_LABELS[s.stage], s.reached, percent(s.conversion)])]}
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

const daysText = (d: number | null) => (d === null ? '—' : `${d} ${d === 1 ? 'day' : 'days'}`);

/** How long applications wait in each stage before they move on. */
function TimeInStage() {
  const report = useRpc('reports.timeInStage', {});
  const rows = useMemo(() => (report.status === 'ready' ? report.data : []), [report]);
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
      <p className="muted small">How long applications stayed in each stage before they moved on, and who is waiting in each now.</p>
      <Pending report={report} />
      {report.status === 'ready' && rows.every((r) => r.stays === 0 && r.now === 0) && <p className="report-empty">Nothing to time yet. Once applications move between stages, their waits show here.</p>}
      {report.status === 'ready' && rows.some((r) => r.stays > 0 || r.now > 0) && (
        <>
          <ReportChart
            config={config}
            label={`Typical days in each stage: ${rows.map((r) => `${STAGE_LABELS[r.stage]} ${daysText(r.medianDays)}`).join(', ')}.`}
            fileName="Politely time in stage"
            rows={() => [['Stage', 'Stays ended', 'Median days', 'Slowest tenth, days', 'In it now', 'Longest wait now, days'], ...rows.map((r) => [STAGE_LABELS[r.stage], r.stays, r.medianDays, r.p90Days, r.now, r.longestNowDays])]}
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

function Overrides() {
  const report = useRpc('reports.overrides', {});
  // Which rules were stepped past, and how often: the pattern worth a second look.
  const byRule = useMemo(() => {
    const counts = new Map<string, number>();
    if (report.status === 'ready') for (const t of report.data) for (const r of t.overrideRules) counts.set(RULE_NAMES[r], (counts.get(RULE_NAMES[r]) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1]);
  }, [report]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: { labels: byRule.map(([rule]) => rule), datasets: [{ label: 'Overrides', data: byRule.map(([, n]) => n), backgroundColor: CHART_COLORS.warm }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } } } },
    }),
    [byRule],
  );
  return (
    <section className="panel report" aria-labelledby="overrides-title">
      <h2 id="overrides-title">Overrides</h2>
      <p className="muted small">Contacts you logged although a rule said no, with the reason you gave. Nothing is dropped; this is where they stay visible.</p>
      <Pending report={report} />
      {report.status === 'ready' && report.data.length === 0 && <p className="report-empty">No overrides. Every contact you logged kept to the rules.</p>}
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
              <button type="button" className="button" onClick={() => saveCsv('Politely overrides', overrideRows(report.data))}>
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
  ...rows.map((t) => [t.at, t.personName, KIND_LABELS[t.kind], CHANNEL_LABELS[t.channel], t.overrideRules.map((r) => RULE_NAMES[r]).join('; '), t.overrideReason]),
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
                {formatWhen(t.at)}
              </time>
            </td>
            <td className="hide-narrow">
              {KIND_LABELS[t.kind].replace(/ \(.*\)$/, '')} · {CHANNEL_LABELS[t.channel]}
            </td>
            <td>{t.overrideRules.length ? t.overrideRules.map((r) => RULE_NAMES[r]).join(', ') : '—'}</td>
            <td>{t.overrideReason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const hours = (minutes: number) => (minutes < 60 ? `${minutes} min` : `${Math.round((minutes / 60) * 10) / 10} h`);

function DebriefSpeedPanel() {
  const report = useRpc('reports.debriefs', {});
  const buckets = useMemo(() => (report.status === 'ready' ? report.data.buckets : []), [report]);
  const config = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: { labels: buckets.map((b) => b.label), datasets: [{ label: 'Debriefs', data: buckets.map((b) => b.count), backgroundColor: [CHART_COLORS.accent, CHART_COLORS.soft, CHART_COLORS.warm, '#b3261e'] }] },
      options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLORS.line } } } },
    }),
    [buckets],
  );
  return (
    <section className="panel report" aria-labelledby="debrief-speed-title">
      <h2 id="debrief-speed-title">Debrief speed</h2>
      <p className="muted small">From the end of each interview to your debrief call. The sooner, the more they remember.</p>
      {report.status === 'error' && <LoadError message={report.error} onRetry={report.reload} />}
      {report.status === 'ready' && report.data.count === 0 && <p className="report-empty">No debriefs yet. Each one you record is timed from the interview’s end.</p>}
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
          label={`Debriefs by how long they waited: ${buckets.map((b) => `${b.label.toLowerCase()} ${b.count}`).join(', ')}.`}
          fileName="Politely debrief speed"
          rows={() => [['Waited', 'Debriefs'], ...buckets.map((b) => [b.label, b.count])]}
          height={200}
        />
      )}
    </section>
  );
}

export function ReportsScreen() {
  return (
    <div className="screen">
      <PageHeader title="Reports" subtitle="How your pipeline is doing, how widely you reach out, how fast you debrief, and where you stepped past a rule." />
      <Funnel />
      <TimeInStage />
      <Breadth />
      <DebriefSpeedPanel />
      <Overrides />
    </div>
  );
}
