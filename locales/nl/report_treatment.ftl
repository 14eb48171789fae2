# report_treatment: messages of the reports (one file per area).
# Het rapport behandeling: de substitutiebehandeling over een periode.

report-treatment = Substitutiebehandeling: personen in behandeling, inducties, retentie, dosissen, gemiste dosissen, TDI-episodes
report-persons-in-treatment = Personen in substitutiebehandeling (een lopend voorschrift)
report-inductions = Nieuwe inducties (eerste dosis, of eerste dosis na 5 dagen of meer zonder)
report-retention = Retentie van de personen die in de periode begonnen
report-retention-share = Aandeel nog in behandeling, van wie meetbaar is (%)
report-retention-by-sex = Nog in behandeling, naar geslacht (% van wie meetbaar is)
report-retention-by-band = Nog in behandeling, naar leeftijdsgroep bij de start (% van wie meetbaar is)
report-doses = Gegeven dosissen (niet teruggenomen)
report-missed-dose-episodes = Episodes van gemiste dosissen (gemiste dagen tot aan de drempel om niet te geven)
report-tdi-episodes = Geopende TDI-episodes, en het aandeel van hun items dat nog onbekend is
report-col-after-3-months = na 3 maanden
report-col-after-6-months = na 6 maanden
report-col-after-12-months = na 12 maanden
report-row-still-in-treatment = nog in behandeling
report-row-no-longer-in-treatment = niet meer in behandeling
report-row-not-yet-measurable = nog niet meetbaar
report-row-started = begonnen met de behandeling
report-col-started = begonnen
report-col-share-still = nog in behandeling (%)
report-col-episodes = episodes
report-col-share-unknown = onbekende items (%)

# Het TDI-rapport: de samengevatte tabellen van de Treatment Demand Indicator.

report-tdi = TDI: de samengevatte tabellen van de episodes die in de periode begonnen
report-tdi-centre-status-sex = TDI-episodes naar soort centrum, eerdere behandeling en geslacht
report-tdi-primary-drug = TDI-episodes naar hoofdproduct
report-tdi-ages = Leeftijd bij de start en bij het eerste gebruik, naar hoofdproduct
report-tdi-injecting-years = Jaren sinds de eerste injectie, naar hoofdproduct
report-tdi-referral = TDI-episodes naar doorverwijzer
report-tdi-living-with = TDI-episodes naar met wie de persoon samenwoont
report-tdi-living-with-children = TDI-episodes naar samenwonen met kinderen
report-tdi-living-where = TDI-episodes naar woonsituatie
report-tdi-education = TDI-episodes naar opleiding
report-tdi-labour = TDI-episodes naar arbeidssituatie
report-tdi-route = TDI-episodes naar gebruikswijze van het hoofdproduct
report-tdi-frequency = TDI-episodes naar gebruiksfrequentie, laatste 30 dagen
report-tdi-polydrug = TDI-episodes naar problematisch polygebruik
report-tdi-ost = TDI-episodes naar substitutiebehandeling (OST)
report-tdi-ost-years = Jaren sinds de eerste substitutiebehandeling (OST), bij wie er vroeger of nu een kreeg
report-tdi-secondary-drugs = TDI-episodes naar genoemd ander product
report-tdi-injecting = Personen naar injecteren (elke persoon één keer)
report-tdi-sharing = Personen die injecteerden, naar delen van naalden of spuiten (elke persoon één keer)
report-tdi-testing = Personen naar hiv- en hcv-test (elke persoon één keer)
report-col-persons = personen
report-col-hiv = hiv-test
report-col-hcv = hcv-test
report-col-age-start-n = leeftijd bij de start: N
report-col-age-start-mean = leeftijd bij de start: gemiddelde
report-col-age-start-sd = leeftijd bij de start: standaardafwijking
report-col-first-use-n = leeftijd bij eerste gebruik: N
report-col-first-use-mean = leeftijd bij eerste gebruik: gemiddelde
report-col-first-use-sd = leeftijd bij eerste gebruik: standaardafwijking
report-col-years-n = jaren: N
report-col-years-mean = jaren: gemiddelde
report-col-years-sd = jaren: standaardafwijking
