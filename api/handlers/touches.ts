import { checkContact, contactState, describeState, stopDecides } from '../../core/policy';
import { classifyReply } from '../../core/signals';
import { inTransaction } from '../../db/connection';
import { readPolicy } from '../../db/settings';
import { historyAfterCheck, historyUntilCheck, loggedHistory, stopHistory } from '../../db/outlook';
import { listTouches } from '../../db/touches';
import { readingOptions, recipientOf, recordTouch, refuseFuture } from '../touchLog';
import { isoNow, localeOf } from '../context';
import type { HandlersOf } from './types';

export const touchHandlers: HandlersOf<'touches' | 'followups' | 'signals'> = {
  'touches.log': (ctx, input) => {
    const at = input.at ?? isoNow(ctx);
    refuseFuture(ctx, at);
    return inTransaction(ctx.db, () => recordTouch(ctx, { ...input, at }));
  },

  'touches.list': (ctx, filter) => listTouches(ctx.db, filter),

  'signals.classify': (ctx, { text, now, timezone }) =>
    classifyReply(text, now ? new Date(now) : ctx.now(), readingOptions(ctx, timezone ?? 'UTC')),

  'followups.state': (ctx, { personId, now }) => {
    const { person, recipient } = recipientOf(ctx, personId);
    const at = now ? new Date(now) : ctx.now();
    const state = contactState(loggedHistory(ctx.db, person.id), readPolicy(ctx.db), at);
    const summary = describeState(state, recipient.timezone, { locale: localeOf(ctx), now: at });
    return { ...state, summary, timezone: recipient.timezone };
  },

  'followups.check': (ctx, { personId, channel, kind, at }) => {
    const { person, recipient } = recipientOf(ctx, personId);
    const intent = { channel, kind, at: at ? new Date(at) : ctx.now(), locale: localeOf(ctx) };
    const policy = readPolicy(ctx.db);
    // After their "stop", two rows decide: no need to read the month.
    const stop = stopDecides(intent) ? stopHistory(ctx.db, person.id, intent.at) : [];
    if (stop.length > 0) return checkContact(stop, recipient, policy, intent);
    // What was logged after the check is read only when the search for the next allowed time needs it.
    return checkContact(historyUntilCheck(ctx.db, person.id, intent.at), recipient, policy, intent, () =>
      historyAfterCheck(ctx.db, person.id, intent.at),
    );
  },
};
