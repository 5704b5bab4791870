import { useEffect } from 'react';
import { leaveQuestion, setLeaveAsker } from '../unsavedChanges';
import { useConfirm } from './ConfirmDialog';

/** Lends the app's own ConfirmDialog to the question asked before leaving unsaved edits. */
export function LeaveGuard() {
  const { dialog, ask } = useConfirm();
  useEffect(() => {
    setLeaveAsker((names) => ask(leaveQuestion(names)));
    return () => setLeaveAsker(null);
  }, [ask]);
  return dialog;
}
