-- Queues: services of the site, tickets per service and day, every move kept as an event.

CREATE TABLE service (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,          -- what commands take: M, N, D…
    letter     TEXT NOT NULL,                 -- ticket prefix
    names      TEXT NOT NULL,                 -- JSON: {"fr": "…", "nl": "…", …}
    rooms      TEXT NOT NULL DEFAULT '',
    open       INTEGER NOT NULL DEFAULT 1,
    position   INTEGER NOT NULL,
    removed_at TEXT
) STRICT;

INSERT INTO service (code, letter, names, rooms, position) VALUES
 ('M', 'M', '{"fr":"Consultation médicale","nl":"Medische consultatie","en":"Medical consultation","ar":"استشارة طبية","ti":"ምርመራ ሓኪም","pl":"Konsultacja lekarska"}', '1', 1),
 ('N', 'N', '{"fr":"Soins infirmiers","nl":"Verpleegzorg","en":"Nursing care","ar":"العلاج التمريضي","ti":"ክንክን ነርስ","pl":"Opieka pielęgniarska"}', '2', 2),
 ('D', 'D', '{"fr":"Dispensaire (substitution)","nl":"Verstrekking (substitutie)","en":"Dispensary (substitution)","ar":"صرف الدواء (العلاج البديل)","ti":"ምዕዳል መድሃኒት","pl":"Wydawanie leków (substytucja)"}', '3', 3),
 ('S', 'S', '{"fr":"Service social","nl":"Sociale dienst","en":"Social service","ar":"الخدمة الاجتماعية","ti":"ማሕበራዊ ኣገልግሎት","pl":"Pomoc społeczna"}', '4', 4),
 ('R', 'R', '{"fr":"Comptoir réduction des risques","nl":"Balie risicobeperking","en":"Harm-reduction counter","ar":"شباك الحد من المخاطر","ti":"ምንካይ ሓደጋ","pl":"Punkt redukcji szkód"}', 'A', 5),
 ('W', 'W', '{"fr":"Douche et lessive","nl":"Douche en was","en":"Shower and laundry","ar":"الاستحمام والغسيل","ti":"ሻወርን ሕጽቦን","pl":"Prysznic i pranie"}', 'B', 6);

CREATE TABLE ticket_counter (
    service_id INTEGER NOT NULL REFERENCES service(id),
    day        TEXT NOT NULL,
    last       INTEGER NOT NULL,
    PRIMARY KEY (service_id, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE queue_entry (
    id               INTEGER PRIMARY KEY,
    person_id        INTEGER NOT NULL REFERENCES person(id),
    service_id       INTEGER NOT NULL REFERENCES service(id),
    day              TEXT NOT NULL,
    number           INTEGER NOT NULL,
    ticket           TEXT NOT NULL,
    priority         TEXT NOT NULL CHECK (priority IN ('normal', 'urgent', 'emergency')),
    status           TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'in_service', 'stepped_out',
                                                     'done', 'left_unseen', 'transferred', 'no_show')),
    note             TEXT,
    arrived_at       TEXT NOT NULL,   -- first arrival, kept through transfers
    joined_at        TEXT NOT NULL,   -- when this ticket was drawn
    called_at        TEXT,
    started_at       TEXT,
    finished_at      TEXT,
    calls            INTEGER NOT NULL DEFAULT 0,
    room             TEXT,
    desk             TEXT,
    transferred_from INTEGER REFERENCES queue_entry(id),
    UNIQUE (service_id, day, number)
) STRICT;
CREATE INDEX queue_entry_open ON queue_entry(service_id, day, status);
CREATE INDEX queue_entry_person ON queue_entry(person_id);
CREATE INDEX queue_entry_called ON queue_entry(called_at);

CREATE TABLE queue_event (
    id        INTEGER PRIMARY KEY,
    entry_id  INTEGER NOT NULL REFERENCES queue_entry(id),
    at        TEXT NOT NULL,
    by        TEXT NOT NULL,
    desk      TEXT,
    kind      TEXT NOT NULL,
    status    TEXT NOT NULL,
    detail    TEXT
) STRICT;
CREATE INDEX queue_event_entry ON queue_event(entry_id);
