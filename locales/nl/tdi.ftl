# TDI: behandelepisodes voor de Treatment Demand Indicator (register van Sciensano).

## De items, in de volgorde van de vragenlijst

tdi-item-centre-type = Soort centrum
tdi-item-started = Begin van de episode
tdi-item-status = Eerder behandeld
tdi-item-referral = Doorverwezen door
tdi-item-niss = Rijksregister- of BIS-nummer
tdi-item-sex = Geslacht
tdi-item-birth-year = Geboortejaar
tdi-item-living-with = Woont samen met
tdi-item-living-with-children = Woont samen met kinderen
tdi-item-living-where = Woonsituatie
tdi-item-nationality = Nationaliteit
tdi-item-labour = Werk
tdi-item-education = Opleiding
tdi-item-primary-drug = Hoofdproduct
tdi-item-route = Gebruikswijze (hoofdproduct)
tdi-item-frequency = Hoe vaak, laatste 30 dagen
tdi-item-first-use-age = Leeftijd bij eerste gebruik
tdi-item-secondary-drug-1 = Ander product 1
tdi-item-secondary-drug-2 = Ander product 2
tdi-item-secondary-drug-3 = Ander product 3
tdi-item-secondary-drug-4 = Ander product 4
tdi-item-polydrug = Problematisch polygebruik
tdi-item-injecting = Injecteren
tdi-item-first-injection-age = Leeftijd bij eerste injectie
tdi-item-sharing = Naalden of spuiten delen
tdi-item-hiv-test = Hiv-test
tdi-item-hcv-test = Hepatitis C-test
tdi-item-ost = Opioïdsubstitutiebehandeling
tdi-item-ost-first-year = Jaar van de eerste substitutiebehandeling
tdi-item-centre-unit = Eenheid of antenne van het centrum

## De antwoorden

tdi-unknown = Onbekend
tdi-yes = Ja
tdi-no = Nee
tdi-no-niss = Heeft geen rijksregister- of BIS-nummer
tdi-not-asked = niet van toepassing
tdi-answer = { $words } ({ $code })
tdi-centre-1 = Ambulant behandelcentrum
tdi-centre-2 = Residentieel behandelcentrum
tdi-centre-3 = Behandeleenheid in de gevangenis
tdi-centre-4 = Huisarts
tdi-centre-5 = Laagdrempelige voorziening
tdi-centre-6 = Ander soort centrum
tdi-status-1 = Nooit eerder behandeld
tdi-status-2 = Al eerder behandeld
tdi-referral-1 = Justitie, justitiehuis of politie
tdi-referral-2 = Huisarts
tdi-referral-3 = Ander centrum voor drugbehandeling
tdi-referral-4 = Andere gezondheids-, medische of sociale dienst
tdi-referral-5 = School of onderwijsdienst
tdi-referral-6 = Zelf, familie of vrienden
tdi-referral-7 = Andere
tdi-sex-1 = Man
tdi-sex-2 = Vrouw
tdi-living-with-1 = Alleen
tdi-living-with-2 = Met ouders of het gezin van herkomst
tdi-living-with-3 = Met een partner of kinderen
tdi-living-with-4 = Met vrienden of anderen
tdi-living-with-5 = In detentie
tdi-living-with-6 = In een instelling of opvang
tdi-living-with-7 = Andere
tdi-living-where-1 = Vaste woning
tdi-living-where-2 = Geen vaste woning of dakloos (kraakpand, opvang)
tdi-living-where-3 = In detentie
tdi-living-where-4 = Andere plaats
tdi-labour-1 = Werkt af en toe
tdi-labour-2 = Werkt regelmatig
tdi-labour-3 = Student
tdi-labour-4 = Werkloos
tdi-labour-5 = Uitkering, pensioen, huisman/-vrouw of arbeidsongeschikt
tdi-labour-6 = Andere situatie
tdi-education-1 = Nooit naar school geweest
tdi-education-2 = Lager onderwijs
tdi-education-3 = Secundair onderwijs
tdi-education-4 = Hoger onderwijs
tdi-drug-none = Geen ander product
tdi-drug-1 = Opioïden
tdi-drug-1-1 = Heroïne
tdi-drug-1-2 = Methadon, buiten voorschrift
tdi-drug-1-3 = Buprenorfine, buiten voorschrift
tdi-drug-1-4 = Fentanyl, buiten voorschrift
tdi-drug-1-5 = Andere opioïden (tramadol…)
tdi-drug-2 = Cocaïne
tdi-drug-2-1 = Cocaïnepoeder
tdi-drug-2-2 = Crack
tdi-drug-2-3 = Andere cocaïne
tdi-drug-3 = Andere stimulantia
tdi-drug-3-1 = Amfetamines
tdi-drug-3-2 = Methamfetamine
tdi-drug-3-3 = MDMA, xtc
tdi-drug-3-4 = Synthetische cathinonen
tdi-drug-3-5 = Andere stimulantia (één genoemd)
tdi-drug-4 = Slaap- en kalmeermiddelen
tdi-drug-4-1 = Barbituraten
tdi-drug-4-2 = Benzodiazepines
tdi-drug-4-3 = GHB of GBL
tdi-drug-4-4 = Andere kalmeermiddelen (pregabaline…)
tdi-drug-5 = Hallucinogenen
tdi-drug-5-1 = LSD
tdi-drug-5-2 = Ketamine
tdi-drug-5-3 = Andere hallucinogenen
tdi-drug-6 = Vluchtige snuifmiddelen (solventen, lijm)
tdi-drug-7 = Cannabis
tdi-drug-7-1 = Cannabis, wiet of hasj
tdi-drug-7-2 = Synthetische cannabinoïden
tdi-drug-7-3 = Andere cannabis
tdi-drug-8 = Alcohol
tdi-drug-9 = Ander middel
tdi-route-1 = Injecteert
tdi-route-2 = Rookt of inhaleert
tdi-route-3 = Eet of drinkt
tdi-route-4 = Snuift
tdi-route-5 = Andere wijze
tdi-frequency-1 = Elke dag
tdi-frequency-2 = 4 tot 6 dagen per week
tdi-frequency-3 = 2 tot 3 dagen per week
tdi-frequency-4 = Eén keer per week of minder
tdi-frequency-5 = Niet gebruikt in de laatste 30 dagen
tdi-inject-1 = Nooit
tdi-inject-2 = Ja, maar niet bekend wanneer
tdi-inject-2-1 = Ja, niet in de laatste 12 maanden
tdi-inject-2-2 = Ja, in de laatste 12 maanden maar niet de laatste 30 dagen
tdi-inject-2-3 = Ja, in de laatste 30 dagen
tdi-inject-3 = Wil het niet zeggen
tdi-test-1 = Nooit getest
tdi-test-2 = Getest, maar niet bekend wanneer
tdi-test-2-1 = Getest, niet in de laatste 12 maanden
tdi-test-2-2 = Getest in de laatste 12 maanden
tdi-test-3 = Wil het niet zeggen
tdi-ost-1 = Nooit
tdi-ost-2 = Vroeger, nu niet
tdi-ost-3 = Nu

## Weigeringen

tdi-error-item = “{ $item }” is geen TDI-item. “seuil tdi codes” geeft de lijst.
tdi-error-code = { $item }: “{ $value }” is geen van de antwoorden. Antwoorden: { $codes }, of 99 als het onbekend is.
tdi-error-year = { $item }: “{ $value }” is geen jaar van 1900 tot { $max }. Schrijf vier cijfers, of 99 als het onbekend is.
tdi-error-age = { $item }: “{ $value }” is geen leeftijd in jaren. Schrijf een getal, of 99 als het onbekend is.
tdi-error-country = { $item }: “{ $value }” is geen landcode. Schrijf de twee letters (BE, MA, ER…), of 99 als het onbekend is.
tdi-error-niss = { $item }: “{ $value }” is geen geldig rijksregister- of BIS-nummer; controleer de cijfers. Schrijf “none” als de persoon er geen heeft, of 99 als het onbekend is.
tdi-error-text = { $item }: hoogstens { $max } tekens, op één regel.
tdi-error-unknown-episode = Er is geen TDI-episode { $id }. “seuil tdi show PERSOON” geeft de episodes van een persoon.
tdi-error-same-day = { $code } heeft al een episode die begint op { $date }: vul die aan met “seuil tdi set”.
tdi-error-future = Een episode kan niet na vandaag beginnen ({ $date }). Controleer de datum.
tdi-error-write = { $path } kon niet geschreven worden: { $reason }. Er is niets geschreven; kies een andere plaats.

## Wanneer een nieuwe episode voorgesteld wordt

tdi-due-starting = Nieuwe episode voorgesteld: begint hier een behandeling (geen eerdere episode).
tdi-due-returning = Nieuwe episode voorgesteld: terug na zes maanden of langer zonder contact (laatste contact { $last }).
tdi-due-none = Geen nieuwe episode voorgesteld: de laatste episode of het laatste contact van de persoon is minder dan zes maanden oud.
tdi-open-not-due = Let op: voor deze persoon werd geen nieuwe episode voorgesteld (contact in de laatste zes maanden). Geopend zoals gevraagd.

## Opdrachtregel

tdi-opened = Episode { $id } geopend voor { $code }.
tdi-saved = Episode { $id } bewaard.
tdi-episode-head = Episode { $id } · { $code } · begonnen op { $date }
tdi-line = { $label }: { $value }
tdi-still-unknown = Nog onbekend ({ $count }): { $items }
tdi-no-episodes = { $code } heeft geen TDI-episode.
tdi-exported = { $count ->
    [one] Eén episode van { $year } geschreven naar { $path }.
   *[other] { $count } episodes van { $year } geschreven naar { $path }.
}
tdi-checklist-head = TDI { $year }: { $count ->
    [one] één episode
   *[other] { $count } episodes
}, uiterlijk { $due } bij Sciensano in te dienen.
tdi-checklist-line = Episode { $id } · { $code } · { $date } — { $state }
tdi-checklist-complete = volledig
tdi-sheet-saved = TDI-fiche geschreven naar { $path }.

cli-cmd-tdi = TDI-behandelepisodes (het register van Sciensano)
cli-cmd-tdi-open = Een behandelepisode openen voor een persoon; elk item mag onbekend blijven (99)
cli-cmd-tdi-show = De episodes van een persoon, en of een nieuwe voorgesteld wordt
cli-cmd-tdi-set = Een episode later aanvullen of verbeteren
cli-cmd-tdi-export = De episodes die in een jaar begonnen als CSV schrijven, met de EMCDDA-codes
cli-cmd-tdi-checklist = De episodes van een jaar en de items die nog onbekend zijn, vóór 31 maart
cli-cmd-tdi-sheet = De afdrukbare TDI-fiche van een episode als PDF schrijven
cli-cmd-tdi-codes = De items en hun antwoorden, met hun codes
cli-arg-date = Begin van de episode (anders vandaag)
cli-arg-episode = Nummer van de episode
cli-arg-year = Jaar (vier cijfers)
cli-arg-csv = CSV-bestand om te schrijven
cli-arg-item = Een item (de optie ervan, bijvoorbeeld primary-drug); alle items als niets opgegeven
cli-arg-tdi-item = { $item } (codes { $codes }; 99 onbekend; of het antwoord voluit)
cli-arg-tdi-pdf = PDF-bestand om te schrijven

## De fiche

tdi-sheet-title = TDI-fiche — behandelepisode
tdi-sheet-episode = Episode { $id } · persoon { $code }
tdi-sheet-note = In de volgorde van de vragenlijst van Sciensano; de code van elk antwoord staat tussen haakjes.
tdi-sheet-line = { $n }. { $label }: { $value }
tdi-sheet-coded = { $n }. { $label }: { $value } ({ $code })
tdi-sheet-age-band = Leeftijdsgroep bij het begin: { $band }
tdi-sheet-footer = Geopend op { $opened } door { $by } · afgedrukt op { $printed }

## Het formulier van de werkpost

tdi-form-title = TDI-episode — { $code } { $name }
tdi-form-earlier = { $count ->
    [one] Eén eerdere episode hier.
   *[other] { $count } eerdere episodes hier.
}
tdi-form-keys = ←→ of letters: kiezen · Del: onbekend · Ctrl+S bewaart ook
tdi-form-saved = TDI-episode { $id } bewaard voor { $code }.
help-action-tdi = Het TDI-formulier openen (een nieuwe behandelepisode)
help-action-tdi-save = De TDI-episode bewaren
hint-tdi = TDI
tdi-form-completing = U vult de laatste episode van de persoon aan: de gegeven antwoorden staan er; Enter bewaart de wijzigingen.
