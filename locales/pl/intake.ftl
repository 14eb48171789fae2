## Przyjęcie: wyszukiwanie, rejestracja, wizyty, karta osoby i polecenia „person”.

intake-registered-count =
    { $count ->
        [one] { $count } osoba w rejestrze
        [few] { $count } osoby w rejestrze
        [many] { $count } osób w rejestrze
       *[other] { $count } osoby w rejestrze
    }
intake-loading = Wczytywanie rejestru…
intake-col-code = Kod
intake-col-name = Imię i nazwisko
intake-col-born = Ur.
intake-col-languages = Języki
intake-col-last-visit = Wizyta
intake-empty-hint = Wpisz kilka liter imienia, pseudonimu lub kodu; rok zawęża (moh 1987). Nic nie jest wymagane: Alt+A rejestruje anonimową wizytę.
intake-none = Nikogo nie znaleziono dla „{ $query }”.
intake-none-hint = Alt+N rejestruje nową osobę z tym, co wpisano; Alt+A rejestruje anonimową wizytę.
intake-anonymous = anonimowo
intake-visit-recorded = Wizyta zapisana: { $code } { $name }
intake-registered = Zarejestrowano { $code } { $name }; wizyta zapisana.
intake-registered-anonymous = Anonimowa wizyta zarejestrowana jako { $code }; wizyta zapisana.
intake-updated = Zmiany w { $code } zapisane.
hint-visit = Wizyta
hint-new-person = Nowa
hint-anonymous = Anonimowo
hint-edit = Zmień
hint-save = Zapisz
hint-next-field = Następne pole
hint-cancel = Anuluj
help-action-visit = Zapisz wizytę wybranej osoby
help-action-new-person = Zarejestruj nową osobę z tym, co wpisano
help-action-anonymous = Zarejestruj anonimową wizytę (tylko kod) i ją zapisz
help-action-edit = Zmień kartę wybranej osoby
help-action-save = Zapisz kartę
help-action-next-field = Następne pole
help-action-prev-field = Poprzednie pole
help-action-cancel = Anuluj; nic nie zostaje zapisane
form-title-new = Nowa osoba: żadne pole nie jest wymagane
form-title-edit = Zmiana { $code }
form-duplicates = Już w rejestrze? Esc, potem wybierz z listy:
form-sex-hint = Spacja zmienia
field-given-name = Imię/imiona
field-family-name = Nazwisko
field-alias = Pseudonim, ksywka
field-birth = Urodzenie (rok lub data)
field-sex = Płeć
field-languages = Języki, którymi mówi
field-phone = Telefon
field-niss = Numer krajowy lub BIS
field-nationality = Obywatelstwo
field-commune = Gmina lub „bez adresu”
sex-unknown = —
sex-not-said = woli nie mówić
sex-f = kobieta
sex-m = mężczyzna
sex-x = inna
field-error-too-long = { $field }: za długie (najwyżej { $max } znaków).
field-error-birth-shape = { $field }: wpisz rok (1987), miesiąc (05.1987) lub datę (25.05.1987).
field-error-birth-impossible = { $field }: taka data nie istnieje: { $day }.{ $month }.{ $year }.
field-error-birth-range = { $field }: data jest w przyszłości albo sprzed ponad 120 lat.
field-error-niss-length = { $field }: numer krajowy lub BIS ma 11 cyfr.
field-error-niss-month = { $field }: niemożliwy miesiąc (01–12, 00 albo 21–32 / 41–52 dla BIS).
field-error-niss-day = { $field }: niemożliwy dzień.
field-error-niss-checksum = { $field }: cyfry kontrolne się nie zgadzają; pewnie jedna cyfra jest źle wpisana.
field-error-language = { $field }: ten język nie jest znany; wpisz jego nazwę (arabski, tigrinia, somalijski…) albo kod (ar, ti, so), oddzielone przecinkami.
field-error-phone = { $field }: tylko cyfry, spacje i + . / - ( ).
person-added = Zarejestrowano { $code } { $name }
person-find-none = Nikogo nie znaleziono dla „{ $query }”.
person-merged = { $other } scalono z { $keep } (scalenie { $id }). Cofnięcie: seuil person unmerge { $id }
person-unmerged = Scalenie { $id } cofnięte: { $keep } i { $other } to znów osobne karty.
person-not-same = Zapisano: { $a } i { $b } to różne osoby; nie będą już proponowane jako duplikaty.
person-error-unknown-code = Nikt nie ma kodu { $code }. Sprawdź przez „seuil person find”.
person-error-unknown-merge = Nie ma scalenia numer { $id }.
person-error-same-record = Karty nie można scalić z nią samą.
person-error-already-merged = { $code } jest już scalona z inną kartą; użyj tamtej.
person-error-marked-not-same = { $a } i { $b } zapisano jako różne osoby; nie scalamy.
person-error-already-undone = Scalenie { $id } zostało już cofnięte.
person-error-later-merge = { $code } scalono ponownie po scaleniu { $id }; najpierw cofnij to późniejsze.
generate-done = Utworzono { $persons } osób i { $visits } wizyt w { $seconds } s.
hint-merge = Scal
help-action-merge = Zaznacz do scalenia; na drugiej karcie porównaj i scal
hint-confirm-merge = Scal
help-action-confirm-merge = Scal obie karty
hint-not-same = To nie ta sama osoba
help-action-not-same = Zapamiętaj, że to dwie różne osoby
intake-merge-marked = Zaznaczono { $code }. Wybierz kartę, która zostaje, i znów Alt+M.
intake-merged = { $other } scalono z { $keep } (scalenie { $id }). Alt+U cofa.
intake-unmerged = Scalenie { $id } cofnięte: obie karty znów są osobno.
intake-not-same = Zapisano: { $a } i { $b } to różne osoby; nie będą już proponowane.
merge-title = Ta sama osoba?
merge-keep = Karta, która zostaje:
merge-other = Karta dołączana:
merge-question = Scalić { $other } z { $keep }? Wizyty przechodzą; Alt+U cofa.
export-title = Wszystko, co seuil przechowuje o { $code }
export-section-record = Karta
export-section-visits = Wizyty
export-section-tickets = Numerki
export-section-appointments = Umówione wizyty
export-section-coverage = Ubezpieczenie
export-section-free-care = Bezpłatna opieka
export-section-changes = Zmiany
export-section-merges = Scalenia
export-none = nic
intake-matched-count =
    { $count ->
        [one] Znaleziono { $count } osobę
        [few] Znaleziono { $count } osoby
        [many] Znaleziono { $count } osób
       *[other] Znaleziono { $count } osoby
    }
intake-matched-more = { $shown } z { $count } · zawęź
intake-near-count =
    { $count ->
        [one] ≈ { $count } podobne nazwisko, brak dokładnego
        [few] ≈ { $count } podobne nazwiska, brak dokładnego
        [many] ≈ { $count } podobnych nazwisk, brak dokładnego
       *[other] ≈ { $count } podobnego nazwiska, brak dokładnego
    }
person-find-near = Nikt nie pasuje słowo w słowo do „{ $query }”; oto najbliższe (≈). Sprawdź je, zanim założysz nową kartę.
person-find-more = Pokazano { $shown } z { $total } znalezionych; dodaj słowo lub rok urodzenia albo użyj --limit.
search-keys-rebuilding = Aktualizacja kluczy wyszukiwania

route-new-person = Nowa rejestracja
route-coverage-chosen = Ubezpieczenie: { $route } (zapisane z rejestracją)
intake-registered-joined = Zarejestrowano { $code } { $name }; numerek { $ticket }: { $service }.
intake-registered-anonymous-joined = Anonimowa wizyta zarejestrowana jako { $code }; numerek { $ticket }: { $service }.
intake-visit-removed = Wizyta cofnięta: { $code } { $name }
person-error-visit-not-yours = Tej wizyty nie można już cofnąć: cofa ją tylko osoba, która ją zapisała, i tylko tego samego dnia.
person-error-visit-has-ticket = Ta wizyta ma numerek { $ticket }: najpierw wycofaj numerek z kolejki (odszedł).
help-action-undo = Cofnij ostatnie scalenie lub ostatnią wizytę zapisaną na tym stanowisku
intake-position = { $at }/{ $shown }

## Eksport danych osoby: słowa każdej wartości
export-pair = { $label }: { $value }
export-registered = Karta utworzona { $at } przez: { $by }
export-col-arrived = przyjście
export-col-left = wyjście
export-col-desk = stanowisko
export-col-by = kto
export-col-ticket = numerek
export-col-service = usługa
export-col-day = dzień
export-col-priority = pierwszeństwo
export-col-status = stan
export-col-called = wezwanie
export-col-started = początek
export-col-finished = koniec
export-col-room = gabinet
export-col-time = godzina
export-col-duration = czas trwania
export-col-worker = pracownik
export-col-updated = aktualizacja
export-col-written = wystawione
export-col-partner = partner
export-col-reason = powód
export-col-urgency = pilność
export-col-appointment = wizyta u partnera
export-col-low-income = niski dochód
export-col-free-from = bezpłatna opieka od
export-col-free-review = do przeglądu
export-change = { $field }: { $old } → { $new }
export-merge = karta { $merged } scalona z { $kept }
export-merge-undone = scalenie cofnięte { $at }
export-yes = tak
export-no = nie
export-urgent = pilne
export-not-urgent = niepilne
export-minutes = { $minutes } min
export-no-fixed-address = bez stałego adresu
field-error-birth-no-such-month = { $field }: taki miesiąc nie istnieje: { $month }.{ $year }.
form-warning-niss-birth = Numer krajowy podaje urodzenie { $niss }, a nie { $birth }. Popraw jedno z nich albo naciśnij ponownie Enter, aby zostawić to, co wpisano.
intake-keep-typing = Rok to cztery cyfry (1987); albo wpisz imię, przezwisko lub kod.

## Intercultural mediation: marking a person, their record, their export.

help-action-mark-mediation = Poprosić o mediatora międzykulturowego w pierwszym języku osoby; ponownie: w kolejnym języku, potem bez mediatora
mediation-no-languages = Aby poprosić o mediatora, najpierw wpisz języki { $code } w karcie (Alt+E).
mediation-marked = { $name } ({ $code }) potrzebuje mediatora (język: { $lang }). Ponownie Alt+I: inny z jego języków albo bez mediatora.
mediation-unmarked = { $name } ({ $code }) nie potrzebuje już mediatora.
mediation-tag = [mediacja { $lang }]
mediation-tag-joined = [mediacja { $lang }: { $names }]
route-mediation = Mediacja międzykulturowa: { $lang } (Alt+I)
route-mediation-none = Mediacja międzykulturowa: nie zgłoszono (Alt+I)
export-section-mediation-need = Mediacja międzykulturowa
export-section-mediations = Konsultacje z mediatorem
export-col-language = język
export-col-marked = zgłoszono
export-col-joined = dołączenie
export-col-mediator = mediator
mediation-error-language = „{ $code }" to nie znany język; wpisz jego nazwę (arabski, tigrinia…) albo kod (ar, ti, so…).
person-edited = { $code } { $name }: { $count ->
    [one] poprawiono jedno pole, zapisane w historii karty
    [few] poprawiono { $count } pola, zapisane w historii karty
    [many] poprawiono { $count } pól, zapisanych w historii karty
   *[other] poprawiono { $count } pola, zapisane w historii karty
}
person-edit-nothing = Podaj, co się zmienia: --name, --alias, --born, --phone, --commune lub --lang.
