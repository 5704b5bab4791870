import { interviewZone } from '../../core/interviewZone';
import {
  formatMoney,
  guaranteeTimes,
  judgeAnswer,
  offerRefusal,
  percentToBasisPoints,
  placementRefusal,
} from '../../core/offers';
import { closeApplication, getApplication, moveApplication, stillInPipeline } from '../../db/applications';
import { getCompany } from '../../db/companies';
import { inTransaction } from '../../db/connection';
import {
  acceptedOffer,
  answerOffer,
  applicationOffers,
  applicationPlacements,
  getOffer,
  getPlacement,
  insertOffer,
  insertPlacement,
  markFellOff,
  setPositionStatus,
  standingPlacement,
  waitingOffer,
} from '../../db/offers';
import { getPosition } from '../../db/positions';
import { isoNow } from '../context';
import { requireDebriefs } from '../debriefGate';
import { AppError, found, invalidField } from '../errors';
import { zoneOf } from '../reminders';
import { recordTouch } from '../touchLog';
import type { HandlersOf } from './types';

export const offerHandlers: HandlersOf<'offers' | 'placements'> = {
  'offers.record': (ctx, input) =>
    inTransaction(ctx.db, () => {
      const application = found(getApplication(ctx.db, input.applicationId), 'application');
      const refusal = offerRefusal(application.stage);
      if (refusal) throw new AppError('conflict', refusal, { stage: application.stage });
      requireDebriefs(ctx, application.id, 'record the offer');
      const waiting = waitingOffer(ctx.db, application.id);
      if (waiting) {
        throw new AppError(
          'conflict',
          `An offer of ${formatMoney(waiting.base, waiting.currency)} is still waiting for ${application.candidateName}'s ` +
            'answer. Record their YES or NO first.',
          { offerId: waiting.id },
        );
      }
      const now = isoNow(ctx);
      if (input.expiresAt && Date.parse(input.expiresAt) <= ctx.now().getTime())
        throw invalidField(['expiresAt'], 'That expiry has already passed. Give the time the offer stands until.');
      const offer = insertOffer(
        ctx.db,
        {
          applicationId: application.id,
          base: input.base,
          currency: input.currency,
          bonus: input.bonus ?? null,
          startDate: input.startDate,
          expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null,
        },
        now,
      );
      return { offer, application };
    }),

  'offers.answer': (ctx, input) =>
    inTransaction(ctx.db, () => {
      const offer = found(getOffer(ctx.db, input.offerId), 'offer');
      if (offer.answer) {
        throw new AppError(
          'conflict',
          `Their answer to this offer is already recorded: ${offer.answer === 'yes' ? 'YES' : 'NO'}.`,
        );
      }
      const application = getApplication(ctx.db, offer.applicationId)!;
      if (application.stage === 'closed')
        throw new AppError('conflict', 'This application is closed, so the offer can no longer be answered.');
      const now = isoNow(ctx);
      const judged = judgeAnswer(input.answer, input.verbatim);
      const answered = answerOffer(ctx.db, offer.id, judged.answer, judged.verbatim, now);
      const said = judged.verbatim ? ` (they said: "${judged.verbatim}")` : '';
      recordTouch(ctx, {
        personId: application.candidateId,
        applicationId: application.id,
        at: now,
        channel: 'phone',
        direction: 'in',
        kind: 'other',
        outcome: 'connected',
        response: judged.answer === 'yes' ? 'interested' : 'no',
        summary: `Offer of ${formatMoney(offer.base, offer.currency)}: ${judged.answer === 'yes' ? 'YES' : 'NO'}${said}.`,
      });
      const moved =
        judged.answer === 'yes'
          ? moveApplication(ctx.db, application.id, 'placed', now)!
          : closeApplication(ctx.db, application.id, 'declined-offer', now)!;
      return { offer: answered, application: moved };
    }),

  'offers.list': (ctx, { applicationId }) => {
    const application = found(getApplication(ctx.db, applicationId), 'application');
    return {
      offers: applicationOffers(ctx.db, application.id),
      placements: applicationPlacements(ctx.db, application.id),
    };
  },

  'placements.record': (ctx, input) =>
    inTransaction(ctx.db, () => {
      const application = found(getApplication(ctx.db, input.applicationId), 'application');
      const refusal = placementRefusal(application.stage);
      if (refusal) throw new AppError('conflict', refusal, { stage: application.stage });
      if (standingPlacement(ctx.db, application.id)) {
        throw new AppError(
          'conflict',
          `${application.candidateName}'s placement in ${application.positionTitle} is already recorded.`,
        );
      }
      if (application.stage !== 'placed') requireDebriefs(ctx, application.id, 'record the placement');
      const now = isoNow(ctx);
      const position = getPosition(ctx.db, application.positionId)!;
      // The guarantee's reminder falls due on the clock where they work: the position's, else the client's.
      const { zone } = interviewZone(position, getCompany(ctx.db, position.companyId), zoneOf(ctx));
      const guarantee = guaranteeTimes(input.startDate, input.guaranteeDays, zone);
      const offer = acceptedOffer(ctx.db, application.id);
      const { fee } = input;
      const placement = insertPlacement(
        ctx.db,
        {
          applicationId: application.id,
          offerId: offer?.id ?? null,
          startDate: input.startDate,
          feeBasisPoints: fee.percent === undefined ? null : percentToBasisPoints(fee.percent),
          feeAmount: fee.percent === undefined ? fee.amount! : null,
          feeCurrency: fee.percent === undefined ? fee.currency! : null,
          invoiceDate: input.invoiceDate ?? null,
          guaranteeDays: input.guaranteeDays,
          guaranteeEndsOn: guarantee.endsOn,
          guaranteeNoticeAt: guarantee.noticeAt,
        },
        now,
      );
      if (position.status === 'open' || position.status === 'on-hold')
        setPositionStatus(ctx.db, position.id, 'filled', now);
      const placed =
        application.stage === 'placed' ? application : moveApplication(ctx.db, application.id, 'placed', now)!;
      // The others are named, not closed: each of them is owed a word from the recruiter first.
      const filled = getPosition(ctx.db, position.id)!.status === 'filled';
      return {
        placement,
        application: placed,
        stillInPipeline: filled ? stillInPipeline(ctx.db, position.id, application.id) : [],
      };
    }),

  'placements.fellOff': (ctx, { placementId, reason }) =>
    inTransaction(ctx.db, () => {
      const placement = found(getPlacement(ctx.db, placementId), 'placement');
      if (placement.fellOffAt) throw new AppError('conflict', 'This placement is already recorded as fallen off.');
      const now = isoNow(ctx);
      const fell = markFellOff(ctx.db, placement.id, reason, now);
      const application = getApplication(ctx.db, placement.applicationId)!;
      const closed =
        application.stage === 'closed' ? application : closeApplication(ctx.db, application.id, 'fell-off', now)!;
      // The client still needs someone: a filled position opens again. One on hold or cancelled stays as it is.
      const position = getPosition(ctx.db, application.positionId)!;
      if (position.status === 'filled') setPositionStatus(ctx.db, position.id, 'open', now);
      return { placement: fell, application: closed, position: getPosition(ctx.db, position.id)! };
    }),
};
