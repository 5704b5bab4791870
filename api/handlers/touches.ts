import { askPermission, checkContact, contactState, describeState, type Verdict } from '../../core/policy';
import { classifyReply } from '../../core/signals';
import { getApplication } from '../../db/applications';
import { inTransaction, type Db } from '../../db/connection';
import { getPerson } from '../../db/people';
import { readPolicy } from '../../db/settings';
import { loggedHistory, refreshOutlook, relevantHistory } from '../../db/outlook';
import { listTouches, logTouch } from '../../db/touches';
import { isoNow } from '../context';
import { AppError, invalidField } from '../errors';
import type { HandlersOf } from './types';

const toUtc = (iso: string) => new Date(iso).toISOString();

/** Without a time zone on file, the rules read the clock in UTC; the person page asks for one. */
function recipientOf(db: Db, personId: string) {
  const person = getPerson(db, personId);
  if (!person) throw invalidField(['personId'], 'That person no longer exists. Choose another one.');
  return { person, recipient: { timezone: person.timezone ?? 'UTC' } };
}

function blockedError(verdict: Verdict): AppError {
  const blocks = verdict.reasons.filter((r) => r.severity === 'block');
  return new AppError('policy-blocked', blocks.map((r) => r.message).join(' '), {
    reasons: verdict.reasons,
    ...(verdict.nextAllowedAt ? { nextAllowedAt: verdict.nextAllowedAt } : {}),
    ...(verdict.requiredKind ? { requiredKind: verdict.requiredKind } : {}),
  });
}

export const touchHandlers: HandlersOf<'touches' | 'followups' | 'signals'> = {
  'touches.log': (ctx, input) =>
    inTransaction(ctx.db, () => {
      const { person, recipient } = recipientOf(ctx.db, input.personId);
      if (input.applicationId && !getApplication(ctx.db, input.applicationId)) {
        throw invalidField(['applicationId'], 'That application no longer exists.');
      }
      const at = toUtc(input.at);
      // What they said decides the pause: given, or read from their words, whose date becomes the agreed one.
      const signal = input.direction === 'in' && !input.response && input.summary ? classifyReply(input.summary, new Date(at)) : undefined;
      const response = input.response ?? signal?.class ?? (input.direction === 'in' ? 'neutral' : null);
      const agreedNextAt = input.agreedNextAt ? toUtc(input.agreedNextAt) : (signal?.until ?? null);
      let overrideReason: string | null = null;
      let overrideRules: string | null = null;
      const history = loggedHistory(ctx.db, person.id);
      const policy = readPolicy(ctx.db);
      // Inbound is always the truth and always logged; outbound passes the rules or says why not.
      if (input.direction === 'out') {
        const verdict = checkContact(history, recipient, policy, { channel: input.channel, kind: input.kind, at: new Date(at) });
        if (verdict.verdict === 'blocked') {
          if (!input.override) throw blockedError(verdict);
          overrideReason = input.override.reason;
          overrideRules = JSON.stringify(verdict.reasons.filter((r) => r.severity === 'block').map((r) => r.rule));
        }
      }
      const touch = logTouch(
        ctx.db,
        {
          personId: person.id,
          applicationId: input.applicationId ?? null,
          at,
          channel: input.channel,
          direction: input.direction,
          kind: input.kind,
          outcome: input.outcome,
          response,
          agreedNextAt,
          summary: input.summary ?? null,
          overrideReason,
          overrideRules,
        },
        isoNow(ctx),
      );
      refreshOutlook(ctx.db, person.id, policy, [...history, touch]);
      const ask = askPermission(touch);
      return { ...touch, warnings: ask ? [ask] : [] };
    }),

  'touches.list': (ctx, filter) => listTouches(ctx.db, filter),

  'signals.classify': (ctx, { text, now }) => classifyReply(text, now ? new Date(now) : ctx.now()),

  'followups.state': (ctx, { personId, now }) => {
    const { person, recipient } = recipientOf(ctx.db, personId);
    const state = contactState(loggedHistory(ctx.db, person.id), readPolicy(ctx.db), now ? new Date(now) : ctx.now());
    return { ...state, summary: describeState(state, recipient.timezone), timezone: recipient.timezone };
  },

  'followups.check': (ctx, { personId, channel, kind, at }) => {
    const { person, recipient } = recipientOf(ctx.db, personId);
    const when = at ? new Date(at) : ctx.now();
    return checkContact(relevantHistory(ctx.db, person.id, when), recipient, readPolicy(ctx.db), { channel, kind, at: when });
  },
};

