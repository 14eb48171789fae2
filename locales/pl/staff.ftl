# Personel, logowanie, blokada, dziennik, okres przechowywania.

role-reception = Recepcja
role-nurse = Pielęgniarka / pielęgniarz
role-social = Pracownik socjalny
role-mediator = Mediator międzykulturowy
role-coordinator = Koordynacja

setup-title = Witamy w seuil
setup-intro = Ta baza danych jest nowa. Podaj nazwę ośrodka i utwórz pierwsze konto koordynacji; koordynacja tworzy potem pozostałe konta.
setup-site = Nazwa ośrodka
setup-pin-again = PIN ponownie

login-title = Logowanie
login-name = Imię i nazwisko
login-pin = PIN
login-checking = Sprawdzanie…
login-refused = Nie rozpoznano nazwy lub kodu PIN. Spróbuj ponownie.
login-wait = Zbyt wiele błędnych kodów PIN. Spróbuj ponownie za { $seconds } s.

lock-title = Stanowisko zablokowane
lock-intro = Zablokowane przez: { $name }. Wpisz swój PIN, aby kontynuować, albo inną nazwę i PIN, aby przejąć stanowisko.

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
audit-none = Brak wyników. Filtruj według kodu osoby, nazwy pracownika lub dnia (2026-11-23), potem Enter.
audit-exported = Zapisano { $count } wierszy do { $path }.
audit-export-failed = Nie można zapisać { $path } ({ $detail }). Sprawdź folder i wolne miejsce; nic nie zostało utracone.

retention-days = Dni przechowywania danych kolejki
retention-explain = Starsze bilety, ich wywołania i wizyty umówione są usuwane przy czyszczeniu. Wizyty w ośrodku zostają: należą do dokumentacji opieki.
retention-preview = Dane kolejki sprzed { $day }, które usunęłoby czyszczenie: bilety { $tickets }, wizyty umówione { $appointments }.
retention-error-days = Podaj liczbę dni od 30 do 3650.
retention-purge-confirm = Naciśnij Del jeszcze raz, aby usunąć te dane teraz. Tego nie da się cofnąć.
retention-purged = Wyczyszczono. Usunięto: bilety { $tickets }, wizyty umówione { $appointments }. Zapisano w dzienniku.

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
