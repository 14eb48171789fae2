-- Referrals to partners, with what the person agreed to share; what was printed is kept.

CREATE TABLE referral (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person(id),
    partner_id   INTEGER NOT NULL REFERENCES partner(id),
    reason       TEXT NOT NULL,
    urgency      TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent')),
    appointment  TEXT,                    -- 'YYYY-MM-DD HH:MM', when one is booked
    consent      TEXT NOT NULL,           -- JSON array of the fields the person agreed to share
    letter_lang  TEXT NOT NULL CHECK (letter_lang IN ('fr', 'nl')),
    slip_lang    TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    printed      TEXT                     -- the exact content at the first print, for reprints
) STRICT;
CREATE INDEX referral_person ON referral(person_id, created_at);
