-- Pass numérique register (issue 6, docs/cheques.md): schemes, booklets, cheques, monthly claims and
-- the append-only journal of every transition. Every table is syncable (DESIGN.md §5): a cheque is
-- one document `cheque:<scheme>:<code>`. No foreign keys between these tables: replication may bring
-- a cheque before its booklet or its scheme. Personal data never goes here: a cheque knows at most a
-- beneficiary id (the beneficiary itself lives in the activity tables and never syncs).

-- A scheme (dispositif): APTIC, the local-authority Pass Numérique, a « chèque numérique »…
-- The id is a short stable slug ([a-z0-9_]+): it is part of every cheque id of the network.
CREATE TABLE cheque_schemes (
    SYNC_COLUMNS,
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    face_value_cents INTEGER NOT NULL CHECK (face_value_cents >= 0),
    funder TEXT NOT NULL DEFAULT '',                 -- commanditaire by default
    code_pattern TEXT NOT NULL DEFAULT '[0-9A-Z]{4,32}', -- regex on the normalised code (whole match)
    strip_prefixes TEXT NOT NULL DEFAULT '',         -- scanner prefixes to drop, joined by '|'
    booklet_size INTEGER NOT NULL DEFAULT 10 CHECK (booklet_size > 0),
    validity_end TEXT NOT NULL DEFAULT '12-31',      -- MM-DD of the issue year: last day of validity
    grace_days INTEGER NOT NULL DEFAULT 31 CHECK (grace_days >= 0), -- still accepted this many days after
    alert_days INTEGER NOT NULL DEFAULT 30 CHECK (alert_days >= 0),  -- expiry alert this many days before
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- A booklet (carnet, or a lot received at once): a range or a list of codes.
CREATE TABLE cheque_booklets (
    SYNC_COLUMNS,
    scheme_id TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',                  -- the number printed on the carnet, if any
    first_code TEXT NOT NULL DEFAULT '',
    last_code TEXT NOT NULL DEFAULT '',
    code_count INTEGER NOT NULL DEFAULT 0,
    funder TEXT NOT NULL DEFAULT '',
    prescriber TEXT NOT NULL DEFAULT '',             -- aiguilleur that distributes them, when known
    received_on TEXT NOT NULL,                       -- YYYY-MM-DD
    issue_year INTEGER NOT NULL,
    valid_until TEXT NOT NULL,                       -- YYYY-MM-DD
    accepted_until TEXT NOT NULL                     -- YYYY-MM-DD
);
CREATE INDEX cheque_booklets_scheme ON cheque_booklets (scheme_id, received_on);

-- A cheque: id = 'cheque:' || scheme_id || ':' || code.
CREATE TABLE cheques (
    SYNC_COLUMNS,
    scheme_id TEXT NOT NULL,
    code TEXT NOT NULL,
    booklet_id TEXT NOT NULL DEFAULT '',             -- '' for a cheque never received here
    foreign_cheque INTEGER NOT NULL DEFAULT 0 CHECK (foreign_cheque IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('en_stock', 'distribue', 'encaisse', 'reclame', 'rembourse',
                                           'expire', 'annule')),
    face_value_cents INTEGER NOT NULL CHECK (face_value_cents >= 0),
    funder TEXT NOT NULL DEFAULT '',
    issue_year INTEGER,
    valid_until TEXT,                                -- YYYY-MM-DD; NULL when unknown (foreign)
    accepted_until TEXT,
    beneficiary_id TEXT NOT NULL DEFAULT '',         -- an id only, never a name
    distributed_on TEXT,
    distributed_by TEXT NOT NULL DEFAULT '',
    redemption_id TEXT,                              -- random id written by the redemption (conflict marker)
    redeemed_on TEXT,                                -- YYYY-MM-DD, local date
    redeemed_at TEXT,                                -- UTC ISO-8601
    redeemed_place_id TEXT NOT NULL DEFAULT '',      -- the structure's id
    redeemed_place TEXT NOT NULL DEFAULT '',         -- the structure's name, for « already redeemed at »
    redeemed_by TEXT NOT NULL DEFAULT '',            -- the mediator's display name
    activity_id TEXT NOT NULL DEFAULT '',            -- the activity it paid for (no FK: activity team)
    service TEXT NOT NULL DEFAULT '',
    claim_id TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT ''                  -- last cancellation / correction reason
);
CREATE UNIQUE INDEX cheques_scheme_code ON cheques (scheme_id, code);
CREATE INDEX cheques_status ON cheques (status, accepted_until);
CREATE INDEX cheques_redeemed_on ON cheques (redeemed_on);
CREATE INDEX cheques_claim ON cheques (claim_id);
CREATE INDEX cheques_booklet ON cheques (booklet_id);

-- A monthly claim (demande de remboursement) for one scheme and one funder.
CREATE TABLE cheque_claims (
    SYNC_COLUMNS,
    month TEXT NOT NULL CHECK (length(month) = 7),   -- YYYY-MM
    scheme_id TEXT NOT NULL,
    funder TEXT NOT NULL DEFAULT '',
    cheque_count INTEGER NOT NULL CHECK (cheque_count >= 0),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    created_on TEXT NOT NULL,                        -- YYYY-MM-DD
    created_by TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'ouverte' CHECK (status IN ('ouverte', 'close')),
    received_cents INTEGER,
    received_on TEXT,
    bank_reference TEXT NOT NULL DEFAULT '',
    closed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cheque_claims_month ON cheque_claims (month, scheme_id, funder);

-- The journal: one row per transition, appended, never changed. Corrections are new rows.
-- Only the sync bookkeeping (rev, dirty, updated_at) may change, so that the replicator can mark a
-- row as pushed; any other UPDATE, and every DELETE, is aborted by the triggers below.
CREATE TABLE cheque_journal (
    SYNC_COLUMNS,
    cheque_id TEXT NOT NULL,
    at TEXT NOT NULL,                                -- UTC ISO-8601
    who TEXT NOT NULL DEFAULT '',
    from_status TEXT NOT NULL DEFAULT '',            -- '' when the cheque enters the register
    to_status TEXT NOT NULL,
    why TEXT NOT NULL DEFAULT '',
    place_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cheque_journal_cheque ON cheque_journal (cheque_id, at);

CREATE TRIGGER cheque_journal_append_only_update BEFORE UPDATE ON cheque_journal
WHEN NEW.id IS NOT OLD.id OR NEW.cheque_id IS NOT OLD.cheque_id OR NEW.at IS NOT OLD.at
  OR NEW.who IS NOT OLD.who OR NEW.from_status IS NOT OLD.from_status OR NEW.to_status IS NOT OLD.to_status
  OR NEW.why IS NOT OLD.why OR NEW.place_id IS NOT OLD.place_id OR NEW.deleted IS NOT OLD.deleted
  OR NEW.origin IS NOT OLD.origin
BEGIN
    SELECT RAISE(ABORT, 'cheque_journal is append-only: write a new entry instead');
END;

CREATE TRIGGER cheque_journal_append_only_delete BEFORE DELETE ON cheque_journal
BEGIN
    SELECT RAISE(ABORT, 'cheque_journal is append-only: entries are never deleted');
END;

-- The three default schemes. They ship with every installation (dirty = 0: nothing to push; the
-- territory's server copy, when there is one, replaces them at the first sync).
INSERT INTO cheque_schemes (id, rev, updated_at, deleted, dirty, origin, label, face_value_cents, funder,
                            code_pattern, strip_prefixes, booklet_size, validity_end, grace_days, alert_days)
VALUES
    ('aptic', NULL, '2026-01-01T00:00:00.000Z', 0, 0, 'escale', 'APTIC', 1000, '',
     '[0-9A-Z]{6,32}', '', 10, '12-31', 31, 30),
    ('pass_numerique', NULL, '2026-01-01T00:00:00.000Z', 0, 0, 'escale', 'Pass Numérique (collectivités)', 1000, '',
     '[0-9A-Z]{6,32}', '', 10, '12-31', 31, 30),
    ('cheque_numerique', NULL, '2026-01-01T00:00:00.000Z', 0, 0, 'escale', 'Chèque numérique (petites organisations)',
     2000, '', '[0-9A-Z]{6,32}', '', 10, '12-31', 31, 30);
