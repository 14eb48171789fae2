-- Walk-in intake: persons (every field optional), their change history, visits, merges and
-- pairs known to be different people.

CREATE TABLE person (
    id           INTEGER PRIMARY KEY,
    code         TEXT NOT NULL UNIQUE,
    given_name   TEXT,
    family_name  TEXT,
    alias        TEXT,
    birth        TEXT,            -- YYYY, YYYY-MM or YYYY-MM-DD
    birth_year   INTEGER,
    sex          TEXT CHECK (sex IN ('f', 'm', 'x', 'not_said')),
    languages    TEXT,            -- comma-separated codes, most useful first
    phone        TEXT,
    niss         TEXT,            -- eleven digits, checked
    nationality  TEXT,
    commune      TEXT,            -- postcode or name; 'nfa' = no fixed address
    search_keys  TEXT NOT NULL DEFAULT '',   -- names::encode of this record and those merged in
    last_seen    TEXT,            -- date of the last visit, kept with each visit
    merged_into  INTEGER REFERENCES person(id),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL
) STRICT;
CREATE INDEX person_active ON person(merged_into) WHERE merged_into IS NULL;

CREATE TABLE person_change (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person(id),
    at         TEXT NOT NULL,
    by         TEXT NOT NULL,
    field      TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT
) STRICT;
CREATE INDEX person_change_person ON person_change(person_id);

CREATE TABLE visit (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    arrived_at  TEXT NOT NULL,
    left_at     TEXT,
    desk        TEXT,
    by          TEXT NOT NULL
) STRICT;
CREATE INDEX visit_person ON visit(person_id, arrived_at);
CREATE INDEX visit_day ON visit(arrived_at);

CREATE TABLE person_merge (
    id           INTEGER PRIMARY KEY,
    kept_id      INTEGER NOT NULL REFERENCES person(id),
    merged_id    INTEGER NOT NULL REFERENCES person(id),
    moved_visits TEXT NOT NULL,   -- JSON array of the visit ids moved to the kept record
    kept_before  TEXT NOT NULL,   -- JSON of the kept record's derived fields before the merge
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    undone_at    TEXT,
    undone_by    TEXT
) STRICT;

CREATE TABLE not_same (
    a   INTEGER NOT NULL REFERENCES person(id),
    b   INTEGER NOT NULL REFERENCES person(id),
    at  TEXT NOT NULL,
    by  TEXT NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
) STRICT;
