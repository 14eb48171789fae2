## Queues: tickets, calls, moves.

queue-joined = { $ticket } for { $code }
queue-called = { $ticket } ({ $code }) called to room { $room }
queue-empty = Nobody is waiting.
queue-error-unknown-service = There is no service “{ $service }”. See the services on the Queues screen.
queue-error-closed = The service { $service } is closed today. Choose another service, or open it on the Admin screen.
queue-error-already-waiting = This person is already waiting for this service with ticket { $ticket }.
queue-error-nobody = Nobody is waiting for { $service }.
queue-error-unknown-entry = There is no ticket number { $id }.
queue-error-refused = A ticket that is “{ $status }” cannot be moved with “{ $move }”.
