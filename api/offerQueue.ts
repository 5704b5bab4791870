// Today's offers waiting for an answer and guarantees about to end, as queue items.
import { formatDate, formatDayTime } from '../core/dates';
import { formatMoney } from '../core/offers';
import type { Db } from '../db/connection';
import { guaranteesEnding, waitingOffers, type GuaranteeRow, type WaitingOfferRow } from '../db/offers';
import type { QueueItem } from './contract';

const DAY_MS = 86_400_000;

/** The recruiter's locale and time zone: how a date is written, and which year is theirs now. */
export interface Reading {
  locale: string;
  zone: string;
}

/** "today", "yesterday", "3 days ago": how long an offer has waited. */
function daysAgo(since: string, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

function offerItem(row: WaitingOfferRow, now: Date, { locale, zone: recruiterZone }: Reading): QueueItem {
  const zone = row.timezone ?? 'UTC';
  const their = row.timezone ? 'their time' : 'UTC';
  const starting = formatDate(row.startDate, now, { locale, timeZone: recruiterZone });
  const offer = `Offer of ${formatMoney(row.base, row.currency)}, starting ${starting}, made ${daysAgo(row.offeredAt, now)}.`;
  let expiry = 'It has no expiry: ask for their YES or NO.';
  if (row.expiresAt) {
    const expires = formatDayTime(row.expiresAt, now, { locale, timeZone: zone });
    expiry =
      Date.parse(row.expiresAt) <= now.getTime()
        ? `It expired ${expires} ${their}: ask the client whether it still stands, then record their answer.`
        : `It expires ${expires} ${their}: ask for their YES or NO before then.`;
  }
  return {
    type: 'offer-waiting',
    personId: row.personId,
    personName: row.personName,
    timezone: zone,
    applicationId: row.applicationId,
    positionTitle: row.positionTitle,
    companyName: row.companyName,
    offerId: row.offerId,
    due: row.expiresAt ?? row.offeredAt,
    reason: `${offer} ${expiry}`,
  };
}

function guaranteeItem(row: GuaranteeRow, now: Date, { locale, zone }: Reading): QueueItem {
  const day = (date: string) => formatDate(date, now, { locale, timeZone: zone });
  return {
    type: 'guarantee-ending',
    personId: row.personId,
    personName: row.personName,
    timezone: row.timezone ?? 'UTC',
    applicationId: row.applicationId,
    positionTitle: row.positionTitle,
    companyName: row.companyName,
    placementId: row.placementId,
    due: row.guaranteeNoticeAt,
    reason:
      `The ${row.guaranteeDays}-day guarantee ends on ${day(row.guaranteeEndsOn)} (they started ` +
      `${day(row.startDate)}). Check in with them and with the client before then.`,
  };
}

/** Offers still waiting for their YES or NO, soonest expiry first. */
export const offersWaiting = (db: Db, now: Date, reading: Reading, limit: number): QueueItem[] =>
  waitingOffers(db, limit).map((r) => offerItem(r, now, reading));

/** Placements whose guarantee reminder has fallen due, until the day the guarantee ends has passed. */
export const guaranteesEndingSoon = (db: Db, now: Date, reading: Reading, limit: number): QueueItem[] =>
  guaranteesEnding(db, now.toISOString(), now.toISOString().slice(0, 10), limit).map((r) =>
    guaranteeItem(r, now, reading),
  );
