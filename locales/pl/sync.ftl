# Wiele placówek, jeden rejestr

sync-error-already-joined = Ta baza jest już placówką { $number } ({ $name }) organizacji: nie dołącza drugi raz.
sync-error-site-number = Nie ma placówki o numerze { $number }: wybierz numer od 1 do { $max }.
