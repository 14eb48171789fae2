-- Coverage: any number of routes per person, each with its state and dates; every change kept.
-- `next_due` is the earliest deadline the route's dates give (see domain::coverage), kept with
-- each write so that the due list reads only what is near.

CREATE TABLE coverage (
    id              INTEGER PRIMARY KEY,
    person_id       INTEGER NOT NULL REFERENCES person(id),
    route           TEXT NOT NULL,
    state           TEXT NOT NULL,
    fund            TEXT,             -- health insurance fund, for the mutuelle route
    commune         TEXT,             -- postcode key of the competent CPAS's commune
    requested       TEXT,
    acknowledged    TEXT,
    decided         TEXT,
    notified        TEXT,
    valid_from      TEXT,
    valid_until     TEXT,
    reference       TEXT,             -- card number, réquisitoire, guarantee
    note            TEXT,
    next_due        TEXT,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    UNIQUE (person_id, route)
) STRICT;
-- Covers everything the due list reads, so that it never visits the table itself.
CREATE INDEX coverage_due ON coverage(next_due, person_id, route, state, commune, requested,
    acknowledged, decided, notified, valid_from, valid_until, updated_by) WHERE next_due IS NOT NULL;

CREATE TABLE coverage_event (
    id           INTEGER PRIMARY KEY,
    coverage_id  INTEGER NOT NULL REFERENCES coverage(id),
    at           TEXT NOT NULL,
    by           TEXT NOT NULL,
    field        TEXT NOT NULL,
    old_value    TEXT,
    new_value    TEXT
) STRICT;
CREATE INDEX coverage_event_coverage ON coverage_event(coverage_id);

-- Free care while coverage is being sorted out, and what helps triage (low income).
CREATE TABLE care_access (
    person_id         INTEGER PRIMARY KEY REFERENCES person(id),
    low_income        INTEGER NOT NULL DEFAULT 0,
    free_care_from    TEXT,
    free_care_review  TEXT,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL
) STRICT;
CREATE INDEX care_access_review ON care_access(free_care_review) WHERE free_care_review IS NOT NULL;

-- A merge moves coverage routes too (those the kept record does not have); undo moves them back.
ALTER TABLE person_merge ADD COLUMN moved_coverage TEXT NOT NULL DEFAULT '[]';
