import { describe, expect, it, vi } from 'vitest';
import { leaveQuestion, listed, lockQuestion, mayLeave, setLeaveAsker } from '../../renderer/unsavedChanges';

describe('the question before leaving unsaved edits', () => {
  it('names what is unsaved in one sentence and asks to leave without saving', () => {
    expect(leaveQuestion(['the prep'])).toMatchObject({
      title: 'Leave without saving?',
      body: 'You have unsaved changes to the prep. Leave without saving?',
      action: 'Leave without saving',
      cancel: 'Stay',
    });
    expect(lockQuestion(['the prep'])).toMatchObject({
      title: 'Lock without saving?',
      body: 'You have unsaved changes to the prep. Locking closes them unsaved. Lock anyway?',
      action: 'Lock without saving',
      cancel: 'Stay',
    });
    expect(listed(['the follow-up rules', 'your details'])).toBe('the follow-up rules and your details');
    expect(listed(['the follow-up rules', 'your details', 'the reminders'])).toBe(
      'the follow-up rules, your details and the reminders',
    );
  });

  it('lets the recruiter go at once, without asking, when nothing is unsaved', async () => {
    const ask = vi.fn(() => Promise.resolve(false));
    setLeaveAsker(ask);
    await expect(mayLeave()).resolves.toBe(true);
    expect(ask).not.toHaveBeenCalled();
    setLeaveAsker(null);
  });
});
