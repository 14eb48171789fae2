-- Appointments: a booked slot with a service (and a worker, if chosen). Check-in puts the
-- person in the service's queue; a slot nobody came to is kept as a no-show.

CREATE TABLE appointment (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person(id),
    service_id  INTEGER NOT NULL REFERENCES service(id),
    worker      TEXT,
    day         TEXT NOT NULL,                 -- YYYY-MM-DD
    time        TEXT NOT NULL,                 -- HH:MM
    minutes     INTEGER NOT NULL CHECK (minutes BETWEEN 5 AND 480),
    status      TEXT NOT NULL CHECK (status IN ('booked', 'checked_in', 'no_show', 'cancelled')),
    entry_id    INTEGER REFERENCES queue_entry(id),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL
) STRICT;
CREATE INDEX appointment_day ON appointment(service_id, day, time);
CREATE INDEX appointment_person ON appointment(person_id, day);
