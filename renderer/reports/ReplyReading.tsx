import { RESPONSE_CLASSES, type ReplyReading as Reading } from '../../api/contract';
import { RESPONSE_LABELS, RESPONSE_ORDER } from '../person/labels';
import { useRpc } from '../useRpc';
import { Pending } from './Pending';
import { saveCsv } from './ReportChart';

type Row = Reading['classes'][number];

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

/** What the recruiter corrected each class to, most often first: "Interested (2), A clear no (1)". */
function correctedTo(row: Row): string {
  const counts = RESPONSE_CLASSES.flatMap((c) => (row.correctedTo[c] ? [[c, row.correctedTo[c]] as const] : []));
  return counts
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${RESPONSE_LABELS[c]} (${n})`)
    .join(', ');
}

/** The strongest answers first, as the Log a contact form lists them. */
const inOrder = (report: Reading) =>
  [...report.classes].sort((a, b) => RESPONSE_ORDER.indexOf(a.readAs) - RESPONSE_ORDER.indexOf(b.readAs));

const readingRows = (report: Reading) => [
  ['Politely read', 'Replies', 'Corrected', 'Corrected to'],
  ...inOrder(report).map((r) => [RESPONSE_LABELS[r.readAs], r.read, r.corrected, correctedTo(r)]),
];

/** How often the recruiter corrected what the reply reader made of a reply, by the class it read. */
export function ReplyReading() {
  const report = useRpc('reports.replyReading', {});
  const rows = report.status === 'ready' ? inOrder(report.data) : [];
  return (
    <section className="panel report" aria-labelledby="reply-reading-title">
      <h2 id="reply-reading-title">Reply reading</h2>
      <p className="muted small">
        Politely reads what people reply and shows you what it read before you log it. This is how often you corrected
        it, and to what.
      </p>
      <Pending report={report} />
      {report.status === 'ready' && report.data.read === 0 && (
        <p className="report-empty">
          No replies read yet. When you log what someone replied, what Politely read and any correction you made are
          counted here.
        </p>
      )}
      {report.status === 'ready' && report.data.read > 0 && (
        <>
          <dl className="facts">
            <dt>Replies read</dt>
            <dd>{report.data.read}</dd>
            <dt>Corrected</dt>
            <dd>
              {report.data.corrected} ({percent(report.data.corrected, report.data.read)})
            </dd>
          </dl>
          <table className="table reply-reading">
            <thead>
              <tr>
                <th scope="col">Politely read</th>
                <th scope="col">Replies</th>
                <th scope="col">You corrected</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.readAs}>
                  <th scope="row">{RESPONSE_LABELS[r.readAs]}</th>
                  <td>{r.read}</td>
                  <td>{r.corrected ? `${r.corrected}: to ${correctedTo(r)}` : 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="report-exports">
            <button
              type="button"
              className="button"
              onClick={() => saveCsv('Politely reply reading', readingRows(report.data))}
            >
              Save as CSV
            </button>
          </div>
        </>
      )}
    </section>
  );
}
