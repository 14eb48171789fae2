-- What a site sends and receives. Every write transaction of a replicated table, once the
-- database has joined an organisation, leaves its changeset (SQLite's session extension) in
-- the outbox, in the same transaction; `seuil sync run` writes the outbox into numbered,
-- encrypted exchange files and applies the other sites' files once each, in their order.
-- All of it stays local: each site keeps its own account of the exchange.

-- The exchange's settings and this site's hybrid logical clock (milliseconds since 1970, moved
-- past every clock received), one row.
CREATE TABLE sync_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    org         TEXT NOT NULL,                  -- the organisation's key, as its public half
    folder      TEXT NOT NULL,                  -- the shared folder
    key_file    TEXT NOT NULL,                  -- where this machine keeps that key
    machine     TEXT NOT NULL,                  -- this database's mark in its site folder
    hlc         INTEGER NOT NULL DEFAULT 0,
    written     INTEGER NOT NULL DEFAULT 0,     -- the last exchange file this site wrote
    last_run    TEXT                            -- when the last exchange ended
) STRICT;

-- One write transaction's changes, waiting for the next exchange file.
CREATE TABLE sync_outbox (
    seq        INTEGER PRIMARY KEY,
    hlc        INTEGER NOT NULL,
    changeset  BLOB NOT NULL,
    file       INTEGER                          -- the exchange file it went into
) STRICT;
CREATE INDEX sync_outbox_pending ON sync_outbox(file, seq);

-- Which edit each field holds: the clock and site of the last edit applied to it, so that the
-- latest edit wins whatever order the sites' files arrive in.
CREATE TABLE sync_clock (
    tbl   TEXT NOT NULL,
    pk    TEXT NOT NULL,                        -- the row's key, as JSON
    col   INTEGER NOT NULL,
    hlc   INTEGER NOT NULL,
    site  INTEGER NOT NULL,
    PRIMARY KEY (tbl, pk, col)
) STRICT, WITHOUT ROWID;

-- The other sites: how far their files have been applied here.
CREATE TABLE sync_peer (
    site      INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    machine   TEXT,                             -- which machine wrote its files applied here
    applied   INTEGER NOT NULL DEFAULT 0,       -- the last of its files applied
    last_at   TEXT                              -- when the last one was
) STRICT;

-- Files seen and not applied, and why (a newer schema, a file that waits for another site's,
-- a file that could not be read); cleared when they are applied.
CREATE TABLE sync_held (
    site     INTEGER NOT NULL,
    file     INTEGER NOT NULL,
    path     TEXT NOT NULL,
    reason   TEXT NOT NULL,                     -- newer-schema, waiting, unreadable, clock-ahead
    detail   TEXT NOT NULL DEFAULT '',
    seen_at  TEXT NOT NULL,
    PRIMARY KEY (site, file)
) STRICT;

-- Two sites changed the same field of the same record, each without the other's change: the
-- latest edit won everywhere; the coordinator sees both values here.
CREATE TABLE sync_conflict (
    id         INTEGER PRIMARY KEY,
    tbl        TEXT NOT NULL,
    pk         TEXT NOT NULL,
    col        TEXT NOT NULL,
    kept       TEXT,                            -- the value that won, as JSON
    other      TEXT,                            -- the value that lost
    kept_site  INTEGER NOT NULL,
    other_site INTEGER NOT NULL,
    at         TEXT NOT NULL,
    reviewed   TEXT
) STRICT;
CREATE UNIQUE INDEX sync_conflict_once ON sync_conflict(tbl, pk, col, kept, other);

-- One dose a day per person holds within a site, as before (two desks on one file); a dose given
-- the same day at another site while the two could not exchange arrives as a record of its own
-- (id >> 40 is the site's number), and both sites show it as an incident.
DROP INDEX dose_once;
CREATE UNIQUE INDEX dose_once ON dose_event(person_id, day, slot, (id >> 40));

-- Persons received from another site, waiting to be compared with this site's records, and
-- the likely duplicates found: the same person registered at two sites is not a conflict but a
-- duplicate, proposed for review and never merged by itself.
CREATE TABLE sync_dup_todo (
    person_id  INTEGER PRIMARY KEY
) STRICT;
CREATE TABLE sync_duplicate (
    a         INTEGER NOT NULL,                 -- the lower id of the two
    b         INTEGER NOT NULL,
    found_at  TEXT NOT NULL,
    PRIMARY KEY (a, b)
) STRICT;

-- A person treated at one site may be dosed at another as a guest, under an arrangement the
-- guest site records with the home site (the prescription's): for those days, that site only.
CREATE TABLE guest_dosing (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    home_site   INTEGER NOT NULL,                -- the site that prescribed
    guest_site  INTEGER NOT NULL,                -- the site that may dose
    starts      TEXT NOT NULL,
    ends        TEXT NOT NULL,
    note        TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;
CREATE INDEX guest_dosing_person ON guest_dosing(person_id, guest_site, starts);

-- The same record created at two sites under two ids (a person's route started at both): the
-- lower id is kept everywhere, and what refers to the other is read as referring to it.
CREATE TABLE sync_alias (
    tbl      TEXT NOT NULL,
    from_id  INTEGER NOT NULL,
    to_id    INTEGER NOT NULL,
    PRIMARY KEY (tbl, from_id)
) STRICT, WITHOUT ROWID;
