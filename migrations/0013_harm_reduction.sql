-- The harm-reduction counter and the outreach teams: the centre's item list, what was given
-- (mostly anonymously), naloxone kits with their lot and the reversals reported later, the
-- places the teams visit, their sessions, the contacts met there (tallies or persons) and the
-- vaccinations given. Exchanges, contacts, kits given, reversals and vaccinations are kept:
-- a mistake is taken back by a reversing row, never by an edit.

CREATE TABLE counter_item (
    code       TEXT PRIMARY KEY NOT NULL,   -- what commands take: syringe-1ml, naloxone…
    names      TEXT NOT NULL DEFAULT '{}',  -- JSON {"fr": …} in the six languages for an item the
                                            -- centre adds; the built-in ones are named by their
                                            -- message `counter-item-<code>`
    key        TEXT UNIQUE,                 -- the one key that gives it at the counter
    kind       TEXT NOT NULL CHECK (kind IN ('injection', 'smoking', 'sniffing', 'sex',
                                             'naloxone', 'test', 'disposal', 'care', 'other')),
    exchange   INTEGER NOT NULL DEFAULT 0,  -- sterile injection material: given for used material
    position   INTEGER NOT NULL,
    removed_at TEXT                         -- no longer given (kept for the figures)
) STRICT;

INSERT INTO counter_item (code, key, kind, exchange, position) VALUES
 ('syringe-1ml', 'a', 'injection', 1, 1),
 ('syringe-2ml', 'b', 'injection', 1, 2),
 ('needle', 'c', 'injection', 1, 3),
 ('cup', 'd', 'injection', 0, 4),
 ('filter', 'e', 'injection', 0, 5),
 ('water', 'f', 'injection', 0, 6),
 ('swab', 'g', 'injection', 0, 7),
 ('ascorbic-acid', 'h', 'injection', 0, 8),
 ('tourniquet', 'i', 'injection', 0, 9),
 ('crack-pipe', 'j', 'smoking', 0, 10),
 ('mouthpiece', 'k', 'smoking', 0, 11),
 ('foil', 'l', 'smoking', 0, 12),
 ('snorting-kit', 'm', 'sniffing', 0, 13),
 ('condom', 'n', 'sex', 0, 14),
 ('lubricant', 'o', 'sex', 0, 15),
 ('naloxone', 'p', 'naloxone', 0, 16),
 ('fentanyl-strip', 'q', 'test', 0, 17),
 ('sharps-container', 's', 'disposal', 0, 18);

-- One act at the counter or in the street: what was handed over (lines), what came back.
CREATE TABLE counter_exchange (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER REFERENCES person(id),     -- NULL: anonymous (the default)
    returned    INTEGER NOT NULL DEFAULT 0 CHECK (returned >= 0),     -- used items brought back
    for_others  INTEGER NOT NULL DEFAULT 0 CHECK (for_others >= 0),   -- other people it is also for
    emergency   INTEGER NOT NULL DEFAULT 0,        -- given without exchange, in an emergency
    session_id  INTEGER REFERENCES outreach_session(id),   -- given in the street (NULL: the counter)
    reverses    INTEGER UNIQUE REFERENCES counter_exchange(id),   -- a mistake taken back
    at          TEXT NOT NULL,
    by          TEXT NOT NULL,
    desk        TEXT
) STRICT;
CREATE INDEX counter_exchange_at ON counter_exchange(at);
CREATE INDEX counter_exchange_person ON counter_exchange(person_id) WHERE person_id IS NOT NULL;
CREATE INDEX counter_exchange_session ON counter_exchange(session_id) WHERE session_id IS NOT NULL;

CREATE TABLE counter_line (
    exchange_id  INTEGER NOT NULL REFERENCES counter_exchange(id),
    item         TEXT NOT NULL REFERENCES counter_item(code),
    count        INTEGER NOT NULL CHECK (count > 0),
    PRIMARY KEY (exchange_id, item)
) STRICT, WITHOUT ROWID;

-- Naloxone kits: batches received (lot, expiry, how many), each kit given, and what people say
-- later about a kit used.
CREATE TABLE naloxone_batch (
    id           INTEGER PRIMARY KEY,
    lot          TEXT NOT NULL UNIQUE,
    expires      TEXT NOT NULL,
    kits         INTEGER NOT NULL CHECK (kits > 0),
    received_at  TEXT NOT NULL,
    by           TEXT NOT NULL
) STRICT;

CREATE TABLE naloxone_kit (
    id           INTEGER PRIMARY KEY,
    batch_id     INTEGER NOT NULL REFERENCES naloxone_batch(id),
    exchange_id  INTEGER NOT NULL REFERENCES counter_exchange(id),
    person_id    INTEGER REFERENCES person(id),
    at           TEXT NOT NULL,
    by           TEXT NOT NULL
) STRICT;
CREATE INDEX naloxone_kit_batch ON naloxone_kit(batch_id);

CREATE TABLE naloxone_reversal (
    id                INTEGER PRIMARY KEY,
    kit_id            INTEGER REFERENCES naloxone_kit(id),   -- the kit used, when known
    person_id         INTEGER REFERENCES person(id),         -- who reported it, when known
    happened_on       TEXT,                                  -- when it was used
    emergency_called  INTEGER CHECK (emergency_called IN (0, 1)),   -- NULL: not known
    outcome           TEXT NOT NULL CHECK (outcome IN ('recovered', 'hospital', 'died', 'unknown')),
    note              TEXT,
    at                TEXT NOT NULL,
    by                TEXT NOT NULL
) STRICT;

-- The places the mobile teams visit: a coded name and the commune, no GPS.
CREATE TABLE place (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind         TEXT NOT NULL CHECK (kind IN ('squat', 'metro', 'street', 'park', 'partner',
                                               'shelter', 'other')),
    commune      TEXT,
    first_visit  TEXT,                -- the day of the first session there ("new places visited")
    closed_at    TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
) STRICT;

CREATE TABLE outreach_session (
    id          INTEGER PRIMARY KEY,
    place_id    INTEGER NOT NULL REFERENCES place(id),
    day         TEXT NOT NULL,
    team        TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;
CREATE INDEX outreach_session_day ON outreach_session(day);

CREATE TABLE outreach_staff (
    session_id  INTEGER NOT NULL REFERENCES outreach_session(id),
    staff       TEXT NOT NULL,
    PRIMARY KEY (session_id, staff)
) STRICT, WITHOUT ROWID;

-- Someone met in a session: a tally (people, by sex and age band, known or new, no identity)
-- or a person (found or registered as at intake), and what was done.
CREATE TABLE outreach_contact (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES outreach_session(id),
    person_id       INTEGER REFERENCES person(id),
    people          INTEGER NOT NULL DEFAULT 1 CHECK (people > 0),
    sex             TEXT NOT NULL DEFAULT 'u' CHECK (sex IN ('f', 'm', 'x', 'u')),
    age_band        TEXT NOT NULL DEFAULT 'u',      -- a TDI band (`25-29`, `<15`, `65+`) or 'u'
    new             INTEGER NOT NULL DEFAULT 0,     -- a first contact
    care            TEXT,                           -- care given, in words
    information     INTEGER NOT NULL DEFAULT 0,     -- information given
    referral        TEXT,                           -- referred to (in words)
    accompanied_to  INTEGER REFERENCES partner(id), -- accompanied to this service
    exchange_id     INTEGER REFERENCES counter_exchange(id),   -- the material given
    reverses        INTEGER UNIQUE REFERENCES outreach_contact(id),
    at              TEXT NOT NULL,
    by              TEXT NOT NULL,
    CHECK (person_id IS NULL OR people = 1)
) STRICT;
CREATE INDEX outreach_contact_session ON outreach_contact(session_id);
CREATE INDEX outreach_contact_person ON outreach_contact(person_id) WHERE person_id IS NOT NULL;

-- What the national vaccination register asks.
CREATE TABLE vaccination (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER REFERENCES outreach_contact(id),
    person_id    INTEGER REFERENCES person(id),
    vaccine      TEXT NOT NULL CHECK (length(trim(vaccine)) > 0),
    lot          TEXT NOT NULL CHECK (length(trim(lot)) > 0),
    dose_number  INTEGER NOT NULL CHECK (dose_number BETWEEN 1 AND 10),
    reaction     TEXT,
    given_on     TEXT NOT NULL,
    place_id     INTEGER REFERENCES place(id),
    vaccinator   TEXT NOT NULL,
    at           TEXT NOT NULL,
    by           TEXT NOT NULL
) STRICT;
CREATE INDEX vaccination_person ON vaccination(person_id) WHERE person_id IS NOT NULL;

CREATE TRIGGER counter_exchange_kept BEFORE UPDATE ON counter_exchange
BEGIN SELECT RAISE(ABORT, 'an exchange is taken back by a reversing row, never edited'); END;
CREATE TRIGGER counter_exchange_not_deleted BEFORE DELETE ON counter_exchange
BEGIN SELECT RAISE(ABORT, 'an exchange is taken back by a reversing row, never edited'); END;
CREATE TRIGGER counter_line_kept BEFORE UPDATE ON counter_line
BEGIN SELECT RAISE(ABORT, 'an exchange is taken back by a reversing row, never edited'); END;
CREATE TRIGGER counter_line_not_deleted BEFORE DELETE ON counter_line
BEGIN SELECT RAISE(ABORT, 'an exchange is taken back by a reversing row, never edited'); END;
CREATE TRIGGER naloxone_kit_kept BEFORE UPDATE ON naloxone_kit
BEGIN SELECT RAISE(ABORT, 'a kit given is never changed'); END;
CREATE TRIGGER naloxone_kit_not_deleted BEFORE DELETE ON naloxone_kit
BEGIN SELECT RAISE(ABORT, 'a kit given is never changed'); END;
CREATE TRIGGER outreach_contact_kept BEFORE UPDATE ON outreach_contact
BEGIN SELECT RAISE(ABORT, 'a contact is taken back by a reversing row, never edited'); END;
CREATE TRIGGER outreach_contact_not_deleted BEFORE DELETE ON outreach_contact
BEGIN SELECT RAISE(ABORT, 'a contact is taken back by a reversing row, never edited'); END;
