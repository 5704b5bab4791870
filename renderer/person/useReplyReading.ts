import { useState } from 'react';
import type { Envelope, ResponseClass, Signal } from '../../api/contract';
import { call } from '../api';
import { useRpc } from '../useRpc';
import { asksAboutStop, type StopAnswer } from './ReadingPanel';

interface Choice {
  /** The words the choice was made for: new words are read afresh, and an old choice does not carry over. */
  text: string;
  chosen: ResponseClass | null;
  stopAnswer: StopAnswer;
}

const sameReading = (a: Signal, b: Signal | null) => !!b && JSON.stringify(a) === JSON.stringify(b);

/** A refusal shown in the form as if the backend had said it, beside `field` when one is named. */
export const refusal = <T>(message: string, field?: string): Envelope<T> => ({
  ok: false,
  error: { code: 'validation', message, ...(field ? { details: { issues: [{ path: [field], message }] } } : {}) },
});

/**
 * Their reply, read as it is typed (in their zone, as of the contact's time), and the recruiter's
 * answer to it: the class they chose over the reader's, and whether the reply asked them to stop.
 */
export function useReplyReading(text: string, at: string, zone: string, enabled: boolean) {
  const reads = enabled && text.trim() !== '';
  const input = { text, timezone: zone, ...(at ? { now: at } : {}) };
  const reader = useRpc('signals.classify', input, [], { enabled: reads, delayMs: 300 });
  const reading = reads ? (reader.data ?? null) : null;
  const [stored, setStored] = useState<Choice>({ text, chosen: null, stopAnswer: null });
  const choice = stored.text === text ? stored : { text, chosen: null, stopAnswer: null };
  const shown: ResponseClass | null = reading ? (choice.chosen ?? reading.class) : null;

  // Saying it is a stop answers the stop question, and picking another class after a yes takes it back.
  const choose = (c: ResponseClass) =>
    setStored({
      text,
      chosen: c,
      stopAnswer: c === 'stop' ? 'yes' : choice.stopAnswer === 'yes' ? 'no' : choice.stopAnswer,
    });
  const answerStop = (a: 'yes' | 'no') =>
    setStored({
      text,
      stopAnswer: a,
      chosen: a === 'yes' ? 'stop' : choice.chosen === 'stop' ? null : choice.chosen,
    });

  /**
   * Reads their words once more as they are saved: what is saved is what was shown, and a reply that
   * mentions a stop word has had its question answered. Null when there is nothing to read.
   */
  async function confirm(
    onUnanswered: () => void,
  ): Promise<Envelope<{ response: ResponseClass; readAs: ResponseClass }> | null> {
    if (!reads) return null;
    const latest = await call('signals.classify', input);
    if (!latest.ok) return latest;
    if (!sameReading(latest.value, reading)) {
      reader.setData(latest.value);
      return refusal('Politely has just read their words. Check what it read, then log the contact.');
    }
    if (asksAboutStop(latest.value) && !choice.stopAnswer) {
      onUnanswered();
      return refusal('Say whether they asked you to stop before you log this.', 'stopAnswer');
    }
    return { ok: true, value: { response: choice.chosen ?? latest.value.class, readAs: latest.value.class } };
  }

  /** Forgets the recruiter's answers, once what they answered is saved. */
  const reset = () => setStored({ text: '', chosen: null, stopAnswer: null });

  return { reads, reading, shown, stopAnswer: choice.stopAnswer, choose, answerStop, confirm, reset };
}
