# Leczenie substytucyjne: recepty, dawki, decyzje lekarza.

audit-prescription-insert = wpisanie recepty
audit-dose-insert = wpisanie dawki
audit-decision-insert = wpisanie decyzji lekarza
audit-product-update = zmiana listy leków
audit-stock-update = wpis w rejestrze substancji kontrolowanych
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
dose-refused-withhold = { $missed } dni opuszczonych z rzędu: dawka wstrzymana do decyzji lekarza. Zadzwoń do niego i wpisz decyzję (d).
dose-refused-see-prescriber = { $missed } dni opuszczonych z rzędu: lekarz musi zobaczyć tę osobę i ustalić niższą dawkę wznowienia. Wpisz decyzję z dawką (d).
dose-refused-induction = { $missed } dni opuszczonych z rzędu: to nowa indukcja. Lekarz ustala dawkę wznowienia; wpisz decyzję z dawką (d).
dose-refused-vomited = Dzisiejsza dawka została zwymiotowana: podaje się ją ponownie tylko na słowo lekarza. Wpisz decyzję (d).
dose-refused-take-homes-suspended = Bez dawek do domu: { $missed } dzień/dni opuszczone od ostatniej decyzji lekarza. Podaj dawkę na miejscu albo najpierw wpisz decyzję (d).
dose-refused-take-homes-not-prescribed = Recepta nie przewiduje dawek do domu: dawkę przyjmuje się tutaj.
dose-refused-take-homes-schedule = Żądanie { $asked } dni do domu; recepta pozwala najwyżej na { $allowed }.
dose-refused-take-homes-ceiling = { $asked } dni do domu: prawo ogranicza jedno wydanie do { $ceiling } dni.
dose-refused-take-homes-end = Recepta kończy się { $day }: bez dawek do domu na później. Potrzebne jest nowe zlecenie.
dose-refused-take-homes-none = Podaj, na ile dni (od 1 do 7).
dose-refused-above = { $asked } mg to więcej niż należna dawka ({ $due } mg). Dawka zmienia się tylko nową receptą.
dose-refused-nothing = Dawka 0 mg to nie dawka: podaj należną dawkę albo wpisz odmowę lub wstrzymanie.
dose-refused-raced = Inne stanowisko właśnie wpisało tę dawkę. Tu nic nie zapisano; ekran pokazuje wpisaną dawkę.
dose-reverse-nothing = Nie ma czego anulować: można anulować tylko to, co dziś wpisano dla tej osoby.
prescription-refused-ends-before-start = Recepta kończy się, zanim się zacznie: sprawdź daty zlecenia.
prescription-refused-too-long = { $days } dni: recepta obejmuje najwyżej { $allowed } dni. Dalszy ciąg wpisz jako nową receptę, gdy przyjdzie.
prescription-refused-dose = Dawka dzienna musi być liczbą mg większą od 0 (na przykład 60 albo 2.5).
decision-refused-above = Dawka wznowienia ({ $asked } mg) przekracza receptę ({ $prescribed } mg). Zwiększenie wymaga nowej recepty.
decision-refused-dose-needed = { $missed } dni opuszczonych: decyzja musi ustalić dawkę wznowienia (w mg).
decision-refused-no-prescriber = Podaj nazwisko lekarza, który zdecydował.
treatment-error-product = „{ $product }” nie ma na liście leków. Leki: seuil treatment products.
stock-refused-expired = Partia { $lot } leku { $product } straciła ważność { $day } i nie ma innej ważnej partii: przed wydaniem wpisz przyjęcie nowej partii.
stock-refused-not-enough = W ważnych partiach zostało { $left } mg leku { $product }, potrzeba { $needed }: wpisz przyjęcie partii albo popraw rejestr.
