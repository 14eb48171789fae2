# TDI: epizody leczenia dla wskaźnika zgłaszalności do leczenia (rejestr Sciensano).

## Pytania, w kolejności kwestionariusza

tdi-item-centre-type = Rodzaj placówki
tdi-item-started = Początek epizodu
tdi-item-status = Leczony(-a) wcześniej
tdi-item-referral = Kto skierował
tdi-item-niss = Numer krajowy lub BIS
tdi-item-sex = Płeć
tdi-item-birth-year = Rok urodzenia
tdi-item-living-with = Mieszka z
tdi-item-living-with-children = Mieszka z dziećmi
tdi-item-living-where = Miejsce zamieszkania
tdi-item-nationality = Obywatelstwo
tdi-item-labour = Praca
tdi-item-education = Wykształcenie
tdi-item-primary-drug = Główna substancja
tdi-item-route = Zwykły sposób przyjmowania (główna substancja)
tdi-item-frequency = Jak często, ostatnie 30 dni
tdi-item-first-use-age = Wiek przy pierwszym użyciu
tdi-item-secondary-drug-1 = Inna substancja 1
tdi-item-secondary-drug-2 = Inna substancja 2
tdi-item-secondary-drug-3 = Inna substancja 3
tdi-item-secondary-drug-4 = Inna substancja 4
tdi-item-polydrug = Problemowe używanie wielu substancji
tdi-item-injecting = Iniekcje
tdi-item-first-injection-age = Wiek przy pierwszej iniekcji
tdi-item-sharing = Dzielenie się igłami lub strzykawkami
tdi-item-hiv-test = Test na HIV
tdi-item-hcv-test = Test na WZW C
tdi-item-ost = Leczenie substytucyjne opioidami
tdi-item-ost-first-year = Rok pierwszego leczenia substytucyjnego
tdi-item-centre-unit = Oddział lub filia placówki

## Odpowiedzi

tdi-unknown = Nieznane
tdi-yes = Tak
tdi-no = Nie
tdi-no-niss = Nie ma numeru krajowego ani BIS
tdi-not-asked = nie dotyczy
tdi-answer = { $words } ({ $code })
tdi-centre-1 = Ambulatoryjna placówka leczenia
tdi-centre-2 = Stacjonarna placówka leczenia
tdi-centre-3 = Oddział leczenia w więzieniu
tdi-centre-4 = Lekarz rodzinny
tdi-centre-5 = Placówka niskoprogowa
tdi-centre-6 = Inny rodzaj placówki
tdi-status-1 = Nigdy wcześniej nie leczony(-a)
tdi-status-2 = Leczony(-a) wcześniej
tdi-referral-1 = Sąd, kurator lub policja
tdi-referral-2 = Lekarz rodzinny
tdi-referral-3 = Inna placówka leczenia uzależnień
tdi-referral-4 = Inna służba zdrowia, medyczna lub socjalna
tdi-referral-5 = Szkoła lub placówka oświatowa
tdi-referral-6 = Sam(a), rodzina lub przyjaciele
tdi-referral-7 = Inne
tdi-sex-1 = Mężczyzna
tdi-sex-2 = Kobieta
tdi-living-with-1 = Sam(a)
tdi-living-with-2 = Z rodzicami lub rodziną pochodzenia
tdi-living-with-3 = Z partnerem(-ką) lub dziećmi
tdi-living-with-4 = Z przyjaciółmi lub innymi osobami
tdi-living-with-5 = W areszcie lub więzieniu
tdi-living-with-6 = W instytucji lub schronisku
tdi-living-with-7 = Inaczej
tdi-living-where-1 = Stałe mieszkanie
tdi-living-where-2 = Niestałe mieszkanie lub bezdomność (pustostan, schronisko)
tdi-living-where-3 = W areszcie lub więzieniu
tdi-living-where-4 = Inne miejsce
tdi-labour-1 = Pracuje dorywczo
tdi-labour-2 = Pracuje regularnie
tdi-labour-3 = Uczy się lub studiuje
tdi-labour-4 = Bezrobotny(-a)
tdi-labour-5 = Zasiłek, emerytura, prowadzi dom lub niezdolny(-a) do pracy
tdi-labour-6 = Inna sytuacja
tdi-education-1 = Nigdy nie chodził(a) do szkoły
tdi-education-2 = Szkoła podstawowa
tdi-education-3 = Szkoła średnia
tdi-education-4 = Studia wyższe
tdi-drug-none = Brak innej substancji
tdi-drug-1 = Opioidy
tdi-drug-1-1 = Heroina
tdi-drug-1-2 = Metadon, poza receptą
tdi-drug-1-3 = Buprenorfina, poza receptą
tdi-drug-1-4 = Fentanyl, poza receptą
tdi-drug-1-5 = Inne opioidy (tramadol…)
tdi-drug-2 = Kokaina
tdi-drug-2-1 = Kokaina w proszku
tdi-drug-2-2 = Crack
tdi-drug-2-3 = Inna kokaina
tdi-drug-3 = Inne stymulanty
tdi-drug-3-1 = Amfetaminy
tdi-drug-3-2 = Metamfetamina
tdi-drug-3-3 = MDMA, ecstasy
tdi-drug-3-4 = Syntetyczne katynony
tdi-drug-3-5 = Inne stymulanty (jeden wymieniony)
tdi-drug-4 = Leki nasenne i uspokajające
tdi-drug-4-1 = Barbiturany
tdi-drug-4-2 = Benzodiazepiny
tdi-drug-4-3 = GHB lub GBL
tdi-drug-4-4 = Inne leki uspokajające (pregabalina…)
tdi-drug-5 = Halucynogeny
tdi-drug-5-1 = LSD
tdi-drug-5-2 = Ketamina
tdi-drug-5-3 = Inne halucynogeny
tdi-drug-6 = Lotne środki wziewne (rozpuszczalniki, klej)
tdi-drug-7 = Konopie
tdi-drug-7-1 = Marihuana lub haszysz
tdi-drug-7-2 = Syntetyczne kannabinoidy
tdi-drug-7-3 = Inne przetwory konopi
tdi-drug-8 = Alkohol
tdi-drug-9 = Inna substancja
tdi-route-1 = Wstrzykuje
tdi-route-2 = Pali lub wdycha
tdi-route-3 = Je lub pije
tdi-route-4 = Wciąga nosem
tdi-route-5 = Inny sposób
tdi-frequency-1 = Codziennie
tdi-frequency-2 = 4–6 dni w tygodniu
tdi-frequency-3 = 2–3 dni w tygodniu
tdi-frequency-4 = Raz w tygodniu lub rzadziej
tdi-frequency-5 = Nie używał(a) w ostatnich 30 dniach
tdi-inject-1 = Nigdy
tdi-inject-2 = Tak, nie wiadomo kiedy
tdi-inject-2-1 = Tak, ale nie w ostatnich 12 miesiącach
tdi-inject-2-2 = Tak, w ostatnich 12 miesiącach, ale nie w ostatnich 30 dniach
tdi-inject-2-3 = Tak, w ostatnich 30 dniach
tdi-inject-3 = Nie chce odpowiedzieć
tdi-test-1 = Nigdy nie badany(-a)
tdi-test-2 = Badany(-a), nie wiadomo kiedy
tdi-test-2-1 = Badany(-a), ale nie w ostatnich 12 miesiącach
tdi-test-2-2 = Badany(-a) w ostatnich 12 miesiącach
tdi-test-3 = Nie chce odpowiedzieć
tdi-ost-1 = Nigdy
tdi-ost-2 = Kiedyś, nie teraz
tdi-ost-3 = Teraz

## Odmowy

tdi-error-item = „{ $item }” nie jest pytaniem TDI. Listę podaje „seuil tdi codes”.
tdi-error-code = { $item }: „{ $value }” nie jest jedną z odpowiedzi. Odpowiedzi: { $codes } lub 99, gdy nieznane.
tdi-error-year = { $item }: „{ $value }” nie jest rokiem od 1900 do { $max }. Wpisz cztery cyfry lub 99, gdy nieznane.
tdi-error-age = { $item }: „{ $value }” nie jest wiekiem w latach. Wpisz liczbę lub 99, gdy nieznane.
tdi-error-country = { $item }: „{ $value }” nie jest kodem kraju. Wpisz jego dwie litery (BE, MA, ER…) lub 99, gdy nieznane.
tdi-error-niss = { $item }: „{ $value }” nie jest prawidłowym numerem krajowym ani BIS; sprawdź cyfry. Wpisz „none”, gdy osoba go nie ma, lub 99, gdy nieznane.
tdi-error-text = { $item }: najwyżej { $max } znaków, w jednym wierszu.
tdi-error-unknown-episode = Nie ma epizodu TDI { $id }. „seuil tdi show OSOBA” podaje epizody osoby.
tdi-error-same-day = { $code } ma już epizod zaczynający się { $date }: uzupełnij go przez „seuil tdi set”.
tdi-error-future = Epizod nie może zacząć się po dzisiejszym dniu ({ $date }). Sprawdź datę.
tdi-error-write = Nie udało się zapisać { $path }: { $reason }. Nic nie zapisano; wybierz inne miejsce.

## Kiedy proponuje się nowy epizod

tdi-due-starting = Proponowany nowy epizod: początek leczenia tutaj (brak wcześniejszego epizodu).
tdi-due-returning = Proponowany nowy epizod: powrót po co najmniej sześciu miesiącach bez kontaktu (ostatni kontakt { $last }).
tdi-due-none = Nie proponuje się nowego epizodu: ostatni epizod lub kontakt tej osoby był mniej niż sześć miesięcy temu.
tdi-open-not-due = Uwaga: dla tej osoby nie proponowano nowego epizodu (kontakt w ostatnich sześciu miesiącach). Otwarto zgodnie z poleceniem.

## Wiersz poleceń

tdi-opened = Epizod { $id } otwarty dla { $code }.
tdi-saved = Epizod { $id } zapisany.
tdi-episode-head = Epizod { $id } · { $code } · początek { $date }
tdi-line = { $label }: { $value }
tdi-still-unknown = Wciąż nieznane ({ $count }): { $items }
tdi-no-episodes = { $code } nie ma epizodu TDI.
tdi-exported = { $count ->
    [one] Jeden epizod z { $year } zapisany w { $path }.
    [few] { $count } epizody z { $year } zapisane w { $path }.
    [many] { $count } epizodów z { $year } zapisanych w { $path }.
   *[other] { $count } epizodów z { $year } zapisanych w { $path }.
}
tdi-checklist-head = TDI { $year }: { $count ->
    [one] jeden epizod
    [few] { $count } epizody
    [many] { $count } epizodów
   *[other] { $count } epizodów
}, do przekazania Sciensano do { $due }.
tdi-checklist-line = Epizod { $id } · { $code } · { $date } — { $state }
tdi-checklist-complete = kompletny
tdi-sheet-saved = Karta TDI zapisana w { $path }.

cli-cmd-tdi = Epizody leczenia TDI (rejestr Sciensano)
cli-cmd-tdi-open = Otwórz epizod leczenia dla osoby; każde pytanie może pozostać nieznane (99)
cli-cmd-tdi-show = Epizody osoby i czy proponuje się nowy
cli-cmd-tdi-set = Uzupełnij lub popraw epizod później
cli-cmd-tdi-export = Zapisz jako CSV epizody rozpoczęte w danym roku, z kodami EMCDDA
cli-cmd-tdi-checklist = Epizody z danego roku i pytania wciąż bez odpowiedzi, przed 31 marca
cli-cmd-tdi-sheet = Zapisz jako PDF kartę TDI epizodu do wydruku
cli-cmd-tdi-codes = Pytania i ich odpowiedzi, z kodami
cli-arg-date = Początek epizodu (domyślnie dzisiaj)
cli-arg-episode = Numer epizodu
cli-arg-year = Rok (cztery cyfry)
cli-arg-csv = Plik CSV do zapisania
cli-arg-item = Pytanie (jego opcja, na przykład primary-drug); wszystkie, gdy pominięte
cli-arg-tdi-item = { $item } (kody { $codes }; 99 nieznane; albo odpowiedź słowami)
cli-arg-tdi-pdf = Plik PDF do zapisania

## Karta

tdi-sheet-title = Karta TDI — epizod leczenia
tdi-sheet-episode = Epizod { $id } · osoba { $code }
tdi-sheet-note = W kolejności kwestionariusza Sciensano; kod każdej odpowiedzi jest w nawiasie.
tdi-sheet-line = { $n }. { $label }: { $value }
tdi-sheet-coded = { $n }. { $label }: { $value } ({ $code })
tdi-sheet-age-band = Grupa wiekowa na początku: { $band }
tdi-sheet-footer = Otwarty { $opened } przez { $by } · wydrukowany { $printed }

## Formularz stanowiska

tdi-form-title = Epizod TDI — { $code } { $name }
tdi-form-earlier = { $count ->
    [one] Jeden wcześniejszy epizod tutaj.
    [few] { $count } wcześniejsze epizody tutaj.
    [many] { $count } wcześniejszych epizodów tutaj.
   *[other] { $count } wcześniejszych epizodów tutaj.
}
tdi-form-keys = ←→ lub litery: wybór · Del: nieznane · Ctrl+S też zapisuje
tdi-form-saved = Epizod TDI { $id } zapisany dla { $code }.
help-action-tdi = Otwórz formularz TDI (nowy epizod leczenia)
help-action-tdi-save = Zapisz epizod TDI
hint-tdi = TDI
tdi-form-completing = Uzupełniasz ostatni epizod tej osoby: udzielone odpowiedzi są widoczne; Enter zapisuje zmiany.
