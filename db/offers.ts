import { feeOnBase, type Offer, type OfferAnswer, type Placement } from '../core/offers';
import type { PositionStatus } from '../core/model';
import { statement, type Db } from './connection';
import { insertRecord, writeAudit, type TableSpec } from './records';

interface OfferFields {
  applicationId: string;
  base: number;
  currency: string;
  bonus: number | null;
  startDate: string;
  expiresAt: string | null;
}

const offerSpec: TableSpec<OfferFields> = {
  table: 'offers',
  entity: 'offer',
  columns: {
    applicationId: 'application_id',
    base: 'base',
    currency: 'currency',
    bonus: 'bonus',
    startDate: 'start_date',
    expiresAt: 'expires_at',
  },
};

const OFFER = `SELECT id, application_id AS applicationId, base, currency, bonus, start_date AS startDate,
                      expires_at AS expiresAt, offered_at AS offeredAt, answer, answer_verbatim AS answerVerbatim,
                      answered_at AS answeredAt
                 FROM offers`;

export function insertOffer(db: Db, fields: OfferFields, now: string): Offer {
  const id = insertRecord(db, offerSpec, fields, now, { offered_at: now });
  return getOffer(db, id)!;
}

export function getOffer(db: Db, id: string): Offer | undefined {
  return statement(db, `${OFFER} WHERE id = ?`).get(id) as Offer | undefined;
}

export function applicationOffers(db: Db, applicationId: string): Offer[] {
  return statement(db, `${OFFER} WHERE application_id = ? ORDER BY offered_at, rowid`).all(applicationId) as Offer[];
}

/** The application's offer still waiting for an answer, if any. */
export function waitingOffer(db: Db, applicationId: string): Offer | undefined {
  return statement(db, `${OFFER} WHERE application_id = ? AND answer IS NULL`).get(applicationId) as Offer | undefined;
}

/** The offer they said YES to, the latest if more than one. */
export function acceptedOffer(db: Db, applicationId: string): Offer | undefined {
  return statement(db, `${OFFER} WHERE application_id = ? AND answer = 'yes' ORDER BY answered_at DESC LIMIT 1`).get(
    applicationId,
  ) as Offer | undefined;
}

export function answerOffer(db: Db, id: string, answer: OfferAnswer, verbatim: string | null, now: string): Offer {
  statement(
    db,
    'UPDATE offers SET answer = ?, answer_verbatim = ?, answered_at = ?, updated_at = ? WHERE id = ? AND answer IS NULL',
  ).run(answer, verbatim, now, now, id);
  writeAudit(db, now, 'offer', id, 'update', {
    answer: [null, answer],
    ...(verbatim ? { answerVerbatim: [null, verbatim] } : {}),
  });
  return getOffer(db, id)!;
}

interface PlacementFields {
  applicationId: string;
  offerId: string | null;
  startDate: string;
  feeBasisPoints: number | null;
  feeAmount: number | null;
  feeCurrency: string | null;
  invoiceDate: string | null;
  guaranteeDays: number;
  guaranteeEndsOn: string;
  guaranteeNoticeAt: string | null;
}

const placementSpec: TableSpec<PlacementFields> = {
  table: 'placements',
  entity: 'placement',
  columns: {
    applicationId: 'application_id',
    offerId: 'offer_id',
    startDate: 'start_date',
    feeBasisPoints: 'fee_basis_points',
    feeAmount: 'fee_amount',
    feeCurrency: 'fee_currency',
    invoiceDate: 'invoice_date',
    guaranteeDays: 'guarantee_days',
    guaranteeEndsOn: 'guarantee_ends_on',
    guaranteeNoticeAt: 'guarantee_notice_at',
  },
};

// A percentage fee is worked out from the base of the offer the placement follows, in that offer's currency.
const PLACEMENT = `SELECT pl.id, pl.application_id AS applicationId, pl.offer_id AS offerId, pl.start_date AS startDate,
                          pl.fee_basis_points AS basisPoints, pl.fee_amount AS fixedAmount, pl.fee_currency AS fixedCurrency,
                          o.base AS offerBase, o.currency AS offerCurrency, pl.invoice_date AS invoiceDate,
                          pl.guarantee_days AS guaranteeDays, pl.guarantee_ends_on AS guaranteeEndsOn,
                          pl.guarantee_notice_at AS guaranteeNoticeAt, pl.fell_off_at AS fellOffAt,
                          pl.fell_off_reason AS fellOffReason, pl.created_at AS createdAt
                     FROM placements pl LEFT JOIN offers o ON o.id = pl.offer_id`;

interface PlacementRow extends Omit<Placement, 'feePercent' | 'feeAmount' | 'feeCurrency'> {
  basisPoints: number | null;
  fixedAmount: number | null;
  fixedCurrency: string | null;
  offerBase: number | null;
  offerCurrency: string | null;
}

function toPlacement(row: PlacementRow | undefined): Placement | undefined {
  if (!row) return undefined;
  const { basisPoints, fixedAmount, fixedCurrency, offerBase, offerCurrency, ...rest } = row;
  if (basisPoints === null) return { ...rest, feePercent: null, feeAmount: fixedAmount, feeCurrency: fixedCurrency };
  return {
    ...rest,
    feePercent: basisPoints / 100,
    feeAmount: offerBase === null ? null : feeOnBase(offerBase, basisPoints),
    feeCurrency: offerCurrency,
  };
}

export function insertPlacement(db: Db, fields: PlacementFields, now: string): Placement {
  const id = insertRecord(db, placementSpec, fields, now);
  return getPlacement(db, id)!;
}

export function getPlacement(db: Db, id: string): Placement | undefined {
  return toPlacement(statement(db, `${PLACEMENT} WHERE pl.id = ?`).get(id) as PlacementRow | undefined);
}

export function applicationPlacements(db: Db, applicationId: string): Placement[] {
  const rows = statement(db, `${PLACEMENT} WHERE pl.application_id = ? ORDER BY pl.created_at, pl.rowid`).all(
    applicationId,
  ) as PlacementRow[];
  return rows.map((r) => toPlacement(r)!);
}

/** The application's placement that has not fallen off, if any. */
export function standingPlacement(db: Db, applicationId: string): Placement | undefined {
  return toPlacement(
    statement(db, `${PLACEMENT} WHERE pl.application_id = ? AND pl.fell_off_at IS NULL`).get(applicationId) as
      PlacementRow | undefined,
  );
}

export function markFellOff(db: Db, id: string, reason: string, now: string): Placement {
  statement(db, 'UPDATE placements SET fell_off_at = ?, fell_off_reason = ?, updated_at = ? WHERE id = ?').run(
    now,
    reason,
    now,
    id,
  );
  writeAudit(db, now, 'placement', id, 'update', { fellOffAt: [null, now], fellOffReason: [null, reason] });
  return getPlacement(db, id)!;
}

/** Sets a position's status, audited, and answers the status it had. */
export function setPositionStatus(db: Db, positionId: string, status: PositionStatus, now: string): PositionStatus {
  const before = statement(db, 'SELECT status FROM positions WHERE id = ?').pluck().get(positionId) as PositionStatus;
  if (before === status) return before;
  statement(db, 'UPDATE positions SET status = ?, updated_at = ? WHERE id = ?').run(status, now, positionId);
  writeAudit(db, now, 'position', positionId, 'update', { status: [before, status] });
  return before;
}

/** An offer waiting for an answer on an open application, as Today lists it. */
export interface WaitingOfferRow {
  offerId: string;
  applicationId: string;
  personId: string;
  personName: string;
  timezone: string | null;
  positionTitle: string;
  companyName: string;
  base: number;
  currency: string;
  startDate: string;
  expiresAt: string | null;
  offeredAt: string;
}

const QUEUE_JOINS = `JOIN applications a ON a.id = x.application_id
                     JOIN people p ON p.id = a.candidate_id
                     JOIN positions pos ON pos.id = a.position_id
                     JOIN companies c ON c.id = pos.company_id`;

/** Offers still waiting for their YES or NO: those expiring soonest first, then those with no expiry, oldest first. */
export function waitingOffers(db: Db, limit: number): WaitingOfferRow[] {
  return statement(
    db,
    `SELECT x.id AS offerId, x.application_id AS applicationId, p.id AS personId, p.name AS personName, p.timezone,
            pos.title AS positionTitle, c.name AS companyName, x.base, x.currency, x.start_date AS startDate,
            x.expires_at AS expiresAt, x.offered_at AS offeredAt
       FROM offers x ${QUEUE_JOINS}
      WHERE x.answer IS NULL AND a.stage <> 'closed'
      ORDER BY x.expires_at IS NULL, x.expires_at, x.offered_at LIMIT ?`,
  ).all(limit) as WaitingOfferRow[];
}

/** A placement whose guarantee is ending, as Today and the reminders list it. */
export interface GuaranteeRow {
  placementId: string;
  applicationId: string;
  personId: string;
  personName: string;
  timezone: string | null;
  positionTitle: string;
  companyName: string;
  startDate: string;
  guaranteeDays: number;
  guaranteeEndsOn: string;
  guaranteeNoticeAt: string;
}

/**
 * Standing placements whose guarantee reminder has fallen due by `now` and whose guarantee has not ended by
 * `today` (the date on the recruiter's calendar), soonest end first.
 */
export function guaranteesEnding(db: Db, now: string, today: string, limit: number): GuaranteeRow[] {
  return statement(
    db,
    `SELECT x.id AS placementId, x.application_id AS applicationId, p.id AS personId, p.name AS personName,
            p.timezone, pos.title AS positionTitle, c.name AS companyName, x.start_date AS startDate,
            x.guarantee_days AS guaranteeDays, x.guarantee_ends_on AS guaranteeEndsOn,
            x.guarantee_notice_at AS guaranteeNoticeAt
       FROM placements x ${QUEUE_JOINS}
      WHERE x.fell_off_at IS NULL AND x.guarantee_notice_at <= ? AND x.guarantee_ends_on >= ?
      ORDER BY x.guarantee_notice_at, x.id LIMIT ?`,
  ).all(now, today, limit) as GuaranteeRow[];
}

/** The next guarantee reminder after `now`, for the reminder scheduler; null when none is ahead. */
export function nextGuaranteeNotice(db: Db, now: string): string | null {
  return statement(
    db,
    'SELECT min(guarantee_notice_at) FROM placements WHERE fell_off_at IS NULL AND guarantee_notice_at > ?',
  )
    .pluck()
    .get(now) as string | null;
}
