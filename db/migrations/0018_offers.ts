import type { Migration } from './index';

// Offers made to a candidate and their strict YES/NO, and placements with their fee and guarantee. Both belong to
// the application: erasing the candidate erases them with it. Money is kept in the currency's minor units (cents),
// as whole numbers, so a fee worked out from a base is exact; dates without a time (a start date, an invoice date,
// the day a guarantee ends) are calendar dates written YYYY-MM-DD.
export const migration0018: Migration = {
  version: 18,
  name: 'offers and placements',
  up(db) {
    db.exec(`
      CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        base INTEGER NOT NULL CHECK (base > 0),
        currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
        bonus INTEGER CHECK (bonus IS NULL OR bonus >= 0),
        start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        expires_at TEXT,
        offered_at TEXT NOT NULL,
        answer TEXT CHECK (answer IN ('yes', 'no')),
        -- Their own words when they said anything but a plain yes; recorded as no.
        answer_verbatim TEXT,
        answered_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((answer IS NULL) = (answered_at IS NULL)),
        CHECK (answer_verbatim IS NULL OR answer IS NOT NULL)
      ) STRICT;
      CREATE INDEX offers_application ON offers(application_id, offered_at);
      -- Today lists the offers still waiting for an answer, soonest expiry first.
      CREATE INDEX offers_waiting ON offers(expires_at, offered_at) WHERE answer IS NULL;

      CREATE TABLE placements (
        id TEXT PRIMARY KEY,
        application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        offer_id TEXT REFERENCES offers(id) ON DELETE SET NULL,
        start_date TEXT NOT NULL CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        -- The fee is a percentage (in hundredths of a percent, so 22.5% is 2250) or a fixed amount, never both.
        fee_basis_points INTEGER CHECK (fee_basis_points IS NULL OR fee_basis_points BETWEEN 1 AND 10000),
        fee_amount INTEGER CHECK (fee_amount IS NULL OR fee_amount >= 0),
        fee_currency TEXT CHECK (fee_currency IS NULL OR (length(fee_currency) = 3 AND fee_currency = upper(fee_currency))),
        invoice_date TEXT,
        guarantee_days INTEGER NOT NULL CHECK (guarantee_days BETWEEN 0 AND 365),
        guarantee_ends_on TEXT NOT NULL,
        -- When the reminder before the guarantee ends falls due, worked out once where the candidate works.
        guarantee_notice_at TEXT,
        fell_off_at TEXT,
        fell_off_reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ((fee_basis_points IS NULL) <> (fee_amount IS NULL)),
        CHECK ((fee_amount IS NULL) = (fee_currency IS NULL)),
        CHECK ((fell_off_at IS NULL) = (fell_off_reason IS NULL)),
        CHECK ((guarantee_days = 0) = (guarantee_notice_at IS NULL))
      ) STRICT;
      -- One placement stands per application; one that fell off stays as history.
      CREATE UNIQUE INDEX placements_standing ON placements(application_id) WHERE fell_off_at IS NULL;
      CREATE INDEX placements_guarantee ON placements(guarantee_notice_at) WHERE fell_off_at IS NULL;
    `);
  },
};
