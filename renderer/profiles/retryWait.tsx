import { useEffect, useRef, useState } from 'react';

/**
 * The wait Politely asks for after too many wrong guesses, counted down on the page's own clock. It starts from the
 * seconds the answer gives, not from the backend's moment, so a page clock that is off does not stretch or cut it.
 */
export function useRetryWait(onOver: () => void) {
  const [until, setUntil] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [waitSaid, setWaitSaid] = useState<string | null>(null);
  const over = useRef(onOver);
  useEffect(() => {
    over.current = onOver;
  });
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      const at = Date.now();
      if (at < until) return setNow(at);
      setUntil(null);
      over.current();
    }, 250);
    return () => clearInterval(timer);
  }, [until]);

  return {
    waiting: until !== null,
    secondsLeft: until === null ? 0 : Math.max(1, Math.ceil((until - now) / 1000)),
    /** A form's error message, unless it is the wait's own words, which the countdown replaces, then outlives. */
    unlessWait: (message: string | null): string | null => (message === waitSaid ? null : message),
    /** Starts the wait an error answer asks for; false when it asks for none. */
    startFrom(error: { message: string; details?: Record<string, unknown> | undefined }): boolean {
      const seconds = error.details?.retryAfterSeconds;
      if (typeof seconds !== 'number' || !(seconds > 0)) return false;
      const at = Date.now();
      setNow(at);
      setUntil(at + seconds * 1000);
      setWaitSaid(error.message);
      return true;
    },
  };
}

/** "Too many wrong passphrases. Try again in 13 seconds.", said once; the seconds change without being read out. */
export function RetryWait({ what, seconds }: { what: 'passphrases' | 'recovery keys'; seconds: number }) {
  return (
    <p className="form-error" role="alert">
      Too many wrong {what}.{' '}
      <span role="timer">
        Try again in {seconds} {seconds === 1 ? 'second' : 'seconds'}.
      </span>
    </p>
  );
}
