## Błędy, które można napotkać, każdy z tym, co zrobić dalej.

error-not-a-database = { $path } nie jest bazą seuil. Plik nie został zmieniony. Sprawdź ścieżkę podaną w --db lub SEUIL_DB.
error-db-newer = Baza { $path } została utworzona przez nowszą wersję seuil (schemat { $found }; ta wersja zna do { $supported }). Nic nie zostało zmienione. Zaktualizuj seuil na tym komputerze.
error-db-open = Nie można otworzyć bazy { $path }: { $detail }. Sprawdź, czy plik istnieje i czy masz prawo go czytać i zapisywać.
error-db-create-dir = Nie można utworzyć folderu { $path }: { $detail }. Sprawdź uprawnienia albo wybierz inne miejsce przez --db.
error-db = Baza danych zgłosiła błąd: { $detail }. Nic nie zostało zapisane; spróbuj ponownie, a jeśli to się powtórzy, powiadom koordynatora.
error-no-data-dir = Nie znaleziono folderu danych tego użytkownika. Podaj bazę przez --db lub SEUIL_DB.
error-terminal = Terminal nie odpowiada: { $detail }.
error-not-a-terminal = Stanowisko potrzebuje terminala. W skryptach używaj poleceń (zobacz „seuil --help”).
config-syntax = Plik konfiguracyjny { $path } zawiera błąd w wierszu { $line }: { $detail }. Stanowisko otwiera się z ustawieniami domyślnymi.
config-unknown-key = Plik konfiguracyjny { $path } zawiera nieznane ustawienie „{ $key }” w wierszu { $line }. Stanowisko otwiera się z ustawieniami domyślnymi.
config-bad-value = Plik konfiguracyjny { $path } zawiera odrzuconą wartość dla „{ $key }” w wierszu { $line }: „{ $value }” (oczekiwano: { $expected }). Stanowisko otwiera się z ustawieniami domyślnymi.
config-unreadable = Nie można odczytać pliku konfiguracyjnego { $path }: { $detail }. Stanowisko otwiera się z ustawieniami domyślnymi.
error-db-busy = Baza jest zajęta (kopia zapasowa lub inny program ją blokuje). Nic nie zostało zapisane; spróbuj za chwilę.
