# Wiele placówek, jeden rejestr

sync-error-already-joined = Ta baza jest już placówką { $number } ({ $name }) organizacji: nie dołącza drugi raz.
sync-error-site-number = Nie ma placówki o numerze { $number }: wybierz numer od 1 do { $max }.
sync-error-not-started = Ten rejestr nie wymienia się jeszcze z innymi placówkami. Zacznij od: seuil sync init --site NAZWA --folder KATALOG --org-key PLIK
sync-error-started = Ten rejestr już wymienia się z innymi placówkami przez { $folder }.
sync-error-key = Pliku klucza organizacji { $path } nie da się użyć ({ $detail }). Skopiuj go ponownie z komputera pierwszej placówki.
sync-error-folder = Wspólnego katalogu { $path } nie da się użyć ({ $detail }). Sprawdź, czy istnieje i czy to konto może w nim zapisywać.
sync-error-taken = W { $path } zapisuje inny komputer jako placówka { $number }. Każdy komputer zapisuje tylko we własnym katalogu: uruchom seuil sync init na własnym rejestrze tego komputera albo użyj komputera, do którego ten katalog należy.
sync-error-full = Wspólny katalog ma już { $max } placówek: nie został żaden wolny numer.
sync-error-write = Nie udało się zapisać pliku wymiany { $path } ({ $detail }). Nic nie przepadło: zmiany czekają w rejestrze i wyjdą przy następnej wymianie.
sync-error-site-name = Nadaj placówce nazwę, na przykład: --site "Antena Południe".
sync-held-newer-schema = { $path }: zapisany przez nowszą wersję seuil (schemat { $found }, ta czyta do { $ours }). Zachowany bez zastosowania; zostanie zastosowany po aktualizacji tego komputera.
sync-held-waiting = { $path }: czeka na plik { $file } placówki { $other }, który jeszcze nie dotarł.
sync-held-not-ours = { $path }: to nie jest plik wymiany seuil. Pozostawiony bez zmian i bez zastosowania; usuń go z katalogu.
sync-held-other-key = { $path }: zaszyfrowany kluczem innej organizacji. Nie zastosowano; sprawdź, czy wszystkie placówki mają ten sam plik klucza.
sync-held-damaged = { $path }: ucięty albo zmieniony po zapisaniu. Nie zastosowano; zwykle przychodzi potem cała kopia, a jeśli nie, poproś placówkę { $site } o ponowną wymianę.
sync-held-clock = { $path }: jego zegar wyprzedza zegar tego komputera o { $days } dni. Nie zastosowano; ustaw poprawną datę na komputerze placówki { $site }.
sync-held-refused = { $path }: jego zmian nie da się tu zastosować ({ $detail }). Nie zastosowano z niego nic; zobacz seuil sync status.
sync-init-done = Ten rejestr jest teraz placówką { $number }, { $name }, i wymienia się przez { $folder }.
sync-init-new-key = Utworzono klucz organizacji: { $path }. Skopiuj ten plik ręcznie (na pendrivie) na każdy inny komputer placówki i każdego laptopa, nigdy do wspólnego katalogu.
sync-init-key-used = Klucz organizacji: { $path }.
sync-init-steps =
    Aby przenosić pliki między komputerami przez Syncthing:
      1. Na każdym komputerze: sudo apt install syncthing, uruchom go (syncthing) i otwórz http://127.0.0.1:8384
      2. Dodaj pozostałe komputery: Działania > Pokaż ID na jednym, Dodaj urządzenie zdalne na drugim.
      3. Udostępnij im katalog { $folder } (Dodaj folder, potem zaznacz urządzenia).
      4. Wymiana: seuil sync run (stanowisko robi to samo, gdy w desk.toml jest sync_folder).
sync-run-written = Wysłano — zapisane pliki: { $files }, zmiany: { $changes }
sync-run-applied = Odebrano — zastosowane pliki: { $files }, zmiany: { $changes }
sync-run-conflicts = Do przejrzenia (seuil sync conflicts): { $count }
sync-status-site = Placówka { $number }, { $name } — wspólny katalog: { $folder }
sync-status-own = Zapisane pliki: { $files } · zmiany w kolejce: { $waiting } · ostatnia wymiana: { $last }
sync-status-peer = Placówka { $number } { $name } — zastosowane pliki: { $applied } · ostatnio: { $last }
sync-status-never = nigdy
sync-conflicts-none = Brak konfliktów do przejrzenia.
sync-conflict-line = #{ $id } { $table } { $record } · { $field }: zachowano { $kept } (placówka { $kept_site }), drugie { $other } (placówka { $other_site }), { $at }
cli-cmd-sync = Wymiana z innymi placówkami organizacji przez wspólny katalog
cli-cmd-sync-init = Dołączenie do organizacji jako placówka wspólnego katalogu
cli-cmd-sync-run = Zapisanie zmian tej placówki, zastosowanie plików pozostałych
cli-cmd-sync-status = Jak daleko zastosowano pliki każdej placówki i co czeka
cli-cmd-sync-conflicts = Pola zmienione przez dwie placówki bez wiedzy o zmianie drugiej
cli-arg-sync-site = Nazwa tej placówki (zespół, antena, laptop)
cli-arg-sync-folder = Wspólny katalog (Syncthinga, udział sieciowy, pendrive)
cli-arg-sync-org-key = Plik klucza organizacji (tworzony, gdy go brak: pierwsza placówka)
sync-error-no-key = { $path } nie zawiera klucza organizacji (wiersza AGE-SECRET-KEY-…). Skopiuj plik klucza z komputera pierwszej placówki.
sync-held-two-machines = { $path }: zapisany jako placówka { $site } przez inny komputer niż ten, którego pliki tu zastosowano. Nie zastosowano; daj każdemu komputerowi własną placówkę (seuil sync init).
sync-double-dose = Incydent: { $person } otrzymał(a) dawkę { $day } w dwóch placówkach ({ $sites }), łącznie { $mg } mg. Skonsultuj to z lekarzem prowadzącym i odnotuj.
topbar-sync = wymiana { $time }
topbar-sync-never = jeszcze bez wymiany
topbar-sync-attention = do sprawdzenia: { $count }
sync-desk-other-folder = W desk.toml jest sync_folder = { $given }, ale ten rejestr wymienia się przez { $folder }: stanowisko nie prowadzi wymiany. Popraw sync_folder.
sync-run-duplicates = Prawdopodobnie ta sama osoba w dwóch placówkach (seuil sync conflicts): { $count }
sync-duplicate-line = Ta sama osoba? { $a } { $a_name } i { $b } { $b_name }: seuil person merge ZACHOWANY INNY albo seuil person not-same { $a } { $b }
generate-error-exchanging = Ten rejestr wymienia się z innymi placówkami: wygenerowane osoby trafiłyby do nich wszystkich. Generuj do innego pliku (--db ŚCIEŻKA).
cli-cmd-sync-reviewed = Zdjęcie przejrzanych pozycji z listy
cli-arg-sync-ids = Numery pozycji (seuil sync conflicts)
sync-reviewed = Zdjęte z listy: { $count }
sync-error-unknown-review = Na liście do przejrzenia nie ma pozycji { $id } (zobacz seuil sync conflicts). Nic nie zmieniono.
sync-error-behind = { $path } zawiera pliki tej placówki do numeru { $found }, a ten rejestr zapisał tylko do { $written }: jest starszy niż jego katalog (przywrócony z kopii?). Niczego nie zapisano. Wymieniaj z rejestru, który zapisał te pliki, albo zrób z tego nową placówkę (seuil sync init na kopii, która nie dołączyła do organizacji).
