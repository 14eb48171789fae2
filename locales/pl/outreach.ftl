# Zespoły mobilne: miejsca, wyjścia w teren, kontakty, szczepienia.

audit-place-update = wpis w rejestrze miejsc
audit-outreach-session-update = wpisanie wyjścia w teren
audit-outreach-contact-insert = wpisanie kontaktu w terenie
audit-vaccination-insert = wpisanie szczepienia

## Miejsca

outreach-kind-squat = skłot
outreach-kind-metro = stacja metra
outreach-kind-street = ulica
outreach-kind-park = park
outreach-kind-partner = placówka partnera
outreach-kind-shelter = noclegownia
outreach-kind-other = inne miejsce
outreach-place-added = Dodano miejsce „{ $place }” ({ $kind }).
outreach-place-closed = Zamknięto miejsce „{ $place }”: nie będzie tam nowych wyjść; jego wyjścia nadal się liczą.
outreach-no-places = W rejestrze nie ma jeszcze żadnego miejsca: seuil place add NAZWA --kind K.
outreach-first-visit = pierwsza wizyta { $date }
outreach-not-visited = jeszcze nieodwiedzone
outreach-closed-mark = zamknięte
outreach-error-place-blank = Miejsce potrzebuje nazwy (wystarczy nazwa kodowa).
outreach-error-place-punctuation = Nazwa miejsca musi zawierać co najmniej jedną literę lub cyfrę, nie same znaki interpunkcyjne.
outreach-error-place-long = Nazwa miejsca ma najwyżej 60 znaków.
outreach-error-place-exists = Miejsce o nazwie „{ $place }” jest już w rejestrze.
outreach-error-place-unknown = Nie ma miejsca o nazwie „{ $place }”. Miejsca: seuil place list.
outreach-error-place-closed = Miejsce „{ $place }” jest zamknięte.
outreach-error-kind = „{ $kind }” to nie jest rodzaj miejsca. Rodzaje: { $kinds }.
outreach-error-commune = „{ $commune }” to nie jest gmina Brukseli (podaj nazwę lub kod pocztowy).

## Wyjścia w teren i kontakty

outreach-error-future = { $date } to data w przyszłości: wyjście zapisuje się tego samego dnia lub później.
outreach-error-session = Nie ma wyjścia numer { $session }.
outreach-error-person = Nie ma osoby z kodem { $code }.
outreach-error-partner = Żaden pojedynczy partner nie pasuje do „{ $partner }”. Partnerzy: seuil partner list.
outreach-error-no-vaccine = Szczepienie wymaga nazwy szczepionki.
outreach-error-no-lot = Szczepienie wymaga numeru serii szczepionki: nic nie zapisano.
outreach-error-dose-number = Dawka numer { $dose }: od 1 do 10.
outreach-error-people = Zliczenie obejmuje co najmniej jedną osobę.
outreach-error-count = { $arg } { $value }: liczba musi być całkowita, od 1 wzwyż.
outreach-error-tally-form = „{ $value }” to nie jest zliczenie: wpisz PŁEĆ/WIEK lub PŁEĆ/WIEK/new, na przykład f/25-29/new.
outreach-error-tally-sex = „{ $value }” to nie jest płeć w zliczeniu: f, m, x lub u.
outreach-error-tally-band = „{ $value }” to nie jest przedział wieku: <15, 15-19, 20-24 … 60-64, 65+ lub u.
outreach-error-nothing-to-reverse = W tym wyjściu nie ma kontaktu do cofnięcia.
outreach-error-reversed = Kontakt { $contact } został już cofnięty.
outreach-error-not-today = Kontakt { $contact } nie został zapisany dzisiaj: cofa się tylko dzisiejszy kontakt.
outreach-contact-recorded = Zapisano kontakt { $contact } w wyjściu { $session }.
outreach-contact-reversed = Cofnięto kontakt { $contact }.
outreach-person-registered = Zarejestrowano nową osobę: { $code }.
outreach-session-line = { $date }  nr { $session }  { $place } ({ $team }): { $contacts ->
        [one] spotkano jedną osobę
        [few] spotkano { $contacts } osoby
        [many] spotkano { $contacts } osób
       *[other] spotkano { $contacts } osoby
    }, nowych: { $new }

## Sumy

outreach-total-sessions = Wyjścia w teren
outreach-total-places = Odwiedzone miejsca
outreach-total-new-places = Nowe odwiedzone miejsca
outreach-total-contacts = Kontakty (osoby)
outreach-total-new-contacts = Nowe kontakty
outreach-total-accompaniments = Asysty
outreach-total-vaccinations = Szczepienia

## Wiersz poleceń

cli-cmd-place = Miejsca odwiedzane przez zespoły mobilne
cli-cmd-place-add = Dodaj miejsce do rejestru
cli-cmd-place-list = Pokaż miejsca, najpierw aktywne
cli-cmd-place-close = Zamknij miejsce (bez nowych wyjść)
cli-cmd-outreach = Zespoły mobilne: wyjścia w teren, kontakty, liczby
cli-cmd-outreach-session = Rozpocznij wyjście w teren w danym miejscu (wypisuje jego numer)
cli-cmd-outreach-contact = Zapisz kontakt w wyjściu: zliczenie lub osobę i to, co zrobiono
cli-cmd-outreach-reverse = Cofnij kontakt z wyjścia (ostatni, chyba że --contact), zapisany dzisiaj
cli-cmd-outreach-sessions = Wyjścia z danego okresu z ich liczbami
cli-arg-outreach-name = Nazwa kodowa miejsca
cli-arg-outreach-kind = Rodzaj miejsca: squat, metro, street, park, partner, shelter, other
cli-arg-outreach-commune = Gmina miejsca (nazwa lub kod pocztowy)
cli-arg-outreach-place = Miejsce, po nazwie
cli-arg-outreach-date = Dzień wyjścia (domyślnie dzisiaj)
cli-arg-outreach-team = Zespół
cli-arg-outreach-staff = Obecni pracownicy, oddzieleni przecinkami
cli-arg-outreach-session = Numer wyjścia
cli-arg-outreach-tally = Osoby spotkane bez imienia: PŁEĆ/WIEK[/new], na przykład f/25-29/new
cli-arg-outreach-person = Kod spotkanej osoby
cli-arg-outreach-new-person = Zarejestruj spotkaną osobę na miejscu (nic nie jest wymagane)
cli-arg-outreach-people = Ile osób obejmuje zliczenie (domyślnie jedną)
cli-arg-outreach-given = Wydany sprzęt, ARTYKUŁ=N (artykuły punktu wymiany)
cli-arg-outreach-vaccine = Podana szczepionka
cli-arg-outreach-lot = Numer serii szczepionki (wymagany)
cli-arg-outreach-dose = Numer dawki (od 1 do 10)
cli-arg-outreach-reaction = Reakcja zaobserwowana po szczepieniu
cli-arg-outreach-accompanied = Partner, do którego towarzyszono osobie (asysta)
cli-arg-outreach-referral = Dokąd skierowano osobę
cli-arg-outreach-care = Udzielona pomoc medyczna
cli-arg-outreach-info = Udzielono informacji
cli-arg-outreach-from = Pierwszy dzień (domyślnie 1 stycznia)
cli-arg-outreach-to = Ostatni dzień (domyślnie dzisiaj)

## Ekran Teren

tab-outreach = Teren
outreach-today-title = Dzisiejsze wyjścia w teren
outreach-today-empty = Dziś nie ma jeszcze wyjścia. n rozpoczyna nowe: miejsce (znalezione lub nowe), zespół.
outreach-today-row = { $contacts ->
        [one] spotkano jedną osobę
        [few] spotkano { $contacts } osoby
        [many] spotkano { $contacts } osób
       *[other] spotkano { $contacts } osoby
    }, nowych: { $new }
outreach-team = zespół { $team }
outreach-session-started = Rozpoczęto wyjście { $session }: zliczaj klawiszem f, m, x lub u, a potem wiek.
outreach-start-title = Nowe wyjście w teren dzisiaj
outreach-start-new-place = Nowe miejsce „{ $place }”: zostanie dodane do rejestru razem z rodzajem.
outreach-start-hint = Wpisz kilka liter nazwy miejsca; ↑↓ wybiera miejsce z rejestru, w przeciwnym razie dodaje się nowe. ↵ rozpoczyna wyjście.
outreach-field-place = Miejsce
outreach-field-kind = Rodzaj
outreach-field-team = Zespół
outreach-screen-totals = Kontakty { $contacts } · nowe { $new } · asysty { $accompanied } · szczepienia { $vaccinated }
outreach-tally-label = Zliczenie:
outreach-band-label = Wiek:
outreach-band-ask = Wiek — { $sex }: naciśnij klawisz wieku.
outreach-band-u = wiek nieznany
outreach-sex-f = kobieta
outreach-sex-m = mężczyzna
outreach-sex-x = inna
outreach-sex-u = nieznana
outreach-next-label = Następny kontakt:
outreach-next-nothing = nic poza spotkaniem
outreach-next-new = nowy
outreach-next-accompanied = asysta do: { $partner }
outreach-next-vaccine = { $vaccine } seria { $lot } dawka { $dose }
outreach-next-care = pomoc medyczna
outreach-next-referral = skierowanie
outreach-next-info = informacja
outreach-next-dropped = Porzucono to, co zawierał następny kontakt; nic nie zapisano.
outreach-last-contacts = Ostatnie kontakty
outreach-no-contacts = W tym wyjściu nie ma jeszcze kontaktu.
outreach-reversed-mark = cofnięty
outreach-material-label = Sprzęt (liczba, potem klawisz artykułu):
outreach-material-count = { $count } następnego artykułu…
outreach-person-label = Kod lub imię
outreach-person-hint = Wpisz kod osoby lub kilka liter imienia; Alt+N rejestruje ją na miejscu (nic nie jest wymagane).
outreach-person-none = Nikogo nie wybrano: wpisz kod lub imię albo naciśnij Alt+N dla nowej osoby.
outreach-person-name-refused = Tego imienia nie można zachować w tej postaci; wyczyść pole i naciśnij Alt+N dla osoby z samym kodem.
outreach-partner-label = Asysta do
outreach-partner-none = Żaden partner nie pasuje: koordynator dodaje partnerów na ekranie Skierowania.
outreach-field-vaccine = Szczepionka
outreach-field-lot = Seria
outreach-field-dose = Numer dawki
outreach-field-reaction = Reakcja
outreach-field-care = Udzielona pomoc
outreach-field-referral = Skierowano do
outreach-recorded-tally = Zapisano zliczenie.
outreach-recorded-person = Zapisano kontakt z { $code }.
outreach-recorded-new-person = Zarejestrowano nową osobę { $code } i zapisano kontakt.
hint-outreach-start = Nowe wyjście
hint-outreach-tally = Zlicz
hint-outreach-new = Nowy
hint-outreach-person = Osoba
hint-outreach-give = Sprzęt
hint-outreach-accompany = Asysta
hint-outreach-vaccinate = Szczep.
hint-outreach-care = Pomoc
hint-outreach-info = Info
hint-outreach-reverse = Cofnij
hint-outreach-band = Wiek
hint-outreach-material-done = Gotowe
hint-outreach-material-undo = Usuń
help-action-outreach-start = Rozpocznij dzisiejsze wyjście (miejsce, zespół)
help-action-outreach-open = Otwórz wybrane wyjście
help-action-outreach-start-save = Rozpocznij wyjście (dodając miejsce, jeśli jest nowe)
help-action-outreach-place-choose = Wybierz jedno z pasujących miejsc
help-action-outreach-tally = Zliczenie: płeć osoby (kobieta, mężczyzna, inna, nieznana), potem klawisz wieku
help-action-outreach-new = Następny kontakt jest pierwszym kontaktem (ponownie: nie nowy)
help-action-outreach-person = Spotkana osoba: znajdź po kodzie lub imieniu albo zarejestruj na miejscu
help-action-outreach-give = Sprzęt wydany przy następnym kontakcie (klawisze artykułów punktu wymiany)
help-action-outreach-accompany = Następny kontakt: asysta do partnera
help-action-outreach-vaccinate = Szczepienie przy następnym kontakcie (seria jest wymagana)
help-action-outreach-care = Udzielona pomoc i skierowanie przy następnym kontakcie
help-action-outreach-info = Informacja przy następnym kontakcie (ponownie: brak)
help-action-outreach-close = Porzuć to, co zawiera następny kontakt, albo wróć do listy wyjść
help-action-outreach-band = Przedział wieku: 1 <15 … 0 55-59, - 60-64, = 65+, u nieznany
help-action-outreach-material-done = Zachowaj sprzęt dla następnego kontaktu
help-action-outreach-material-undo = Usuń ostatni artykuł lub cyfrę
help-action-outreach-material-drop = Porzuć wpisany tu sprzęt
help-action-outreach-person-pick = Zapisz kontakt z wybraną osobą
help-action-outreach-person-new = Zarejestruj osobę na miejscu (nic nie jest wymagane) i zapisz kontakt
help-action-outreach-partner-pick = Zachowaj wybranego partnera

## Eksport danych osoby

export-section-outreach = Kontakty w terenie
export-section-vaccinations = Szczepienia
export-col-place = miejsce
export-col-new = pierwszy kontakt
export-col-care = pomoc medyczna
export-col-information = informacja
export-col-referral-to = skierowano do
export-col-accompanied = asysta do
export-col-reversed = cofnięty
export-col-vaccine = szczepionka
export-col-lot = seria
export-col-dose-number = numer dawki
export-col-reaction = reakcja
export-col-vaccinator = osoba szczepiąca
outreach-page-title = Teren
outreach-page-contact = { $date } · { $place }
outreach-page-vaccination = { $date } · { $vaccine } seria { $lot } dawka { $dose }
outreach-field-day = Dzień
outreach-field-staff = Obecni
outreach-error-not-in-session = W wyjściu { $session } nie ma kontaktu { $contact }.
outreach-reverse-ask-chosen = Cofnąć kontakt oznaczony ›? ↵ tak, Esc nie.
help-action-outreach-reverse-chosen = Cofnij kontakt oznaczony › (↑↓ go wybiera; najpierw pyta)
help-action-outreach-pick = Wybierz jeden z ostatnich kontaktów, aby go cofnąć
cli-arg-outreach-contact = Kontakt do cofnięcia (jego numer), w przeciwnym razie ostatni
outreach-total-line = { $label }: { $count }
outreach-field-commune = Gmina
