# report_treatment: messages of the reports (one file per area).
# Raport leczenia: leczenie substytucyjne w danym okresie.

report-treatment = Leczenie substytucyjne: osoby w leczeniu, indukcje, utrzymanie w leczeniu, dawki, opuszczone dawki, epizody TDI
report-persons-in-treatment = Osoby w leczeniu substytucyjnym (trwająca recepta)
report-inductions = Nowe indukcje (pierwsza dawka albo pierwsza dawka po 5 lub więcej dniach bez dawki)
report-retention = Utrzymanie w leczeniu osób, które zaczęły w tym okresie
report-retention-share = Odsetek nadal w leczeniu, spośród tych, których można ocenić (%)
report-retention-by-sex = Nadal w leczeniu, według płci (% spośród tych, których można ocenić)
report-retention-by-band = Nadal w leczeniu, według grupy wiekowej na początku (% spośród tych, których można ocenić)
report-doses = Wydane dawki (niecofnięte)
report-missed-dose-episodes = Epizody opuszczonych dawek (opuszczone dni do progu wstrzymania dawki)
report-tdi-episodes = Otwarte epizody TDI i odsetek ich pytań nadal nieznanych
report-col-after-3-months = po 3 miesiącach
report-col-after-6-months = po 6 miesiącach
report-col-after-12-months = po 12 miesiącach
report-row-still-in-treatment = nadal w leczeniu
report-row-no-longer-in-treatment = już nie w leczeniu
report-row-not-yet-measurable = jeszcze nie do oceny
report-row-started = rozpoczęli leczenie
report-col-started = zaczęli
report-col-share-still = nadal w leczeniu (%)
report-col-episodes = epizody
report-col-share-unknown = nieznane pytania (%)

# Raport TDI: tabele zbiorcze wskaźnika zgłaszalności do leczenia.

report-tdi = TDI: tabele zbiorcze epizodów rozpoczętych w tym okresie
report-tdi-centre-status-sex = Epizody TDI według rodzaju placówki, wcześniejszego leczenia i płci
report-tdi-primary-drug = Epizody TDI według głównej substancji
report-tdi-ages = Wiek na początku i przy pierwszym użyciu, według głównej substancji
report-tdi-injecting-years = Lata od pierwszej iniekcji, według głównej substancji
report-tdi-referral = Epizody TDI według tego, kto skierował
report-tdi-living-with = Epizody TDI według tego, z kim osoba mieszka
report-tdi-living-with-children = Epizody TDI według mieszkania z dziećmi
report-tdi-living-where = Epizody TDI według miejsca zamieszkania
report-tdi-education = Epizody TDI według wykształcenia
report-tdi-labour = Epizody TDI według sytuacji zawodowej
report-tdi-route = Epizody TDI według zwykłego sposobu przyjmowania głównej substancji
report-tdi-frequency = Epizody TDI według częstości używania, ostatnie 30 dni
report-tdi-polydrug = Epizody TDI według problemowego używania wielu substancji
report-tdi-ost = Epizody TDI według leczenia substytucyjnego (OST)
report-tdi-ost-years = Lata od pierwszego leczenia substytucyjnego (OST), u osób leczonych kiedyś lub teraz
report-tdi-secondary-drugs = Epizody TDI według wymienionej innej substancji
report-tdi-injecting = Osoby według iniekcji (każda osoba raz)
report-tdi-sharing = Osoby, które wstrzykiwały, według dzielenia się igłami lub strzykawkami (każda osoba raz)
report-tdi-testing = Osoby według testu na HIV i na HCV (każda osoba raz)
report-col-persons = osoby
report-col-hiv = test na HIV
report-col-hcv = test na HCV
report-col-age-start-n = wiek na początku: N
report-col-age-start-mean = wiek na początku: średnia
report-col-age-start-sd = wiek na początku: odchylenie standardowe
report-col-first-use-n = wiek przy pierwszym użyciu: N
report-col-first-use-mean = wiek przy pierwszym użyciu: średnia
report-col-first-use-sd = wiek przy pierwszym użyciu: odchylenie standardowe
report-col-years-n = lata: N
report-col-years-mean = lata: średnia
report-col-years-sd = lata: odchylenie standardowe
