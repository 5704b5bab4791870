import { useEffect, useState } from 'react';
import { RULE_NAMES, type BreadthWeek, type OverrideRow } from '../../api/contract';
import { call } from '../api';
import { LoadError, PageHeader } from '../components/ui';
import { CHANNEL_LABELS, formatWhen, KIND_LABELS } from '../person/labels';
import { href } from '../router';
import { BreadthChart } from './BreadthChart';

const RANGES = [8, 12, 26, 52] as const;
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

function useReport<T>(load: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>, deps: unknown[]) {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (current) setState(result.ok ? { status: 'ready', value: result.value } : { status: 'error', message: result.error.message });
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the report depends on
  }, [...deps, attempt]);
  return [state, () => setAttempt((n) => n + 1)] as const;
}

function Breadth() {
  const [weeks, setWeeks] = useState<(typeof RANGES)[number]>(12);
  const [report, retry] = useReport(() => call('reports.breadth', { weeks, timezone: zone }), [weeks]);
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
      {report.status === 'error' && <LoadError message={report.message} onRetry={retry} />}
      {report.status === 'loading' && <p className="muted">Counting…</p>}
      {report.status === 'ready' && <BreadthBody weeks={report.value.weeks} timezone={report.value.timezone} />}
    </section>
  );
}

function BreadthBody({ weeks, timezone }: { weeks: BreadthWeek[]; timezone: string }) {
  if (weeks.every((w) => w.touches === 0)) {
    return <p className="muted">No outbound contacts in these weeks yet. Each email, call or message you log to someone appears here.</p>;
  }
  return (
    <>
      <BreadthChart weeks={weeks} timezone={timezone} />
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

function Overrides() {
  const [report, retry] = useReport(() => call('reports.overrides', {}), []);
  return (
    <section className="panel report" aria-labelledby="overrides-title">
      <h2 id="overrides-title">Overrides</h2>
      <p className="muted small">Contacts you logged although a rule said no, with the reason you gave. Nothing is dropped; this is where they stay visible.</p>
      {report.status === 'error' && <LoadError message={report.message} onRetry={retry} />}
      {report.status === 'loading' && <p className="muted">Loading…</p>}
      {report.status === 'ready' && report.value.length === 0 && <p className="report-empty">No overrides. Every contact you logged kept to the rules.</p>}
      {report.status === 'ready' && report.value.length > 0 && <OverrideTable rows={report.value} />}
    </section>
  );
}

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
  const [report, retry] = useReport(() => call('reports.debriefs', {}), []);
  return (
    <section className="panel report" aria-labelledby="debrief-speed-title">
      <h2 id="debrief-speed-title">Debrief speed</h2>
      <p className="muted small">From the end of each interview to your debrief call. The sooner, the more they remember.</p>
      {report.status === 'error' && <LoadError message={report.message} onRetry={retry} />}
      {report.status === 'ready' && report.value.count === 0 && <p className="report-empty">No debriefs yet. Each one you record is timed from the interview’s end.</p>}
      {report.status === 'ready' && report.value.count > 0 && (
        <dl className="facts">
          <dt>Debriefs</dt>
          <dd>{report.value.count}</dd>
          <dt>Typical wait</dt>
          <dd>{hours(report.value.medianMinutes!)}</dd>
          <dt>Slowest tenth</dt>
          <dd>{hours(report.value.p90Minutes!)} or more</dd>
          <dt>Within an hour</dt>
          <dd>{Math.round(report.value.withinHour! * 100)}%</dd>
        </dl>
      )}
    </section>
  );
}

export function ReportsScreen() {
  return (
    <div className="screen">
      <PageHeader title="Reports" subtitle="How widely you reach out, and where you stepped past a rule." />
      <Breadth />
      <DebriefSpeedPanel />
      <Overrides />
    </div>
  );
}
