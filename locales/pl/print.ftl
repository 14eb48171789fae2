# Wydruki: karteczka, którą osoba zabiera, numerki kolejki i samo drukowanie.

## Karteczka, w języku osoby
slip-title = Dokąd iść
slip-from = Skierowanie od: { $site }
slip-address = Adres: { $address }
slip-no-address = Adres można dostać w recepcji.
slip-phone = Telefon: { $phone }
slip-hours = Godziny otwarcia: { $hours }
slip-when = Pani/Pana wizyta: { $date } o { $time }
slip-when-none = Bez umówionej wizyty: proszę przyjść w godzinach otwarcia.
slip-urgent = Proszę pójść tam jeszcze dziś.
slip-bring = Proszę zabrać tę kartkę i dokumenty, które Pani/Pan ma (dowód osobisty, kartę kasy chorych, listy z CPAS). Jeśli nie ma Pani/Pan żadnych, proszę i tak pójść.
slip-contact = Pytania? { $site }, { $phone }

## Numerki kolejki
ticket-arrived = Przybycie: { $time }
ticket-wait = Proszę zachować ten numerek. Pojawi się na ekranie.

## Drukowanie
print-sent = Wysłano do drukarki { $printer }.
print-sent-default = Wysłano do drukarki.
print-saved = Zapisano PDF: { $path }
print-error-no-cups = Ten komputer nie może drukować (brak CUPS). Nic nie przepadło: zapisz PDF do pliku z kolejki wydruku.
print-error-refused = Drukarka nie przyjęła wydruku: { $reason } Nic nie przepadło: spróbuj ponownie albo zapisz do pliku z kolejki wydruku.
print-error-write = Nie można zapisać { $path }: { $reason }. Nic nie przepadło: spróbuj w innym miejscu, np. na pendrivie.
print-error-font = Czcionki do druku w seuil są uszkodzone; zainstaluj seuil ponownie. Nic nie przepadło.
referral-error-unknown-id = Nie ma skierowania numer { $id }. Skierowania osoby są na jej stronie.

## Wiersz poleceń
cli-arg-urgent = Osoba powinna pójść tam dzisiaj
cli-arg-appointment = Wizyta umówiona u partnera (25.11.2026 10:00)
cli-cmd-site = Nagłówek ośrodka: nazwa, adres, telefon
cli-arg-site-name = Nazwa ośrodka
site-field-name = Ośrodek:
site-field-address = Adres:
site-field-phone = Telefon:
site-not-set = (nie podano)
site-saved = Nagłówek zapisany; jest drukowany na listach, karteczkach i numerkach.

## Pisanie skierowania (ze strony osoby)
composer-title = Skierowanie dla { $person }
composer-partner = Partner
composer-reason = Powód
composer-urgent = Pilne
composer-appointment = Wizyta
composer-consent = Udostępnione w liście
composer-letter-lang = Język listu
composer-slip-lang = Język karteczki
composer-yes = tak
composer-no = nie
composer-help-partner = Wpisz kilka liter nazwy partnera; ↑↓ wybór.
composer-help-reason = Wpisz powód albo ↑↓ częste powody (w języku listu).
composer-help-appointment = Data i godzina wizyty u partnera, np. 25.11.2026 10:00; puste, jeśli brak.
composer-help-consent = Zaznacz tylko to, na co osoba się zgadza: ←→ przesuwa, spacja zaznacza, albo 1–7.
composer-help-toggle = Spacja lub ←→ zmienia.
composer-no-partner = Najpierw wybierz partnera.
composer-no-match = W spisie nie ma partnera o tej nazwie (F7, aby dodać).
composer-not-for-role = Pisanie skierowań nie jest dostępne dla Twojej roli.
consent-name = imię i nazwisko
consent-birth = data urodzenia
consent-niss = NISS
consent-languages = języki
consent-phone = telefon
consent-coverage = ubezpieczenie
consent-reason = powód
preview-title = Co zostanie wydrukowane (list, potem karteczka osoby)
referral-saved-printed = Skierowanie { $id } zapisane i wysłane do drukarki.
referral-saved-not-printed = Skierowanie { $id } zapisane, ale niewydrukowane:
help-action-refer = Napisz skierowanie dla tej osoby
hint-refer = Skieruj
help-action-preview = Zobacz, co zostanie wydrukowane
hint-preview = Podgląd
help-action-composer-choose = Wybierz partnera albo częsty powód
help-action-save-print = Zapisz skierowanie i wydrukuj
hint-save-print = Zapisz i drukuj
hint-scroll = Przewiń
help-action-back-to-form = Wróć do formularza
hint-back = Wróć

## Kolejka wydruku (ekran Skierowania)
print-queue-title = Kolejka wydruku: najpierw to, co nie dotarło do drukarki
print-queue-empty = Nic jeszcze nie wydrukowano.
print-state-waiting = czeka
print-state-sent = wysłane
print-state-failed = niewydrukowane
print-state-saved = zapisane jako PDF
print-kind-referral = Skierowanie { $title }
print-kind-ticket = Numerek { $title }
print-save-prompt = Zapisz jako:
help-action-print-queue = Otwórz kolejkę wydruku
hint-print-queue = Kolejka wydruku
help-action-retry = Wyślij ponownie do drukarki
hint-retry = Ponów
help-action-save-pdf = Zapisz jako plik PDF (pendrive)
hint-save-pdf = Zapisz PDF
help-action-open-page = Otwórz stronę osoby (ubezpieczenie, skierowania)
print-error-no-printer = Dla tego stanowiska nie wybrano drukarki, a komputer nie ma drukarki domyślnej. Wpisz ją w desk.toml (printer = "…", zob. lpstat -p). Nic nie przepadło: zapisz PDF z kolejki wydruku.
help-action-ticket = Wydrukować numerek albo nie
route-ticket = Wydrukować numerek (Alt+P)
admin-section-centre = Ośrodek
help-action-centre-save = Zapisz nagłówek
site-explain = Drukowany na górze skierowań, na karteczce osoby i na numerkach. ↑↓ między polami, Enter zapisuje.
