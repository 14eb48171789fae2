-- Printouts waiting, sent, failed or saved to a file: a failed print is never lost, the print
-- queue screen retries it or saves it as a PDF.

CREATE TABLE print_job (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('referral', 'ticket')),
    referral_id  INTEGER REFERENCES referral(id),
    person_id    INTEGER REFERENCES person(id),
    title        TEXT NOT NULL,           -- what the print queue shows: ticket or referral number
    document     TEXT NOT NULL,           -- the printout (JSON), printed the same on every retry
    printer      TEXT,                    -- NULL: the desk's printer, or the system default
    state        TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'failed', 'saved')),
    error        TEXT,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX print_job_state ON print_job(state, created_at);
