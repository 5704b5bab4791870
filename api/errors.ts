import type { ErrorCode, FieldIssue } from './contract';

/** An expected failure with a stable code and a message a recruiter can act on. */
export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: { issues?: FieldIssue[] } & Record<string, unknown>,
  ) {
    super(message);
  }
}

export function notFound(what: string): AppError {
  return new AppError('not-found', `That ${what} no longer exists. It may have been removed; refresh and try again.`);
}

/** A validation failure on one field, shaped like the ones zod produces. */
export function invalidField(path: (string | number)[], message: string): AppError {
  return new AppError('validation', message, { issues: [{ path, message }] });
}

/** The value, or a not-found error naming what was looked for. */
export function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}
