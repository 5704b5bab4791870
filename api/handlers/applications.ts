import { STAGE_LABELS } from '../../core/model';
import { checkMove } from '../../core/pipeline';
import {
  boardColumnPage,
  boardFirstPages,
  closeApplication,
  createApplication,
  findOpenApplication,
  getApplication,
  moveApplication,
  restoreApplication,
} from '../../db/applications';
import { inTransaction } from '../../db/connection';
import { getPerson } from '../../db/people';
import { getPosition } from '../../db/positions';
import { isoNow } from '../context';
import { requireDebriefs } from '../debriefGate';
import { AppError, found, invalidField } from '../errors';
import type { HandlersOf } from './types';

export const applicationHandlers: Omit<HandlersOf<'applications'>, 'applications.createMany'> = {
  'applications.create': (ctx, { candidateId, positionId }) =>
    inTransaction(ctx.db, () => {
      const candidate = getPerson(ctx.db, candidateId);
      if (!candidate) throw invalidField(['candidateId'], 'That candidate no longer exists. Choose another one.');
      if (candidate.kind !== 'candidate')
        throw invalidField(['candidateId'], `${candidate.name} is a client contact, not a candidate.`);
      const position = getPosition(ctx.db, positionId);
      if (!position) throw invalidField(['positionId'], 'That position no longer exists. Choose another one.');
      if (position.status === 'filled' || position.status === 'cancelled') {
        throw invalidField(
          ['positionId'],
          `${position.title} is ${position.status}. Reopen the position before adding candidates.`,
        );
      }
      const existing = findOpenApplication(ctx.db, candidateId, positionId);
      if (existing) {
        throw new AppError(
          'conflict',
          `${candidate.name} is already in the pipeline for ${position.title} (${STAGE_LABELS[existing.stage]}).`,
          {
            applicationId: existing.id,
          },
        );
      }
      return createApplication(ctx.db, { candidateId, positionId }, isoNow(ctx));
    }),

  'applications.move': (ctx, { id, stage }) =>
    inTransaction(ctx.db, () => {
      const current = found(getApplication(ctx.db, id), 'application');
      const refusal = checkMove(current.stage, stage);
      if (refusal) throw new AppError(refusal.code, refusal.message);
      // Waiting in Debrief is fine; anything else waits for the debrief of every interview that has ended.
      if (stage !== 'debrief' && stage !== current.stage) requireDebriefs(ctx, id, `move ${current.candidateName} on`);
      return moveApplication(ctx.db, id, stage, isoNow(ctx))!;
    }),

  'applications.close': (ctx, { id, reason }) =>
    inTransaction(ctx.db, () => {
      const current = found(getApplication(ctx.db, id), 'application');
      if (current.stage === 'closed') throw new AppError('conflict', 'This application is already closed.');
      return closeApplication(ctx.db, id, reason, isoNow(ctx))!;
    }),

  'applications.undo': (ctx, { id, changedAt, to }) =>
    inTransaction(ctx.db, () => {
      const current = found(getApplication(ctx.db, id), 'application');
      // Only the change the recruiter just made, and only if nothing has happened to the card since.
      if (Date.parse(current.stageChangedAt) !== Date.parse(changedAt)) {
        throw new AppError(
          'conflict',
          `${current.candidateName}'s application has changed since, so that can no longer be undone.`,
        );
      }
      if (Date.parse(to.stageChangedAt) > Date.parse(changedAt))
        throw invalidField(['to', 'stageChangedAt'], 'The earlier stage must have been entered before the change.');
      if (current.stage === to.stage) throw new AppError('conflict', 'The application is already at that stage.');
      if (current.stage === 'closed' && findOpenApplication(ctx.db, current.candidateId, current.positionId)) {
        throw new AppError(
          'conflict',
          `${current.candidateName} has a newer open application for this position, so the closed one stays closed.`,
        );
      }
      return restoreApplication(ctx.db, id, to.stage, new Date(to.stageChangedAt).toISOString(), isoNow(ctx))!;
    }),

  'applications.board': (ctx, { limit, ...filter }) => boardFirstPages(ctx.db, filter, limit, isoNow(ctx)),

  'applications.boardColumn': (ctx, { stage, after, limit, ...filter }) =>
    boardColumnPage(ctx.db, filter, stage, limit, after, isoNow(ctx)),
};
