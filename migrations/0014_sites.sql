-- Several sites, one register. A database joins an organisation as one of its sites (a site
-- machine, an outreach laptop); from then on every row it creates in a replicated table takes
-- its id in the site's own range (number × 2^40 onwards), which no other site draws from, and
-- every person code it draws begins with the site's letter. Before it joins, a database is
-- site 0: ids from 1, codes from the whole alphabet, as they always were.

CREATE TABLE site (
    id        INTEGER PRIMARY KEY CHECK (id = 1),   -- one row: this database's site
    name      TEXT NOT NULL,
    number    INTEGER NOT NULL CHECK (number BETWEEN 1 AND 31),
    base      INTEGER NOT NULL,                     -- number × 2^40: the first id of its range
    joined_at TEXT NOT NULL,
    joined_by TEXT NOT NULL
) STRICT;
