## Queues: tickets, calls, moves.

queue-joined = { $ticket } dla { $code }
queue-called = { $ticket } ({ $code }) wezwany do pokoju { $room }
queue-empty = Nikt nie czeka.
queue-error-unknown-service = Nie ma usługi „{ $service }”. Zobacz usługi na ekranie Kolejki.
queue-error-closed = Usługa { $service } jest dziś zamknięta. Wybierz inną albo otwórz ją na ekranie Zarządzanie.
queue-error-already-waiting = Ta osoba już czeka na tę usługę z numerkiem { $ticket }.
queue-error-nobody = Nikt nie czeka na { $service }.
queue-error-unknown-entry = Nie ma numerka { $id }.
queue-error-refused = Numerka w stanie „{ $status }” nie można przenieść przez „{ $move }”.
