import { LoadError } from '../components/ui';
import { useRpc } from '../useRpc';
import { DebriefScreen } from './DebriefScreen';
import { InterviewPage } from './InterviewPage';

/** One interview: its page, or its debrief; either way the latest saved version of it. */
export function InterviewScreen({ id, debrief }: { id: string; debrief: boolean }) {
  const { data: interview, status, error, reload, setData } = useRpc('interviews.get', { id });
  if (status === 'error') return <LoadError message={error} onRetry={reload} />;
  if (!interview || interview.id !== id) return <p className="screen muted">Loading…</p>;
  if (debrief) return <DebriefScreen interview={interview} onRecorded={setData} />;
  return <InterviewPage interview={interview} onChange={setData} />;
}
