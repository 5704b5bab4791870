import { EmptyState, PageHeader } from '../components/ui';
import { href } from '../router';

export function TodayScreen() {
  const date = new Date().toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  return (
    <div className="screen">
      <PageHeader title="Today" subtitle={date} />
      <EmptyState
        title="Nothing is due yet"
        actions={
          <>
            <a className="button button-primary" href={href('pipeline')}>
              Open the pipeline
            </a>
            <a className="button" href={href('people', 'new', { kind: 'candidate' })}>
              Add a candidate
            </a>
          </>
        }
      >
        <p>This is where your day starts. Debriefs to call, follow-ups whose agreed date has come, and interviews that still need prep will be listed here, oldest first.</p>
        <p>Until then, keep your pipeline current: add candidates to positions and move them along as they progress.</p>
      </EmptyState>
    </div>
  );
}
