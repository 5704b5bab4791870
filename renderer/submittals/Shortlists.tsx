import { useState } from 'react';
import type { PositionRecord } from '../../api/contract';
import { LoadError } from '../components/ui';
import { useRoute } from '../router';
import { useRpc } from '../useRpc';
import { SendShortlist } from './SendShortlist';
import { ShortlistCard } from './ShortlistCard';
import '../styles/submittals.css';

/** A position's shortlists sent to the client, the latest first, and "Send a shortlist". */
export function Shortlists({ position, onChange }: { position: PositionRecord; onChange(): void }) {
  const list = useRpc('submittals.list', { positionId: position.id });
  const [sending, setSending] = useState(false);
  // Today opens a shortlist by its id.
  const focusedId = useRoute((r) => r.params.get('submittal'));
  const open = position.applications.filter((a) => a.stage !== 'closed' && a.stage !== 'placed');
  return (
    <section className="panel shortlists" aria-labelledby="shortlists-title">
      <div className="panel-head">
        <h2 id="shortlists-title">Shortlists</h2>
        {open.length > 0 && (
          <button type="button" className="button button-primary" onClick={() => setSending(true)}>
            Send a shortlist
          </button>
        )}
      </div>
      {list.status === 'error' && <LoadError message={list.error} onRetry={list.reload} />}
      {list.data?.length === 0 && (
        <p className="record-empty">
          {open.length > 0
            ? `Nothing sent to ${position.companyName} yet. Send a shortlist: pick candidates, write what the client should know about each, and save the packet.`
            : 'Nothing sent yet. Once candidates are in this position’s pipeline, send them to the client as a shortlist.'}
        </p>
      )}
      {list.data && list.data.length > 0 && (
        <ul className="shortlist-list">
          {list.data.map((s) => (
            <li key={s.id}>
              <ShortlistCard
                submittal={s}
                focused={focusedId === s.id}
                onChange={(next) => {
                  list.setData(list.data!.map((x) => (x.id === next.id ? next : x)));
                  onChange();
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {sending && (
        <SendShortlist
          position={position}
          candidates={open}
          onClose={(created) => {
            setSending(false);
            if (created) list.reload();
          }}
        />
      )}
    </section>
  );
}
