import { STAGE_LABELS, type StillInPipeline } from '../../api/contract';
import { call } from '../api';
import { useConfirm } from '../components/ConfirmDialog';
import { useToastStore } from '../stores/toasts';

const candidates = (n: number) => (n === 1 ? '1 other candidate is' : `${n} other candidates are`);

/**
 * What follows a placement that fills its position: the other candidates still in its pipeline are named, and the
 * recruiter closes their applications (the position filled by someone else) or keeps them open. No one is closed
 * unasked, and Politely tells none of them: that word is the recruiter's. `onClosed` hears when some were closed.
 */
export function useFilledPosition(onClosed: () => void) {
  const { dialog, ask } = useConfirm();
  const toast = (message: string, tone?: 'error') => useToastStore.getState().show(message, tone);
  const afterPlacement = async (others: StillInPipeline[]) => {
    if (others.length === 0) return toast('Placement recorded. The position is marked filled.');
    const n = others.length;
    const close = await ask({
      title: 'Position filled',
      body: (
        <>
          <p>Position filled; {candidates(n)} still in its pipeline:</p>
          <ul className="filled-others">
            {others.map((o) => (
              <li key={o.id}>
                {o.candidateName} ({STAGE_LABELS[o.stage]})
              </li>
            ))}
          </ul>
          <p>
            Close {n === 1 ? 'their application' : 'their applications'} as “Position filled by someone else”? Politely
            sends them nothing: tell each of them yourself.
          </p>
        </>
      ),
      action: n === 1 ? 'Close their application' : `Close all ${n} applications`,
      cancel: 'Keep them open',
      destructive: false,
    });
    if (!close) return toast(`Placement recorded. Position filled; ${candidates(n)} still in its pipeline.`);
    const refused: string[] = [];
    for (const other of others) {
      const answer = await call('applications.close', { id: other.id, reason: 'position-filled' });
      if (!answer.ok) refused.push(`${other.candidateName}: ${answer.error.message}`);
    }
    onClosed();
    const closed = n - refused.length;
    if (refused.length === 0)
      toast(`Placement recorded. Closed ${closed === 1 ? '1 other application' : `${closed} other applications`}.`);
    else toast(`Closed ${closed} of ${n} other applications. Not closed: ${refused.join(' ')}`, 'error');
  };
  return { dialog, afterPlacement };
}
