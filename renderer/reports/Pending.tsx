import { LoadError } from '../components/ui';
import type { Rpc } from '../useRpc';

/** A report still counting, or one that could not be read (with a way to try again). */
export function Pending({ report }: { report: Rpc<unknown> }) {
  if (report.status === 'error') return <LoadError message={report.error} onRetry={report.reload} />;
  return report.status === 'loading' ? <p className="muted">Counting…</p> : null;
}
