# Leczenie substytucyjne: recepty, dawki, decyzje lekarza.

audit-prescription-insert = wpisanie recepty
audit-dose-insert = wpisanie dawki
audit-decision-insert = wpisanie decyzji lekarza
audit-product-update = zmiana listy leków
audit-stock-update = wpis w rejestrze środków odurzających
audit-tdi-insert = otwarcie epizodu TDI
audit-tdi-update = uzupełnienie epizodu TDI

## Leki

product-methadone-syrup = metadon w syropie
product-methadone-capsule = metadon w kapsułkach
product-buprenorphine = buprenorfina
product-buprenorphine-naloxone = buprenorfina z naloksonem
product-morphine-sr = morfina o przedłużonym uwalnianiu

## Co się stało z dzisiejszą dawką

dose-outcome-given = przyjęta na miejscu
dose-outcome-take-home = wydana do domu
dose-outcome-vomited = zwymiotowana
dose-outcome-refused = odmowa
dose-outcome-withheld = wstrzymana
dose-outcome-reversal = anulowana

## Dlaczego dawka nie jest wydana i co zrobić

dose-refused-no-prescription = Ta osoba nie ma recepty. Najpierw wpisz zlecenie lekarza.
dose-refused-not-started = Recepta zaczyna się dopiero { $day }. Przed tym dniem nie ma dawki; zapytaj lekarza, jeśli jest potrzebna dziś.
dose-refused-expired = Recepta skończyła się { $day }. Przed wydaniem dawki potrzebne jest nowe zlecenie lekarza.
dose-refused-already = Dawka z { $day } jest już wpisana ({ $outcome }). Nigdy dwie dawki jednego dnia; jeśli to pomyłka, anuluj ją (Alt+U) i wpisz właściwą.
dose-refused-future = { $day } jeszcze nie nadszedł: wpisuje się tylko dzisiejszą dawkę albo dawkę z minionego dnia.
dose-refused-withhold = { $missed } dni opuszczonych z rzędu: dawka wstrzymana do decyzji lekarza. Zadzwoń do lekarza, potem wpisz decyzję (d).
dose-refused-see-prescriber = { $missed } dni opuszczonych z rzędu: lekarz musi zobaczyć tę osobę i ustalić niższą dawkę wznowienia. Wpisz decyzję razem z dawką (d).
dose-refused-induction = { $missed } dni opuszczonych z rzędu: to nowa indukcja. Lekarz ustala dawkę wznowienia; wpisz decyzję razem z dawką (d).
dose-refused-vomited = Osoba zwymiotowała dzisiejszą dawkę: ponownie podaje się ją tylko po decyzji lekarza. Wpisz decyzję (d).
dose-refused-take-homes-suspended = Bez dawek do domu: { $missed ->
    [one] 1 dzień opuszczony
    [few] { $missed } dni opuszczone
    [many] { $missed } dni opuszczonych
   *[other] { $missed } dni opuszczonych
} od ostatniej decyzji lekarza. Podaj dawkę na miejscu albo najpierw wpisz decyzję (d).
dose-refused-take-homes-not-prescribed = Recepta nie przewiduje dawek do domu: dawkę przyjmuje się tutaj.
dose-refused-take-homes-schedule = Poproszono o { $asked } dni do domu; recepta pozwala najwyżej na { $allowed }.
dose-refused-take-homes-ceiling = { $asked } dni do domu: prawo pozwala wydać naraz najwyżej na { $ceiling } dni.
dose-refused-take-homes-end = Recepta kończy się { $day }: nie można wydać dawek do domu na dni po tej dacie. Potrzebne jest nowe zlecenie.
dose-refused-take-homes-none = Podaj, na ile dni (od 1 do 7).
dose-refused-above = { $asked } mg to więcej niż należna dawka ({ $due } mg). Dawkę zmienia tylko nowa recepta.
dose-refused-nothing = Dawka 0 mg to nie dawka: podaj należną dawkę albo wpisz odmowę lub wstrzymanie.
dose-refused-raced = Inne stanowisko właśnie wpisało tę dawkę. Tu nic nie zapisano; ekran pokazuje wpisaną dawkę.
dose-reverse-nothing = Nie ma czego anulować: można anulować tylko to, co dziś wpisano dla tej osoby.
prescription-refused-ends-before-start = Recepta kończy się, zanim się zacznie: sprawdź daty zlecenia.
prescription-refused-too-long = { $days } dni: recepta obejmuje najwyżej { $allowed } dni. Dalszy ciąg wpisz jako nową receptę, gdy przyjdzie.
prescription-refused-dose = Dawka dzienna musi być liczbą mg większą od 0 (na przykład 60 albo 2.5).
decision-refused-above = Dawka wznowienia ({ $asked } mg) przekracza receptę ({ $prescribed } mg). Zwiększenie wymaga nowej recepty.
decision-refused-dose-needed = { $missed } dni opuszczonych: decyzja musi ustalić dawkę wznowienia (w mg).
decision-refused-no-prescriber = Podaj nazwisko lekarza, który zdecydował.
treatment-error-product = „{ $product }” nie ma na liście leków. Leki: seuil stock products.
stock-refused-expired = Partia { $lot } leku { $product } straciła ważność { $day } i nie ma innej ważnej partii: przed wydaniem wpisz przyjęcie nowej partii.
stock-refused-not-enough = W ważnych partiach zostało { $left } mg leku { $product }, potrzeba { $needed }: wpisz przyjęcie partii albo popraw rejestr.

## Wiersz poleceń

cli-cmd-treatment = Leczenie substytucyjne: recepty, dzisiejsza dawka, decyzje lekarza
cli-cmd-treatment-prescribe = Wpisz zlecenie lekarza (dawkę zmienia tylko nowa recepta)
cli-cmd-treatment-dose = Wpisz dzisiejszą dawkę (przyjętą na miejscu, chyba że podano inaczej)
cli-cmd-treatment-decide = Wpisz decyzję lekarza po opuszczonych dniach lub zwymiotowanej dawce
cli-cmd-treatment-reverse = Anuluj ostatni dzisiejszy wpis dawki tej osoby (pomyłka)
cli-cmd-treatment-show = Bieżąca recepta, dzisiejsza dawka albo dlaczego nie, opuszczone dni, ostatnie dawki
cli-cmd-treatment-thresholds = Progi opuszczonych dni w ośrodku; podaj wartość, aby zmienić próg
cli-arg-product = Lek: methadone-syrup, methadone-capsule, buprenorphine, buprenorphine-naloxone, morphine-sr albo lek dodany przez ośrodek
cli-arg-prescribed-mg = Dawka dzienna w mg
cli-arg-from = Pierwszy dzień
cli-arg-until = Ostatni dzień (najwyżej 14 dni po pierwszym; tyle, jeśli nie podano)
cli-arg-prescriber = Nazwisko lekarza
cli-arg-take-home-days = Najwięcej dni na jedno wydanie do domu (0: codziennie na miejscu; najwyżej 7)
cli-arg-note = Uwaga
cli-arg-take-home = Wydaj naraz dawki na tyle dni, łącznie z dzisiejszą
cli-arg-outcome = Co się stało: given (przyjęta), vomited (zwymiotowana), refused (odmowa), withheld (wstrzymana)
cli-arg-on = Dzień dawki, gdy wpisuje się ją później z papieru (nigdy dzień przyszły)
cli-arg-dose-mg = Mniej niż należna dawka, gdy osoba prosi o mniej
cli-arg-dose-reason = Dlaczego (wstrzymana: odurzenie, decyzja lekarza…)
cli-arg-restart-mg = Dawka podawana od teraz, w mg (potrzebna po 4 opuszczonych dniach)
cli-arg-decision = Co zdecydował lekarz
cli-arg-withhold-after = Liczba opuszczonych dni, od której dawka czeka na decyzję lekarza (3)
cli-arg-see-prescriber-after = Liczba opuszczonych dni, od której lekarz musi zobaczyć osobę i ustalić dawkę (4)
cli-arg-induction-after = Liczba opuszczonych dni, od której to nowa indukcja (5)
cli-arg-suspend-take-homes-after = Liczba opuszczonych dni wstrzymująca dawki do domu do decyzji (1)
cli-arg-prescription-days = Najdłuższy czas recepty, w dniach (14)
treatment-error-product-list = „{ $product }” nie oznacza żadnego leku albo oznacza kilka. Leki: { $products }.
treatment-prescribed = Recepta { $id } dla { $code }: { $product } { $mg } mg dziennie, od { $from } do { $until }, dni do domu: najwyżej { $takehome }, lekarz { $prescriber }.
treatment-dosed = { $code }: { $product } { $mg } mg, { $outcome }, { $from } – { $until } (liczba dni: { $days }); opuszczone dni przedtem: { $missed }.
treatment-decided = Decyzja wpisana dla { $code } (lekarz { $prescriber }); dawka od teraz: { $mg } mg.
treatment-reversed = { $code }: anulowane wpisy: { $count }; wiersze zostają w rejestrze razem z anulowaniem.
treatment-thresholds = Dawka wstrzymana od { $withhold } opuszczonych dni, lekarz od { $see }, nowa indukcja od { $induction }; dawki do domu wstrzymane od { $suspend }; recepta trwa najwyżej { $days } dni.
treatment-no-current = { $code } nie ma dziś bieżącej recepty.
treatment-due = Dzisiejsza dawka: { $mg } mg.
treatment-missed = Opuszczone dni przed dzisiaj: { $missed }.
treatment-back-on = Ma wrócić { $day }.

## Kopia dla osoby

export-section-prescriptions = Recepty
export-section-doses = Dawki
export-section-decisions = Decyzje lekarza
export-section-tdi = Epizody TDI
export-col-product = lek
export-col-mg = mg
export-col-from = od
export-col-until = do
export-col-prescriber = lekarz
export-col-take-home-days = dni do domu
export-col-outcome = co się stało
export-col-decision = decyzja
export-col-tdi-items = pozycje TDI (kody)
treatment-tdi-due = Trzeba otworzyć nowy epizod TDI dla { $code }: seuil tdi open { $code }
cli-cmd-treatment-guest = Pozwolenie tej placówce na podawanie dawek osobie leczonej w innej placówce, w porozumieniu z nią
cli-arg-guest-from = Pierwszy dzień, w którym ta placówka może podać dawkę (dziś, jeśli nie podano)
cli-arg-guest-until = Ostatni dzień, w którym ta placówka może podać dawkę
treatment-guest-recorded = { $code } może tu otrzymywać dawki jako gość od { $from } do { $until }, w porozumieniu z placówką { $home }.
dose-refused-guest = Przepisane w placówce { $home }: dawka tutaj wymaga porozumienia gościnnego z tą placówką (seuil treatment guest KOD --until DATA).
