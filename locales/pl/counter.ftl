# Punkt redukcji szkód: wydany i zwrócony sprzęt, nalokson.

audit-counter-item-update = zmiana listy sprzętu
audit-counter-exchange-insert = wpisanie wydanego sprzętu
audit-naloxone-batch-insert = przyjęcie partii naloksonu
audit-naloxone-kit-insert = wydanie zestawu naloksonu
audit-naloxone-reversal-insert = wpisanie użycia zestawu naloksonu
counter-error-unknown-item = „{ $item }” nie ma na liście punktu. Artykuły: seuil counter items.
counter-error-removed-item = „{ $item }”: ten ośrodek już tego nie wydaje.
counter-error-nothing = Nie ma czego wpisać: podaj, co wydano, albo ile zużytego sprzętu zwrócono.
counter-error-confirm = { $count } × „{ $item }” to więcej niż { $above }: sprawdź liczbę, potem potwierdź (--yes w wierszu poleceń).
counter-error-no-naloxone = Za mało ważnych zestawów naloksonu (zostało { $left }): najpierw przyjmij partię (seuil counter naloxone-receive).
counter-error-item-exists = „{ $item }” jest już na liście.
counter-error-key-taken = Klawisz { $key } należy już do „{ $item }”.
counter-error-bad-code = Kod „{ $code }”: od 2 do 30 małych liter, cyfr lub myślników.
counter-error-bad-key = Klawisz „{ $key }”: jedna mała litera, nie r ani t (zwrot, dla innych).
counter-error-bad-kind = Nieznany rodzaj „{ $kind }”. Rodzaje: { $kinds }.
counter-error-no-name = Podaj przynajmniej nazwę po francusku (--name-fr).
counter-error-nothing-to-undo = Nie ma dzisiejszej wymiany do cofnięcia.
counter-error-lot-exists = Partia { $lot } jest już wpisana.
counter-error-expired = Ta partia była ważna do { $day }: nie można jej przyjąć.
counter-error-no-kits = Ile zestawów? Przynajmniej jeden.
counter-error-no-lot = Brakuje numeru partii.
counter-error-unknown-kit = Nie wydano zestawu nr { $kit }.
counter-error-unknown-person = Nikt nie ma kodu { $code }.
counter-error-form = „{ $word }”: napisz ARTYKUŁ=LICZBA, na przykład syringe-1ml=10.
counter-error-count = „{ $word }”: liczba musi być całkowita, od 1 wzwyż.
counter-error-twice = „{ $item }” występuje dwa razy: każdy artykuł tylko raz.
counter-list-reloaded = Lista została wczytana ponownie: nic nie wpisano, popraw i zapisz jeszcze raz.

## Sprzęt podstawowy, według kodu.
counter-item-syringe-1ml = Strzykawka 1 ml
counter-item-syringe-2ml = Strzykawka 2 ml
counter-item-needle = Igła
counter-item-cup = Miseczka (Stericup)
counter-item-filter = Filtr
counter-item-water = Woda sterylna
counter-item-swab = Gazik z alkoholem
counter-item-ascorbic-acid = Kwas askorbinowy
counter-item-tourniquet = Opaska uciskowa
counter-item-crack-pipe = Fajka do cracku
counter-item-mouthpiece = Ustnik
counter-item-foil = Folia aluminiowa
counter-item-snorting-kit = Zestaw do wciągania
counter-item-condom = Prezerwatywa
counter-item-lubricant = Lubrykant
counter-item-naloxone = Zestaw naloksonu
counter-item-fentanyl-strip = Test na fentanyl
counter-item-sharps-container = Pojemnik na igły

## Punkt w wierszu poleceń.
counter-exchange-item = wymiana
counter-given = Wydano: { $what } · zwrot: { $returned } · dla innych: { $others }
counter-kit-given = Zestaw naloksonu nr { $kit }: partia { $lot }, ważny do { $expires }
counter-today-line = Dziś: wymiany { $exchanges } · zwrot { $returned } · dla innych { $others } · bilans wymiany { $balance }
counter-undone = Cofnięto. { $what }
counter-item-removed = „{ $item }”: już się tego nie wydaje; zostaje w statystykach.
counter-batch-line = Partia { $lot }, ważna do { $expires }: { $kits ->
    [one] 1 zestaw
    [few] { $kits } zestawy
    [many] { $kits } zestawów
   *[other] { $kits } zestawu
}, zostało { $left }
counter-reversal-recorded = Użycie zestawu wpisane (nr { $id }): { $outcome ->
    [recovered] doszedł/doszła do siebie
    [hospital] szpital
    [died] zgon
   *[other] wynik nieznany
}.
counter-outcome-recovered = doszedł/doszła do siebie
counter-outcome-hospital = szpital
counter-outcome-died = zgon
counter-outcome-unknown = nieznany
counter-called-yes = tak
counter-called-no = nie
counter-called-unknown = nie wiadomo

cli-cmd-counter = Punkt redukcji szkód: wydany i zwrócony sprzęt, nalokson
cli-cmd-counter-items = Lista artykułów: kody, klawisze, rodzaje, nazwy
cli-cmd-counter-give = Wpisz wydany sprzęt (i zwrócony zużyty sprzęt)
cli-cmd-counter-today = Dzisiejsze statystyki punktu
cli-cmd-counter-undo = Cofnij ostatnią dzisiejszą wymianę użytkownika tego komputera
cli-cmd-counter-item-add = Dodaj artykuł do listy
cli-cmd-counter-item-rename = Nazwij artykuł w jednym lub kilku językach
cli-cmd-counter-item-key = Przypisz artykułowi inny klawisz
cli-cmd-counter-item-remove = Przestań wydawać artykuł (zostaje w statystykach)
cli-cmd-counter-naloxone-receive = Wpisz przyjęcie partii zestawów naloksonu
cli-cmd-counter-reversal = Wpisz użycie zestawu naloksonu (odwrócenie skutków przedawkowania)
cli-arg-given = Wydany sprzęt: ARTYKUŁ=LICZBA, na przykład syringe-1ml=10 needle=10
cli-arg-returned = Ile sztuk zużytego sprzętu zwrócono
cli-arg-for-others = Dla ilu innych osób (dystrybucja wtórna)
cli-arg-counter-emergency = Wydano w nagłym wypadku, bez wymiany
cli-arg-counter-kind = Rodzaj: injection, smoking, sniffing, sex, naloxone, test, disposal, care, other
cli-arg-key = Klawisz artykułu w punkcie (jedna litera)
cli-arg-exchange = Sterylny sprzęt do iniekcji, wydawany w zamian za zużyty
cli-arg-item-code = Kod artykułu (syringe-1ml…)
cli-arg-kits = Liczba zestawów
cli-arg-kit = Numer użytego zestawu, jeśli jest znany
cli-arg-emergency-called = Wezwano pogotowie: yes, no lub unknown
cli-arg-reversal-outcome = Wynik: recovered, hospital, died lub unknown
cli-arg-reversal-on = Dzień, w którym użyto zestawu
cli-arg-naloxone-lot = Numer partii na pudełku

## Ekran punktu.
tab-counter = Punkt
help-action-goto-counter = Przejdź do ekranu „{ $screen }” (Alt+8, gdy terminal zajmuje F11 na pełny ekran)
help-action-counter-count = Liczba, potem klawisz artykułu: ile (liczba zostaje dla kolejnych klawiszy)
help-action-counter-returned = Zwrócony zużyty sprzęt: wpisana wcześniej liczba, inaczej o jeden więcej
help-action-counter-others = Dla ilu innych osób (dystrybucja wtórna)
help-action-counter-more = O jeden więcej w wybranym wierszu
help-action-counter-less = O jeden mniej w wybranym wierszu
help-action-counter-emergency = Nagły wypadek: wydano bez wymiany
help-action-counter-person = Dla osoby (kod lub imię); ponownie: anonimowo
help-action-counter-save = Zapisz wymianę
help-action-counter-clear = Wyczyść wszystko, niczego nie zapisując
help-action-counter-undo = Cofnij ostatnią dzisiejszą wymianę (po pytaniu)
help-action-counter-reversal = Zgłoś użycie zestawu naloksonu
help-action-counter-clear-count = Wyczyść wpisaną liczbę
help-action-counter-pick = Wybierz tę osobę
help-action-counter-cycle = Zmień odpowiedź
help-action-counter-yes = Tak
hint-counter-count = liczba
hint-counter-returned = zwrot
hint-counter-others = inni
hint-counter-person = osoba
hint-counter-undo = cofnij
hint-counter-reversal = zestaw użyty
hint-counter-yes = tak
counter-col-item = Sprzęt
counter-col-now = Teraz
counter-col-today = Dziś
counter-this-exchange = Ta wymiana
counter-returned-label = Zwrot
counter-others-label = Dla innych
counter-person-label = Osoba
counter-anonymous = anonimowo
counter-balance-label = Bilans wymiany
counter-balance-detail = za wymianę { $given } · zwrot { $returned }
counter-emergency-on = NAGŁY WYPADEK: wydano bez wymiany
counter-count-armed = Liczba: { $count }
counter-naloxone-next = Nalokson: partia { $lot }, ważna do { $expires } ({ $left })
counter-naloxone-none = Nalokson: brak ważnej partii
counter-today = Dziś
counter-today-exchanges = Wymiany
counter-today-emergencies = Nagłe wypadki
counter-saved = Zapisano: { $what }
counter-ask-undo = Cofnąć ostatnią dzisiejszą wymianę? Enter: tak · Esc: nie
counter-ask-confirm = { $count } × „{ $item }”: to dużo. Enter, aby potwierdzić, Esc, aby poprawić.
counter-person-search = Kod lub imię
counter-person-none = Nikogo nie znaleziono.
counter-reversal-title = Użyty zestaw naloksonu
counter-reversal-kit = Nr zestawu
counter-reversal-person = Kod osoby
counter-reversal-on = Kiedy
counter-reversal-called = Wezwano pogotowie
counter-reversal-outcome = Wynik
counter-reversal-note = Notatka
counter-reversal-bad-date = Nie rozumiem daty: „{ $text }”.
counter-reversal-bad-kit = Numer zestawu to liczba: „{ $text }”.
counter-person-line = Osoba: { $person }

## Export of a person.
export-section-counter = Sprzęt wydany w punkcie
export-section-naloxone-kits = Zestawy naloksonu
export-section-reversals = Użyte zestawy naloksonu
export-col-given = wydano
export-col-session = wyjście w teren
export-col-returned = zwrot
export-col-for-others = dla innych
export-col-emergency = nagły wypadek
export-col-taken-back = cofnięto
export-col-kit = nr zestawu
export-col-lot = partia
export-col-expires = ważny do
export-col-happened = data użycia
export-col-called = wezwano pogotowie
export-col-reversal-outcome = wynik
counter-page-title = Wydany sprzęt
counter-page-outreach = w terenie
counter-page-line = { $what } · zwrot { $returned }
