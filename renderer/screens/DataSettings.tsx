import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { formatDay } from '../dates';
import { download } from '../interviews/format';
import { erasePersonData, exportPersonData } from '../person/DataRights';
import { href } from '../router';
import { useToastStore } from '../stores/toasts';
import { useRpc } from '../useRpc';

const EXPORTS = [
  { entity: 'people', label: 'People' },
  { entity: 'applications', label: 'Applications' },
  { entity: 'touches', label: 'Contact log' },
] as const;

/** Taking data out, and the people kept longer than they should be. */
export function DataSettings() {
  const retention = useRpc('io.retention', {});
  const { dialog, ask } = useConfirm();
  // A list that could not be read shows as nobody, as it always has.
  const stale = retention.status === 'error' ? [] : (retention.data ?? null);

  const exportCsv = async (entity: (typeof EXPORTS)[number]['entity']) => {
    const result = await call('io.exportCsv', { entity });
    if (!result.ok) return useToastStore.getState().show(result.error.message, 'error');
    // Downloaded in browser mode; the desktop app's save dialog writes it where the recruiter chooses.
    download({ fileName: result.value.fileName, mime: 'text/csv', encoding: 'utf8', content: result.value.content });
  };

  const downloadFrom = async (channel: 'io.exportAll' | 'io.exportCalendar') => {
    const result = await call(channel, {});
    if (result.ok) download(result.value);
    else useToastStore.getState().show(result.error.message, 'error');
  };

  return (
    <section className="panel settings-about" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <h3>Export as CSV</h3>
      <p className="muted small">
        For a spreadsheet. Cells that look like formulas are kept as text, so they never run.
      </p>
      <div className="button-row">
        {EXPORTS.map((e) => (
          <button key={e.entity} type="button" className="button" onClick={() => void exportCsv(e.entity)}>
            {e.label}
          </button>
        ))}
      </div>
      <h3>Everything, and your calendar</h3>
      <p className="muted small">
        The whole profile as readable JSON, to keep or take to another tool; and your upcoming interviews as a calendar
        file.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void downloadFrom('io.exportAll')}>
          Everything (JSON)
        </button>
        <button type="button" className="button" onClick={() => void downloadFrom('io.exportCalendar')}>
          Upcoming interviews (.ics)
        </button>
      </div>
      {dialog}
      <h3>Not contacted in two years</h3>
      <p className="muted small">
        People with no contact for 24 months and no open application. Keep only what you still need: erase them, or
        export their data first.
      </p>
      {stale?.length === 0 && <p className="muted">Nobody. Everyone on file has been in touch within two years.</p>}
      {stale && stale.length > 0 && (
        <ul className="retention-list">
          {stale.map((p) => (
            <li key={p.id}>
              <a href={href('people', p.id)}>{p.name}</a>
              <span className="muted small">
                {p.lastContactAt
                  ? `last contact ${formatDay(p.lastContactAt, new Date())}`
                  : `added ${formatDay(p.createdAt, new Date())}, never contacted`}
              </span>
              <button type="button" className="link-button" onClick={() => void exportPersonData(p)}>
                Export
              </button>
              <button
                type="button"
                className="link-button danger"
                onClick={() => void erasePersonData(p, ask).then((erased) => erased && retention.reload())}
              >
                Erase
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
