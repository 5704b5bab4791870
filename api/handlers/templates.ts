import { inTransaction } from '../../db/connection';
import { restoreDefaultTemplate, saveTemplate } from '../../db/templates';
import { listTemplates } from '../../db/templates';
import { isoNow } from '../context';
import { checkedText, fillTemplate, templateById } from '../messages';
import type { HandlersOf } from './types';

export const templateHandlers: HandlersOf<'templates'> = {
  'templates.list': (ctx) => listTemplates(ctx.db),

  'templates.save': (ctx, { id, subject, body }) => {
    const { kind } = templateById(ctx, id);
    const text = checkedText({ subject: subject.trim(), body: body.replace(/\s+$/, '') });
    return inTransaction(ctx.db, () => saveTemplate(ctx.db, kind, text, isoNow(ctx)));
  },

  'templates.restoreDefault': (ctx, { id }) => {
    const { kind } = templateById(ctx, id);
    return inTransaction(ctx.db, () => restoreDefaultTemplate(ctx.db, kind, isoNow(ctx)));
  },

  'templates.preview': (ctx, { templateId, personId, applicationId, draft }) =>
    fillTemplate(ctx, draft ?? templateById(ctx, templateId), personId, applicationId),
};
