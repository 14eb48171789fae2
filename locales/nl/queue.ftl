## Queues: tickets, calls, moves.

queue-joined = { $ticket } voor { $code }
queue-called = { $ticket } ({ $code }) afgeroepen naar lokaal { $room }
queue-empty = Niemand wacht.
queue-error-unknown-service = Er is geen dienst “{ $service }”. Zie de diensten op het scherm Wachtrijen.
queue-error-closed = De dienst { $service } is vandaag gesloten. Kies een andere dienst, of open hem op het scherm Beheer.
queue-error-already-waiting = Deze persoon wacht al voor deze dienst met volgnummer { $ticket }.
queue-error-nobody = Niemand wacht voor { $service }.
queue-error-unknown-entry = Er is geen volgnummer { $id }.
queue-error-refused = Een volgnummer dat “{ $status }” is, kan niet naar “{ $move }”.
