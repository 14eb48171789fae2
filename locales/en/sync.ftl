# Several sites, one register

sync-error-already-joined = This database is already site { $number } ({ $name }) of the organisation: it does not join a second time.
sync-error-site-number = There is no site number { $number }: choose one from 1 to { $max }.
