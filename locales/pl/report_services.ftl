# report_services: messages of the reports (one file per area).

## Ubezpieczenie przyjętych osób

report-coverage = Ubezpieczenie: kasa chorych, ochrona socjalna i bezpłatna opieka przyjętych osób; wnioski złożone i przyznane, przekroczone terminy CPAS (ośrodka pomocy społecznej)
report-coverage-shares = Ubezpieczenie przyjętych osób (% z nich)
report-col-persons-seen = przyjęte osoby
report-col-insured = ubezpieczenie w porządku (%)
report-col-protected = przyznana ochrona socjalna (%)
report-col-free-care = bezpłatna opieka (%)
report-insured-by-band-sex = Przyjęte osoby z ubezpieczeniem w porządku
report-protected-by-band-sex = Przyjęte osoby z przyznaną ochroną socjalną (CPAS, AMU, MediPrima, BIM)
report-free-care-by-band-sex = Przyjęte osoby pod bezpłatną opieką do czasu uregulowania ubezpieczenia
report-routes-by-route = Wnioski o ubezpieczenie według rodzaju
report-routes-by-period = Wnioski o ubezpieczenie według okresu
report-col-requested = złożone
report-col-granted = przyznane
report-col-decision-late = spóźniona decyzja CPAS (30 dni)
report-col-notification-late = spóźnione doręczenie decyzji (8 dni)

## Redukcja szkód

report-harm-reduction = Redukcja szkód: wydany sprzęt, zwrot zużytego sprzętu, nalokson, wymiany, dystrybucja wtórna
report-items-by-kind = Wydany sprzęt według rodzaju (sztuki)
report-items-by-period = Wydany sprzęt według okresu (sztuki)
report-col-counter = w punkcie
report-col-outreach = na ulicy (wyjście w teren)
report-returns-by-period = Zwrot zużytego sprzętu wobec wydanego sprzętu do wymiany
report-col-exchange-given = wydany sprzęt do wymiany
report-col-returned = zwrot zużytego sprzętu
report-col-return-rate = wskaźnik zwrotu (%)
report-exchanges-by-period = Wymiany (wydanie sprzętu lub zwrot zużytego)
report-for-others-by-period = Dystrybucja wtórna (dla innych) i sytuacje nagłe
report-col-for-others-acts = wymiany także dla innych
report-col-for-others-people = inne osoby, dla których był sprzęt
report-col-emergency = wydane bez wymiany (sytuacja nagła)
report-naloxone-by-period = Wydane i użyte zestawy naloksonu
report-col-kits-given = wydane zestawy
report-col-reversals = użyte zestawy (zgłoszone)
report-reversals-by-outcome = Użyte zestawy naloksonu według skutku
report-col-emergency-called = wezwano pogotowie

## Zespoły mobilne

report-outreach = Zespoły mobilne: wyjścia w teren, miejsca, kontakty, asysty, szczepienia, skierowania
report-outreach-by-period = Wyjścia w teren według okresu
report-col-referrals = Skierowania
report-places-by-kind = Odwiedzone miejsca według rodzaju
report-contacts-by-period = Kontakty (spotkane osoby) według okresu
report-col-met-before = spotkane wcześniej
report-col-new = nowe
report-contacts-by-band-sex = Kontakty (spotkane osoby) według grupy wieku i płci
report-new-contacts-by-band-sex = Nowe kontakty według grupy wieku i płci
report-accompaniments-by-partner-kind = Asysty według rodzaju partnera
report-vaccinations-by-vaccine-dose = Szczepienia według szczepionki (jak zapisano) i numeru dawki
