## Queues: tickets, calls, moves.

queue-joined = { $ticket } pour { $code }
queue-called = { $ticket } ({ $code }) appelé en salle { $room }
queue-empty = Personne n'attend.
queue-error-unknown-service = Il n'y a pas de service « { $service } ». Voyez les services à l'écran Files.
queue-error-closed = Le service { $service } est fermé aujourd'hui. Choisissez un autre service, ou ouvrez-le à l'écran Gestion.
queue-error-already-waiting = Cette personne attend déjà pour ce service avec le ticket { $ticket }.
queue-error-nobody = Personne n'attend pour { $service }.
queue-error-unknown-entry = Il n'y a pas de ticket numéro { $id }.
queue-error-refused = Un ticket « { $status } » ne peut pas passer par « { $move } ».
