## Queues: tickets, calls, moves.

queue-joined = { $ticket } ን{ $code }
queue-called = { $ticket } ({ $code }) ናብ ክፍሊ { $room } ተጸዊዑ
queue-empty = ዝጽበ ሰብ የለን።
queue-error-unknown-service = ኣገልግሎት «{ $service }» የለን። ኣብ ገጽ መስርዓት ኣገልግሎታት ርአ።
queue-error-closed = ኣገልግሎት { $service } ሎሚ ዕጹው እዩ። ካልእ ኣገልግሎት ምረጽ ወይ ኣብ ገጽ ምሕደራ ክፈቶ።
queue-error-already-waiting = እዚ ሰብ ብትኬት { $ticket } ድሮ ነዚ ኣገልግሎት ይጽበ ኣሎ።
queue-error-nobody = ን{ $service } ዝጽበ ሰብ የለን።
queue-error-unknown-entry = ቁጽሪ { $id } ዝኾነ ትኬት የለን።
queue-error-refused = ኩነታቱ «{ $status }» ዝኾነ ትኬት ብ«{ $move }» ክሰጋገር ኣይክእልን።
