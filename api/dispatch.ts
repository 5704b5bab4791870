import {
  contract,
  isChannelName,
  type ApiError,
  type Channel,
  type Envelope,
  type FieldIssue,
  type Input,
  type Output,
} from './contract';
import type { Context } from './context';
import { AppError } from './errors';
import { handlers } from './handlers';
import type { Handler } from './handlers/types';

type Log = (message: string, error: unknown) => void;

const defaultLog: Log = (message, error) => console.error(message, error);

function fail(error: ApiError): Envelope<never> {
  return { ok: false, error };
}

function validationError(issues: FieldIssue[]): ApiError {
  const message =
    issues.length === 1
      ? issues[0]!.message
      : `${issues.length} fields need attention: ${issues.map((i) => i.message).join(' ')}`;
  return { code: 'validation', message, details: { issues } };
}

/** Turns anything a handler threw into an envelope a person can read. */
function toError(channel: string, error: unknown, log: Log): ApiError {
  if (error instanceof AppError)
    return { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return {
      code: 'conflict',
      message: 'That change clashes with data already saved, so nothing was changed. Refresh and try again.',
    };
  }
  if (
    sqliteCode === 'SQLITE_FULL' ||
    sqliteCode === 'SQLITE_IOERR_WRITE' ||
    (error as { code?: unknown } | null)?.code === 'ENOSPC'
  ) {
    return {
      code: 'internal',
      message:
        'The disk is full, so this was not saved. Everything saved before is safe. Free some space, then try again.',
    };
  }
  if (sqliteCode === 'SQLITE_BUSY') {
    return {
      code: 'internal',
      message: 'The data file is busy in another window. Nothing was changed; try again in a moment.',
    };
  }
  log(`politely: ${channel} failed`, error);
  return {
    code: 'internal',
    message: 'Something went wrong and nothing was changed. Try again; if it keeps happening, restart Politely.',
  };
}

/**
 * The one way into the backend. Validates the input against the contract, runs the handler and
 * always answers with an envelope: it never throws, whatever it is given. Both transports come
 * through here, so this is where an answered call counts as use for the idle lock.
 */
export async function dispatch(
  ctx: Context,
  channel: unknown,
  input: unknown,
  log: Log = defaultLog,
): Promise<Envelope<unknown>> {
  const answer = await answerCall(ctx, channel, input, log);
  ctx.answered?.();
  return answer;
}

async function answerCall(ctx: Context, channel: unknown, input: unknown, log: Log): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    const name = typeof channel === 'string' ? channel.slice(0, 80) : typeof channel;
    return fail({ code: 'not-found', message: `Politely has no action called "${name}".` });
  }
  // Locked means closed: no data channel says anything, not even what was wrong with its input.
  if (!channel.startsWith('profiles.') && ctx.isLocked?.())
    return fail({ code: 'locked', message: 'Politely is locked. Choose your profile and enter your passphrase.' });
  try {
    const parsed = contract[channel].safeParse(input);
    if (!parsed.success) {
      return fail(
        validationError(
          parsed.error.issues.map((i) => ({
            path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            message: i.message,
          })),
        ),
      );
    }
    const handler = handlers[channel] as Handler<typeof channel>;
    return { ok: true, value: await handler(ctx, parsed.data as never) };
  } catch (error) {
    return fail(toError(channel, error, log));
  }
}

/**
 * Runs one channel through `dispatch` and gives its value, or throws its error: for code that builds data through the
 * channels (the sample agency, the benchmark).
 */
export async function perform<C extends Channel>(ctx: Context, channel: C, input: Input<C>): Promise<Output<C>> {
  const result = (await dispatch(ctx, channel, input)) as Envelope<Output<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}
