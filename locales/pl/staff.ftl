# Personel, logowanie, blokada, dziennik, okres przechowywania.

role-reception = Recepcja
role-nurse = Pielęgniarka / pielęgniarz
role-social = Pracownik socjalny
role-mediator = Mediator międzykulturowy
role-coordinator = Koordynacja

setup-title = Witamy w seuil
setup-intro = Ta baza danych jest nowa. Podaj nazwę ośrodka, a jeśli chcesz, także adres i telefon (trafiają do nagłówka listów), i utwórz pierwsze konto koordynacji; koordynacja tworzy potem pozostałe konta.
setup-site = Nazwa ośrodka
setup-pin-again = PIN ponownie

login-title = Logowanie
login-name = Imię i nazwisko
login-pin = PIN
login-checking = Sprawdzanie…
login-refused = Nie rozpoznano nazwy lub kodu PIN. Spróbuj ponownie.
login-wait = Zbyt wiele błędnych kodów PIN. Spróbuj ponownie za { $seconds } s.

lock-title = Stanowisko zablokowane
lock-intro = Zablokowane przez: { $name }. Wpisz swoje imię, a potem PIN, aby kontynuować; ktoś inny przejmuje stanowisko w ten sam sposób.

staff-error-name = Wpisz nazwę.
staff-error-pin = PIN ma od 4 do 12 cyfr.
staff-error-pins-differ = Oba kody PIN się różnią. Wpisz go jeszcze raz.
staff-error-taken = { $name } ma już konto.
staff-error-unknown = Nie ma konta o nazwie { $name }.
staff-error-last-coordinator = Ośrodek potrzebuje co najmniej jednego aktywnego konta koordynacji: najpierw utwórz inne.

draft-title = Niedokończony formularz
draft-found = Na tym stanowisku pozostał w połowie wypełniony formularz (ostatni zapis o { $time }):
draft-question = Enter: wróć do niego · Esc: odrzuć

screen-not-for-role = Ten ekran nie jest dostępny dla roli { $role }.
screen-not-for-role-detail = Jeśli go potrzebujesz, zapytaj koordynację.

admin-section-services = Usługi
admin-section-staff = Personel
admin-section-audit = Dziennik dostępu
admin-section-retention = Przechowywanie

staff-col-name = Nazwa
staff-col-role = Rola
staff-col-language = Język
staff-col-state = Stan
staff-active = aktywne
staff-inactive = wyłączone
staff-saved = Konto zapisane.
staff-new-pin = Nowy PIN
staff-form-help = Rola: Spacja lub ←→, aby zmienić. Zostaw PIN pusty, aby zachować obecny.
form-title-staff-new = Nowe konto
form-title-staff-edit = Konto: { $name }

audit-filter = Filtr
audit-col-when = Kiedy
audit-col-who = Kto
audit-col-what = Co
audit-col-person = Osoba
audit-none = Brak wyników. Filtruj według kodu osoby, nazwy pracownika lub dnia (23.11.2026), potem Enter.
audit-exported = { $count ->
    [one] Zapisano { $count } wiersz do { $path }.
    [few] Zapisano { $count } wiersze do { $path }.
    [many] Zapisano { $count } wierszy do { $path }.
   *[other] Zapisano { $count } wiersza do { $path }.
}
audit-export-failed = Nie można zapisać { $path } ({ $detail }). Sprawdź folder i wolne miejsce; nic nie zostało utracone.

retention-days = Dni przechowywania danych kolejki
retention-explain = Starsze bilety, ich wywołania i wizyty umówione są usuwane przy czyszczeniu. Wizyty w ośrodku zostają: należą do dokumentacji opieki. Wydruki już zrobione znikają wtedy z kolejki wydruku.
retention-preview = Dane kolejki sprzed { $day }, które usunęłoby czyszczenie: bilety { $tickets }, wizyty umówione { $appointments }, gotowe wydruki { $printouts }.
retention-error-days = Podaj liczbę dni od 30 do 3650.
retention-purge-confirm = Naciśnij Del jeszcze raz, aby usunąć te dane teraz. Tego nie da się cofnąć.
retention-purged = Wyczyszczono. Usunięto: bilety { $tickets }, wizyty umówione { $appointments }, gotowe wydruki { $printouts }. Zapisano w dzienniku.

hint-lock = Zablokuj
help-action-lock = Zablokuj stanowisko (dane osób ukryte do wpisania PIN-u)
hint-restore-draft = Wróć
help-action-restore-draft = Wróć do niedokończonego formularza
hint-drop-draft = Odrzuć
help-action-drop-draft = Odrzuć niedokończony formularz
hint-section = Sekcja
help-action-admin-section = Następna sekcja ekranu Zarządzanie
help-action-edit-staff = Zmień wybrane konto
help-action-add-staff = Utwórz konto
hint-toggle-staff = Włącz/wyłącz
help-action-toggle-staff = Włącz lub wyłącz wybrane konto
hint-filter = Filtruj
help-action-audit-filter = Pokaż wiersze pasujące do filtra
hint-export = Eksportuj
help-action-audit-export = Eksportuj pokazane wiersze do pliku CSV
help-action-retention-save = Zapisz liczbę dni
hint-purge = Wyczyść
help-action-purge = Usuń dane kolejki starsze niż okres przechowywania

## Wiersz poleceń
cli-arg-key-file = Plik klucza zaszyfrowanej bazy (inaczej SEUIL_KEY_FILE, inaczej key_file w desk.toml)
cli-arg-new-key-file = Plik z nowym kluczem (inaczej wpisuje się go dwa razy)
cli-arg-role = Rola: reception, nurse, social, mediator, coordinator
cli-arg-language = Język interfejsu konta: fr, nl, en, ar, ti, pl
cli-arg-staff-name = Nazwa pracownika, pod którą będzie się logować
cli-arg-audit-person = Tylko wiersze dotyczące tej osoby (kod)
cli-arg-staff = Tylko wiersze tego pracownika
cli-arg-day = Tylko wiersze z tego dnia (25.11.2026 lub 2026-11-25)
cli-cmd-staff = Konta personelu
cli-cmd-staff-add = Utwórz konto (PIN jest pytany dwa razy)
cli-cmd-staff-list = Pokaż konta
cli-cmd-audit = Dziennik dostępu: kto, co, kiedy, z którego stanowiska
cli-cmd-audit-list = Pokaż wiersze dziennika dostępu
cli-cmd-audit-export = Zapisz wiersze dziennika dostępu do pliku CSV
cli-cmd-db-purge = Usuń dane kolejki starsze niż okres przechowywania (wymaga --yes)
cli-cancelled = Anulowano: nic nie zostało zmienione.
staff-error-role = Nieznana rola „{ $role }”. Role: reception, nurse, social, mediator, coordinator.
staff-error-language = Nieznany język. Języki: fr, nl, en, ar, ti, pl.
staff-added = Utworzono konto: { $name } ({ $role }).
db-passphrase = Hasło bazy danych:
db-new-passphrase = Nowe hasło (co najmniej 8 znaków):
db-new-passphrase-again = To samo hasło jeszcze raz:
db-passphrases-differ = Oba hasła się różnią. Nic nie zostało zmienione.
db-key-needs-file = Bez terminala do wpisania podaj nowy klucz przez --new-key-file ŚCIEŻKA.
db-rekey-needs-key = Aby zmienić klucz, podaj obecny przez --key-file (albo SEUIL_KEY_FILE).
db-encrypt-plain-only = Ta baza jest otwierana kluczem: jest już zaszyfrowana. Aby zmienić klucz, użyj „seuil db rekey”.
db-encrypt-done = { $path } jest teraz zaszyfrowana. Przechowuj klucz bezpiecznie: bez niego nikt nie odczyta danych.
db-rekey-done = Klucz { $path } został zmieniony. Wcześniejsze kopie zapasowe mają stary klucz.
db-purge-needs-yes = Nic nie zostało usunięte. Uruchom ponownie z --yes, aby to usunąć.

## Błędy
error-wrong-key = Ten klucz nie otwiera { $path }. Sprawdź plik klucza lub hasło; plik nie został zmieniony.
error-key-file = Nie można odczytać pliku klucza { $path } ({ $detail }). Sprawdź, czy pendrive jest podłączony, a plik na nim jest.
error-key-short = Hasło ma co najmniej { $min } znaków.
error-db-in-use = Inne stanowiska mają otwartą bazę. Zamknij wszystkie stanowiska (i ekran poczekalni), potem spróbuj ponownie; nic nie zostało zmienione.
error-needs-key = { $path } jest zaszyfrowana (albo nie jest bazą seuil): podaj klucz przez --key-file ŚCIEŻKA lub SEUIL_KEY_FILE.
backup-daily-failed = Dzienna kopia zapasowa do { $path } nie powiodła się ({ $detail }). Sprawdź, czy folder istnieje i jest w nim miejsce; sama baza jest w porządku.
field-fund = Kasa chorych (mutuelle)
field-note = Notatka
field-hidden = (ukryte dla twojej roli)
db-backup-target = Nie można zapisać kopii zapasowej do { $path } ({ $detail }). Sprawdź, czy dysk lub pendrive jest podłączony, zapisywalny i ma miejsce; sama baza nie została naruszona i nie została połowiczna kopia.

## Dziennik dostępu słowami: co mówi każdy wiersz (obok tego, kto to zrobił)
audit-person-insert = rejestracja osoby
audit-person-update = zmiana karty osoby
audit-person-delete = usunięcie karty osoby
audit-person-open = otwarcie karty osoby
audit-person-export = eksport wszystkich danych o osobie
audit-person-bulk = utworzenie rejestru testowego (liczba osób: { $count })
audit-visit-insert = odnotowanie wizyty
audit-visit-update = zmiana wizyty
audit-visit-delete = cofnięcie wizyty
audit-ticket-insert = wydanie numerka
audit-ticket-update = zmiana stanu numerka
audit-ticket-delete = usunięcie numerka
audit-appointment-insert = umówienie wizyty
audit-appointment-update = zmiana umówionej wizyty
audit-appointment-delete = usunięcie umówionej wizyty
audit-coverage-insert = dodanie ubezpieczenia
audit-coverage-update = aktualizacja ubezpieczenia
audit-coverage-delete = usunięcie ubezpieczenia
audit-free-care-update = zmiana bezpłatnej opieki lub niskiego dochodu
audit-free-care-delete = zakończenie bezpłatnej opieki
audit-merge-insert = scalenie dwóch kart
audit-merge-update = cofnięcie scalenia
audit-merge-delete = usunięcie scalenia
audit-not-same-insert = odnotowanie, że dwie karty to dwie różne osoby
audit-not-same-delete = cofnięcie „to nie ta sama osoba”
audit-service-insert = dodanie usługi
audit-service-update = zmiana usługi
audit-service-delete = usunięcie usługi
audit-partner-insert = dodanie partnera
audit-partner-update = zmiana danych partnera
audit-partner-delete = usunięcie partnera
audit-referral-insert = wystawienie skierowania
audit-referral-update = aktualizacja skierowania
audit-referral-delete = usunięcie skierowania
audit-print-insert = wysłanie wydruku
audit-print-update = aktualizacja wydruku
audit-print-delete = usunięcie wydruku z kolejki wydruku
audit-staff-insert = utworzenie konta pracownika
audit-staff-update = zmiana konta pracownika
audit-staff-delete = usunięcie konta pracownika
audit-staff-login = logowanie: { $name }
audit-staff-login-refused = odrzucony PIN dla „{ $name }”
audit-setting-update = zmiana ustawienia: { $setting }
audit-setting-delete = wyczyszczenie ustawienia: { $setting }
audit-desk-lock = zablokowanie stanowiska
audit-queue-purge = czyszczenie danych kolejki sprzed { $day } (numerki { $tickets }, umówione wizyty { $appointments }, wykonane wydruki { $printouts })
audit-audit-export = eksport dziennika dostępu (wiersze: { $count }) do { $path }
audit-database-encrypt =
    { $rekey ->
        [yes] zmiana klucza bazy danych
       *[no] zaszyfrowanie bazy danych
    }
audit-unknown = { $codes } { $detail }
audit-who-system = { $user } (system)
audit-setting-site-name = nazwa ośrodka
audit-setting-site-address = adres ośrodka
audit-setting-site-phone = telefon ośrodka
audit-setting-retention = przechowywanie danych kolejki
audit-setting-search-keys = wersja kluczy wyszukiwania

## Pierwsze uruchomienie: adres i telefon ośrodka, do nagłówka listów
setup-address = Adres (nieobowiązkowo)
setup-phone = Telefon (nieobowiązkowo)

## Intercultural mediation in the audit trail.

audit-mediation-need-update = zapisanie, że osoba potrzebuje mediatora międzykulturowego
audit-mediation-need-delete = cofnięcie prośby o mediatora
audit-mediation-insert = dołączenie do konsultacji jako mediator
audit-mediation-delete = wycofanie się z konsultacji jako mediator

## Languages each member of staff speaks (what a mediator's list is made of).

staff-speaks = Języki, którymi mówi (ar, ti…)
staff-col-speaks = Mówi
staff-error-speaks = Wpisz języki, którymi mówi, po nazwie lub kodzie, oddzielone przecinkami: arabski, tigrinia, so.
cli-arg-speaks = Języki, w których rozmawia z przychodzącymi (kody: ar,ti,so); z nich powstaje lista mediatora
cli-arg-languages = Kody języków oddzielone przecinkami (ar,ti); brak: usuń je
cli-cmd-staff-speaks = Zapisać języki, w których pracownik rozmawia z przychodzącymi
staff-speaks-saved = { $name } mówi: { $langs }.
staff-speaks-cleared = Dla { $name } nie zapisano już żadnego języka.
