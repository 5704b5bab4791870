import { useEffect } from 'react';
import type { QueueItem, QueueType } from '../../api/contract';
import { PREP_DUE_HOURS } from '../../core/interviews';
import { EmptyState, LoadError, PageHeader } from '../components/ui';
import { formatDay, formatDayTime } from '../dates';
import { fromNow } from '../fromNow';
import { href } from '../router';
import { useTodayStore } from '../stores/today';
import { YourDetailsPrompt } from './YourDetailsPrompt';

const MINUTE = 60_000;

interface Section {
  type: QueueType;
  title: string;
  hint: string;
  act: string;
}

// In the order a recruiter should work them: what people are waiting on first.
const SECTIONS: Section[] = [
  {
    type: 'debrief-due',
    title: 'Debriefs to call',
    hint: 'Call them as soon as the interview ends, oldest first.',
    act: 'Debrief',
  },
  { type: 'follow-up-due', title: 'Follow-ups due', hint: 'The date they agreed to has come.', act: 'Follow up' },
  {
    type: 'prep-due',
    title: 'Prep to finish',
    hint: `Interviews within the next ${PREP_DUE_HOURS} hours whose prep is not complete.`,
    act: 'Finish prep',
  },
  {
    type: 'feedback-due',
    title: 'Clients’ answers',
    hint: 'Shortlists a client has not answered on yet. Chase them within the client-feedback limit.',
    act: 'Shortlist',
  },
  {
    type: 'offer-waiting',
    title: 'Offers waiting for an answer',
    hint: 'Ask for their YES or NO before the offer expires.',
    act: 'Their answer',
  },
  {
    type: 'guarantee-ending',
    title: 'Guarantees ending',
    hint: 'Placements whose guarantee ends within two weeks: check in with both sides.',
    act: 'Check in',
  },
  {
    type: 'task-due',
    title: 'Tasks due',
    hint: 'Your own to-dos due by the end of today, overdue ones first. Tick them done on the person’s page.',
    act: 'Open',
  },
  { type: 'stale', title: 'Gone quiet', hint: 'Open applications with no contact for a while.', act: 'Check in' },
  {
    type: 'waiting',
    title: 'Waiting',
    hint: 'People who asked for time, and the date you may reach out again.',
    act: 'Open',
  },
];

/** Where one click takes you: the debrief script, the interview's prep, or the person. */
function target(item: QueueItem): string {
  if (item.submittalId && item.positionId) return href('positions', item.positionId, { submittal: item.submittalId });
  if (item.interviewId)
    return item.type === 'debrief-due'
      ? href('interviews', item.interviewId, { debrief: '1' })
      : href('interviews', item.interviewId);
  return href('people', item.personId);
}

function Item({ item, section, now }: { item: QueueItem; section: Section; now: number }) {
  const where = [item.positionTitle, item.companyName].filter(Boolean).join(' at ');
  const when = formatDayTime(item.due, now);
  return (
    <li className="queue-item">
      <div className="queue-who">
        <a className="queue-name" href={href('people', item.personId)}>
          {item.personName}
        </a>
        {where && <span className="muted small">{where}</span>}
      </div>
      <p className="queue-reason">{item.reason}</p>
      <time className="queue-when small" dateTime={item.due} title={when}>
        {fromNow(item.due, now)}
      </time>
      <a
        className={`button ${section.type === 'waiting' ? '' : 'button-primary'}`}
        href={target(item)}
        aria-label={`${section.act}: ${item.personName}`}
      >
        {section.act}
      </a>
    </li>
  );
}

export function TodayScreen() {
  const { items, status, error, readAt, load } = useTodayStore();
  useEffect(() => {
    void load();
    // Things fall due while the screen is open: read the queue again every minute and on return.
    const timer = window.setInterval(() => void load(), MINUTE);
    const onFocus = () => void load();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [load]);

  const today = new Date();
  const date = formatDay(today, today);
  const sections = SECTIONS.map((section) => ({ section, list: items.filter((i) => i.type === section.type) })).filter(
    (s) => s.list.length > 0,
  );
  const toDo = items.filter((i) => i.type !== 'waiting').length;
  return (
    <div className="screen">
      <PageHeader
        title="Today"
        subtitle={status === 'ready' ? `${date} · ${toDo === 0 ? 'nothing due' : `${toDo} to do`}` : date}
      />
      <YourDetailsPrompt />
      {status === 'error' && error && <LoadError message={error} onRetry={() => void load()} />}
      {status === 'loading' && <p className="muted">Reading your day…</p>}
      {status === 'ready' && items.length === 0 && (
        <EmptyState
          title="Nothing is due today"
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
          <p>
            This is where your day starts. Follow-ups whose agreed date has come, candidates who have gone quiet, and
            the people you are waiting on will be listed here, oldest first.
          </p>
          <p>
            An interview's prep is listed here once the interview is {PREP_DUE_HOURS} hours away and its prep is not
            complete; until then it waits on the interview's page.
          </p>
          <p>
            Log each contact on the person's page, and ask "When may I follow up?" at the end of every conversation: the
            date lands here.
          </p>
        </EmptyState>
      )}
      {status === 'ready' &&
        sections.map(({ section, list }) => (
          <section key={section.type} className="panel queue-section" aria-labelledby={`queue-${section.type}`}>
            <div className="queue-head">
              <h2 id={`queue-${section.type}`}>
                {section.title} <span className="column-count">{list.length}</span>
              </h2>
              <p className="muted small">{section.hint}</p>
            </div>
            <ul className="queue-list">
              {list.map((item) => (
                <Item
                  key={[
                    item.type,
                    item.personId,
                    item.applicationId,
                    item.interviewId,
                    item.taskId,
                    item.submittalId,
                  ].join('-')}
                  item={item}
                  section={section}
                  now={readAt ?? Date.now()}
                />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
