import { useEffect } from 'react';
import { setLeaveAsker } from '../unsavedChanges';
import { useConfirm } from './ConfirmDialog';

/** Lends the app's own ConfirmDialog to the question asked before leaving (or locking with) unsaved edits. */
export function LeaveGuard() {
  const { dialog, ask } = useConfirm();
  useEffect(() => {
    setLeaveAsker(ask);
    return () => setLeaveAsker(null);
  }, [ask]);
  return dialog;
}
