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
cli-arg-appointment = Wizyta umówiona u partnera (RRRR-MM-DD GG:MM)
cli-cmd-site = Nagłówek ośrodka: nazwa, adres, telefon
cli-arg-site-name = Nazwa ośrodka
site-field-name = Ośrodek:
site-field-address = Adres:
site-field-phone = Telefon:
site-not-set = (nie podano)
site-saved = Nagłówek zapisany; jest drukowany na listach, karteczkach i numerkach.
