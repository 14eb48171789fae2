-- Staff, the audit trail, drafts of forms left open, and retention of queue data.

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role        TEXT NOT NULL CHECK (role IN ('reception', 'nurse', 'social', 'mediator', 'coordinator')),
    pin_hash    TEXT NOT NULL,          -- argon2id, PHC string
    language    TEXT,                   -- interface language chosen at login
    active      INTEGER NOT NULL DEFAULT 1,
    failed      INTEGER NOT NULL DEFAULT 0,  -- wrong PINs in a row
    failed_at   TEXT,                   -- time of the last wrong PIN
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;

-- Append-only: who did what, when, from which desk. Writes are logged by per-connection
-- triggers (see store::audit); openings of a person record by the desk.
CREATE TABLE audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,           -- local time, 'YYYY-MM-DD HH:MM:SS'
    staff      TEXT NOT NULL,           -- staff name, or 'os:<user>' from the command line
    desk       TEXT,
    action     TEXT NOT NULL,           -- insert, update, delete, open, export, login, ...
    subject    TEXT NOT NULL,           -- table or object concerned
    row_id     INTEGER,
    person_id  INTEGER,
    detail     TEXT
) STRICT;
CREATE INDEX audit_person ON audit(person_id, at) WHERE person_id IS NOT NULL;
CREATE INDEX audit_at ON audit(at);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

-- A form being filled at a desk, saved as it changes, offered back after a crash.
CREATE TABLE draft (
    staff      TEXT NOT NULL,
    desk       TEXT NOT NULL DEFAULT '',
    form       TEXT NOT NULL,           -- which form
    content    TEXT NOT NULL,           -- JSON of the fields
    saved_at   TEXT NOT NULL,
    PRIMARY KEY (staff, desk, form)
) STRICT;
