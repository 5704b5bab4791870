import { feeOnBase } from '../core/offers';
import type { InterviewedRow, PlacedRow, PositionOpening, SubmittedRow } from '../core/placementReports';
import { statement, type Db } from './connection';

// A percentage fee is taken from the base of the offer the placement follows, in that offer's currency, as
// db/offers.ts does; without such an offer its amount is not known.
export const PLACEMENTS_BETWEEN = `
  SELECT pl.id AS placementId, pl.application_id AS applicationId, pl.created_at AS placedAt, p.name AS personName,
         pos.title AS positionTitle, c.name AS companyName, pl.fee_basis_points AS basisPoints,
         pl.fee_amount AS fixedAmount, pl.fee_currency AS fixedCurrency, o.base AS offerBase,
         o.currency AS offerCurrency, pl.fell_off_at IS NOT NULL AS fellOff
    FROM placements pl
    JOIN applications a ON a.id = pl.application_id
    JOIN people p ON p.id = a.candidate_id
    JOIN positions pos ON pos.id = a.position_id
    JOIN companies c ON c.id = pos.company_id
    LEFT JOIN offers o ON o.id = pl.offer_id
   WHERE pl.created_at >= ? AND pl.created_at < ?`;

interface PlacementsRow extends Omit<PlacedRow, 'feePercent' | 'feeAmount' | 'feeCurrency' | 'fellOff'> {
  basisPoints: number | null;
  fixedAmount: number | null;
  fixedCurrency: string | null;
  offerBase: number | null;
  offerCurrency: string | null;
  fellOff: number;
}

/** Placements recorded in [from, to), those that fell off too, with their fee where it is known. */
export function placementsBetween(db: Db, from: string, to: string): PlacedRow[] {
  const rows = statement(db, PLACEMENTS_BETWEEN).all(from, to) as PlacementsRow[];
  return rows.map(({ basisPoints, fixedAmount, fixedCurrency, offerBase, offerCurrency, fellOff, ...rest }) => {
    const fee =
      basisPoints === null
        ? { feePercent: null, feeAmount: fixedAmount, feeCurrency: fixedCurrency }
        : {
            feePercent: basisPoints / 100,
            feeAmount: offerBase === null ? null : feeOnBase(offerBase, basisPoints),
            feeCurrency: offerBase === null ? null : offerCurrency,
          };
    return { ...rest, ...fee, fellOff: fellOff === 1 };
  });
}

// Every position and its client, once: the reports below name each row's client from this instead of joining
// positions and companies again for every application they read.
const POSITIONS = `SELECT pos.id AS positionId, pos.title, pos.status, pos.created_at AS openedAt, pos.company_id AS companyId,
                          c.name AS companyName
                     FROM positions pos JOIN companies c ON c.id = pos.company_id`;

interface PositionRow {
  positionId: string;
  title: string;
  status: string;
  openedAt: string;
  companyId: string;
  companyName: string;
}

const positionsById = (db: Db) =>
  new Map((statement(db, POSITIONS).all() as PositionRow[]).map((p) => [p.positionId, p]));

// The first placement that still stands, by position: one that fell off did not fill it. Placements are few (one per
// hire), so reading each once is quicker than asking every position about its applications; CROSS JOIN holds SQLite
// to that order, which it would otherwise turn round (reading every application) on a profile without statistics.
export const FIRST_PLACEMENTS = `
  SELECT a.position_id AS positionId, min(pl.created_at) AS filledAt
    FROM placements pl CROSS JOIN applications a ON a.id = pl.application_id
   WHERE pl.fell_off_at IS NULL
   GROUP BY a.position_id`;

/**
 * Every position with a placement that stands, and every position still open or on hold without one: a position
 * cancelled or marked filled without a placement recorded has no time to fill.
 */
export function positionOpenings(db: Db): PositionOpening[] {
  const filled = new Map(statement(db, FIRST_PLACEMENTS).raw().all() as [string, string][]);
  const openings: PositionOpening[] = [];
  for (const p of positionsById(db).values()) {
    const filledAt = filled.get(p.positionId) ?? null;
    if (filledAt === null && p.status !== 'open' && p.status !== 'on-hold') continue;
    openings.push({
      positionId: p.positionId,
      title: p.title,
      companyName: p.companyName,
      openedAt: p.openedAt,
      filledAt,
    });
  }
  return openings;
}

/** Rows read with the position they belong to, named with the position's client. */
function withClient<R extends { positionId: string }>(
  db: Db,
  rows: readonly R[],
): (Omit<R, 'positionId'> & { companyId: string; companyName: string })[] {
  const positions = positionsById(db);
  return rows.map(({ positionId, ...rest }) => {
    const { companyId, companyName } = positions.get(positionId)!;
    return { ...rest, companyId, companyName };
  });
}

// Shortlists sent in the window, each candidate kept only when no shortlist before the window held them: their
// first. An interview arranged after it (and not called off) counts.
export const SUBMITTED_BETWEEN = `
  SELECT f.applicationId, f.positionId, f.sentAt,
         EXISTS (SELECT 1 FROM interviews i
                  WHERE i.application_id = f.applicationId AND i.cancelled_at IS NULL AND i.created_at >= f.sentAt)
           AS interviewed
    FROM (SELECT sc.application_id AS applicationId, s.position_id AS positionId, min(s.sent_at) AS sentAt
            FROM submittals s JOIN submittal_candidates sc ON sc.submittal_id = s.id
           WHERE s.sent_at >= @from AND s.sent_at < @to
             AND NOT EXISTS (SELECT 1 FROM submittal_candidates e JOIN submittals es ON es.id = e.submittal_id
                              WHERE e.application_id = sc.application_id AND es.sent_at < @from)
           GROUP BY sc.application_id) f`;

/** Applications first sent to their client in [from, to), and whether an interview was arranged after. */
export function submittedBetween(db: Db, from: string, to: string): SubmittedRow[] {
  const rows = statement(db, SUBMITTED_BETWEEN).all({ from, to }) as {
    applicationId: string;
    positionId: string;
    sentAt: string;
    interviewed: number;
  }[];
  return withClient(db, rows).map((r) => ({ ...r, interviewed: r.interviewed === 1 }));
}

// Interviews that took place in the window, read through the start-time index, each kept only for an application
// with no interview before the window: its first. An offer recorded from that interview's start counts. Only the
// window is read, so the report costs what the months asked for hold, not the whole history.
export const INTERVIEWED_BETWEEN = `
  SELECT f.applicationId, a.position_id AS positionId, f.interviewedAt,
         EXISTS (SELECT 1 FROM offers o WHERE o.application_id = f.applicationId AND o.offered_at >= f.interviewedAt)
           AS offered
    FROM (SELECT i.application_id AS applicationId, min(i.starts_at) AS interviewedAt
            FROM interviews i
           WHERE i.starts_at >= @from AND i.starts_at < @to AND i.cancelled_at IS NULL
             AND NOT EXISTS (SELECT 1 FROM interviews e
                              WHERE e.application_id = i.application_id AND e.cancelled_at IS NULL AND e.starts_at < @from)
           GROUP BY i.application_id) f
    JOIN applications a ON a.id = f.applicationId`;

/** Applications whose first interview took place in [from, to), and whether an offer followed it. */
export function interviewedBetween(db: Db, from: string, to: string): InterviewedRow[] {
  const rows = statement(db, INTERVIEWED_BETWEEN).all({ from, to }) as {
    applicationId: string;
    positionId: string;
    interviewedAt: string;
    offered: number;
  }[];
  return withClient(db, rows).map((r) => ({ ...r, offered: r.offered === 1 }));
}
