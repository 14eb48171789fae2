-- The foundation: mark the file as a seuil database and keep site-wide settings.
PRAGMA application_id = 1397052748; -- 'SEUL'

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
