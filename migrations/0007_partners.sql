-- The partner directory: where people are referred. The 19 CPAS/OCMW of Brussels are there by
-- name, with empty contact fields for the coordinator to fill (never invented).

CREATE TABLE partner (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind         TEXT NOT NULL CHECK (kind IN ('hospital', 'cpas', 'medical', 'shelter', 'specialised', 'other')),
    address      TEXT,
    phone        TEXT,
    hours        TEXT,
    letter_lang  TEXT NOT NULL DEFAULT 'fr' CHECK (letter_lang IN ('fr', 'nl')),
    notes        TEXT,
    commune      TEXT,            -- a CPAS: the key of its commune (domain::communes)
    created_at   TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO partner (name, kind, commune) VALUES
    ('CPAS Anderlecht / OCMW Anderlecht', 'cpas', '1070'),
    ('CPAS Auderghem / OCMW Oudergem', 'cpas', '1160'),
    ('CPAS Berchem-Sainte-Agathe / OCMW Sint-Agatha-Berchem', 'cpas', '1082'),
    ('CPAS Bruxelles / OCMW Brussel', 'cpas', '1000'),
    ('CPAS Etterbeek / OCMW Etterbeek', 'cpas', '1040'),
    ('CPAS Evere / OCMW Evere', 'cpas', '1140'),
    ('CPAS Forest / OCMW Vorst', 'cpas', '1190'),
    ('CPAS Ganshoren / OCMW Ganshoren', 'cpas', '1083'),
    ('CPAS Ixelles / OCMW Elsene', 'cpas', '1050'),
    ('CPAS Jette / OCMW Jette', 'cpas', '1090'),
    ('CPAS Koekelberg / OCMW Koekelberg', 'cpas', '1081'),
    ('CPAS Molenbeek-Saint-Jean / OCMW Sint-Jans-Molenbeek', 'cpas', '1080'),
    ('CPAS Saint-Gilles / OCMW Sint-Gillis', 'cpas', '1060'),
    ('CPAS Saint-Josse-ten-Noode / OCMW Sint-Joost-ten-Node', 'cpas', '1210'),
    ('CPAS Schaerbeek / OCMW Schaarbeek', 'cpas', '1030'),
    ('CPAS Uccle / OCMW Ukkel', 'cpas', '1180'),
    ('CPAS Watermael-Boitsfort / OCMW Watermaal-Bosvoorde', 'cpas', '1170'),
    ('CPAS Woluwe-Saint-Lambert / OCMW Sint-Lambrechts-Woluwe', 'cpas', '1200'),
    ('CPAS Woluwe-Saint-Pierre / OCMW Sint-Pieters-Woluwe', 'cpas', '1150');
