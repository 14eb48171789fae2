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
-- Everything a search reads, so that one pass over 100,000 persons reads only this index.
CREATE INDEX person_search ON person(merged_into, id, code, birth_year, last_seen, search_keys);

CREATE INDEX person_birth_year ON person(birth_year);

-- The distinct words of all names (names::record_keys), and which active person carries which:
-- a one-shot search scores the distinct words and reads only the persons of matching words.
CREATE TABLE name_word (
    id        INTEGER PRIMARY KEY,
    fold      TEXT NOT NULL UNIQUE,
    skeleton  TEXT NOT NULL
) STRICT;

CREATE TABLE person_word (
    word_id    INTEGER NOT NULL REFERENCES name_word(id),
    person_id  INTEGER NOT NULL REFERENCES person(id),
    PRIMARY KEY (word_id, person_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_word_person ON person_word(person_id);

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
