-- Intercultural mediation: a person who needs a mediator and in which language (kept on the
-- person for their next visits), the mediators who join a consultation (a ticket), and the
-- languages each member of staff speaks.

CREATE TABLE mediation_need (
    person_id  INTEGER PRIMARY KEY REFERENCES person(id),
    language   TEXT NOT NULL,          -- a code, as in person.languages (ar, ti, so…)
    marked_at  TEXT NOT NULL,
    marked_by  TEXT NOT NULL
) STRICT;

CREATE TABLE mediation (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES queue_entry(id),
    person_id  INTEGER NOT NULL REFERENCES person(id),
    staff      TEXT NOT NULL,          -- the mediator's name
    language   TEXT NOT NULL,
    joined_at  TEXT NOT NULL,
    desk       TEXT,
    UNIQUE (entry_id, staff)
) STRICT;
CREATE INDEX mediation_person ON mediation(person_id);

ALTER TABLE staff ADD COLUMN speaks TEXT NOT NULL DEFAULT '';   -- comma-separated codes
