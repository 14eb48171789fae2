-- Substitution treatment: the products a centre dispenses, prescriptions, each day's dose
-- events and the prescribers' decisions, the controlled-drug register, and the TDI episodes.
-- Prescriptions, dose events, decisions and stock moves are append-only: a mistake is
-- corrected by a new row (a new prescription, a reversing dose event, a correcting move).

CREATE TABLE treatment_product (
    code       TEXT PRIMARY KEY NOT NULL,   -- what commands take: methadone-syrup, buprenorphine…
    form       TEXT NOT NULL CHECK (form IN ('syrup', 'capsule', 'tablet', 'other')),
    names      TEXT NOT NULL DEFAULT '{}',  -- JSON {"fr": …} for a product the centre adds
    mg_per_ml  REAL CHECK (mg_per_ml IS NULL OR mg_per_ml > 0),   -- a syrup's usual strength
    position   INTEGER NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1
) STRICT;

INSERT INTO treatment_product (code, form, mg_per_ml, position) VALUES
 ('methadone-syrup', 'syrup', 1.0, 1),
 ('methadone-capsule', 'capsule', NULL, 2),
 ('buprenorphine', 'tablet', NULL, 3),
 ('buprenorphine-naloxone', 'tablet', NULL, 4),
 ('morphine-sr', 'capsule', NULL, 5);

CREATE TABLE prescription (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id),
    product         TEXT NOT NULL REFERENCES treatment_product(code),
    mg              REAL NOT NULL CHECK (mg > 0 AND mg <= 2000),   -- the daily dose
    starts          TEXT NOT NULL,                                 -- YYYY-MM-DD
    ends            TEXT NOT NULL CHECK (ends >= starts),          -- last day, included
    prescriber      TEXT,
    take_home_days  INTEGER NOT NULL DEFAULT 0 CHECK (take_home_days BETWEEN 0 AND 7),
    note            TEXT,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    desk            TEXT
) STRICT;
CREATE INDEX prescription_person ON prescription(person_id, product, starts);

-- One row per day a dose event is for. A take-home of N days is N rows, one per day, sharing
-- their `delivery`. `slot` numbers the doses of a day (given, take-home): the next slot opens
-- only when a dose was reversed, or vomited and then followed by a prescriber's decision, so
-- "never two doses on one day" (of one prescription, nor of two) holds in the database itself,
-- whatever the number of desks. A vomited dose is a given one plus a 'vomited' row.
CREATE TABLE dose_event (
    id               INTEGER PRIMARY KEY,
    prescription_id  INTEGER NOT NULL REFERENCES prescription(id),
    person_id        INTEGER NOT NULL REFERENCES person(id),
    day              TEXT NOT NULL,           -- the day the dose is for, YYYY-MM-DD
    outcome          TEXT NOT NULL CHECK (outcome IN ('given', 'take_home', 'vomited', 'refused',
                                                      'withheld', 'reversal')),
    mg               REAL NOT NULL DEFAULT 0 CHECK (mg >= 0),
    slot             INTEGER,
    delivery         INTEGER NOT NULL,        -- the rows handed over together
    reason           TEXT,
    reverses         INTEGER UNIQUE REFERENCES dose_event(id),
    batch_id         INTEGER REFERENCES stock_batch(id),
    at               TEXT NOT NULL,           -- when it was recorded
    by               TEXT NOT NULL,
    desk             TEXT,
    entered_later    INTEGER NOT NULL DEFAULT 0,   -- from paper, after the day (a power cut)
    CHECK ((outcome IN ('given', 'take_home')) = (slot IS NOT NULL)),
    CHECK ((outcome = 'reversal') = (reverses IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX dose_once ON dose_event(person_id, day, slot);
CREATE INDEX dose_day ON dose_event(day);
CREATE INDEX dose_delivery ON dose_event(delivery);

CREATE TABLE dose_decision (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES person(id),
    prescription_id  INTEGER REFERENCES prescription(id),
    prescriber       TEXT NOT NULL,
    decision         TEXT NOT NULL,           -- what was decided, as said
    mg               REAL CHECK (mg IS NULL OR mg > 0),   -- the dose to give from now on
    for_day          TEXT,                    -- a vomited dose given again: that day only
    missed           INTEGER NOT NULL,        -- missed days when it was recorded
    at               TEXT NOT NULL,
    by               TEXT NOT NULL,
    desk             TEXT
) STRICT;
CREATE INDEX dose_decision_person ON dose_decision(person_id, at);

-- The controlled-drug register: batches and every move in mg (ml follow from the batch's
-- strength), a daily balance confirmed or corrected.
CREATE TABLE stock_batch (
    id           INTEGER PRIMARY KEY,
    product      TEXT NOT NULL REFERENCES treatment_product(code),
    lot          TEXT NOT NULL,
    mg_per_ml    REAL CHECK (mg_per_ml IS NULL OR mg_per_ml > 0),     -- a syrup batch's strength
    mg_per_unit  REAL CHECK (mg_per_unit IS NULL OR mg_per_unit > 0), -- a capsule's or tablet's
    expires      TEXT NOT NULL,
    received_at  TEXT NOT NULL,
    by           TEXT NOT NULL,
    UNIQUE (product, lot)
) STRICT;

CREATE TABLE stock_move (
    id        INTEGER PRIMARY KEY,
    batch_id  INTEGER NOT NULL REFERENCES stock_batch(id),
    kind      TEXT NOT NULL CHECK (kind IN ('received', 'dispensed', 'returned', 'destroyed',
                                            'correction')),
    mg        REAL NOT NULL,                  -- signed: what the batch gains or loses
    dose_id   INTEGER REFERENCES dose_event(id),
    reason    TEXT,
    at        TEXT NOT NULL,
    by        TEXT NOT NULL,
    desk      TEXT
) STRICT;
CREATE INDEX stock_move_batch ON stock_move(batch_id, at);

CREATE TABLE stock_check (
    id        INTEGER PRIMARY KEY,
    product   TEXT NOT NULL REFERENCES treatment_product(code),
    day       TEXT NOT NULL,
    expected  REAL NOT NULL,                  -- mg the register holds
    counted   REAL NOT NULL,                  -- mg the nurse counted
    reason    TEXT,                           -- why they differ
    at        TEXT NOT NULL,
    by        TEXT NOT NULL
) STRICT;

-- TDI: one row per treatment episode; the items as codes in JSON ({"referral": "6", …}), an
-- item absent or "99" being unknown. Filled at the start of the episode, completed later.
CREATE TABLE tdi_episode (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    started     TEXT NOT NULL,                -- the episode's start date
    items       TEXT NOT NULL DEFAULT '{}',
    opened_at   TEXT NOT NULL,
    opened_by   TEXT NOT NULL,
    desk        TEXT,
    changed_at  TEXT
) STRICT;
CREATE INDEX tdi_episode_person ON tdi_episode(person_id, started);
CREATE INDEX tdi_episode_started ON tdi_episode(started);

CREATE TRIGGER prescription_append_only BEFORE UPDATE ON prescription
BEGIN SELECT RAISE(ABORT, 'a prescription is never changed: write a new one'); END;
CREATE TRIGGER prescription_kept BEFORE DELETE ON prescription
BEGIN SELECT RAISE(ABORT, 'a prescription is never changed: write a new one'); END;
CREATE TRIGGER dose_event_append_only BEFORE UPDATE ON dose_event
BEGIN SELECT RAISE(ABORT, 'a dose is corrected by a reversing row, never edited'); END;
CREATE TRIGGER dose_event_kept BEFORE DELETE ON dose_event
BEGIN SELECT RAISE(ABORT, 'a dose is corrected by a reversing row, never edited'); END;
CREATE TRIGGER dose_decision_append_only BEFORE UPDATE ON dose_decision
BEGIN SELECT RAISE(ABORT, 'a decision is never changed: record a new one'); END;
CREATE TRIGGER dose_decision_kept BEFORE DELETE ON dose_decision
BEGIN SELECT RAISE(ABORT, 'a decision is never changed: record a new one'); END;
CREATE TRIGGER stock_move_append_only BEFORE UPDATE ON stock_move
BEGIN SELECT RAISE(ABORT, 'the register is corrected by a new move, never edited'); END;
CREATE TRIGGER stock_move_kept BEFORE DELETE ON stock_move
BEGIN SELECT RAISE(ABORT, 'the register is corrected by a new move, never edited'); END;
