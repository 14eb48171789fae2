# De balie schadebeperking: gegeven en teruggebracht materiaal, naloxon.

audit-counter-item-update = heeft de materiaallijst gewijzigd
audit-counter-exchange-insert = heeft gegeven materiaal ingevoerd
audit-naloxone-batch-insert = heeft een lot naloxon ontvangen
audit-naloxone-kit-insert = heeft een naloxonkit gegeven
audit-naloxone-reversal-insert = heeft het gebruik van een naloxonkit ingevoerd
counter-error-unknown-item = “{ $item }” staat niet op de lijst van de balie. Het materiaal: seuil counter items.
counter-error-removed-item = “{ $item }” wordt in dit centrum niet meer gegeven.
counter-error-nothing = Niets in te voeren: zeg wat er gegeven werd of hoeveel gebruikt materiaal terugkwam.
counter-error-confirm = { $count } × “{ $item }” is meer dan { $above }: controleer het aantal en bevestig dan (--yes op de opdrachtregel).
counter-error-no-naloxone = Niet genoeg geldige naloxonkits (nog { $left }): ontvang eerst een lot (seuil counter naloxone-receive).
counter-error-item-exists = “{ $item }” staat al op de lijst.
counter-error-key-taken = Toets { $key } is al die van “{ $item }”.
counter-error-bad-code = Code “{ $code }”: 2 tot 30 kleine letters, cijfers of streepjes.
counter-error-bad-key = Toets “{ $key }”: één kleine letter, niet r of t (teruggebracht, voor anderen).
counter-error-bad-kind = Onbekende soort “{ $kind }”. De soorten: { $kinds }.
counter-error-no-name = Geef minstens de Franse naam (--name-fr).
counter-error-nothing-to-undo = Geen ruil van vandaag om terug te nemen.
counter-error-lot-exists = Lot { $lot } is al ingevoerd.
counter-error-expired = Dit lot vervalt op { $day }, vóór vandaag: het kan niet ontvangen worden.
counter-error-no-kits = Hoeveel kits? Minstens één.
counter-error-no-lot = Het lotnummer ontbreekt.
counter-error-unknown-kit = Er werd geen kit nr. { $kit } gegeven.
counter-error-unknown-person = Niemand heeft de code { $code }.
counter-error-form = “{ $word }”: schrijf MATERIAAL=AANTAL, bijvoorbeeld syringe-1ml=10.
counter-error-count = “{ $word }”: het aantal is een geheel getal vanaf 1.
counter-error-twice = “{ $item }” staat er twee keer: één keer per materiaal.
counter-list-reloaded = De lijst werd opnieuw gelezen: er werd niets ingevoerd, verbeter en bewaar opnieuw.

## Het basismateriaal, per code.
counter-item-syringe-1ml = Spuit 1 ml
counter-item-syringe-2ml = Spuit 2 ml
counter-item-needle = Naald
counter-item-cup = Kookpotje (Stericup)
counter-item-filter = Filter
counter-item-water = Steriel water
counter-item-swab = Alcoholdoekje
counter-item-ascorbic-acid = Ascorbinezuur
counter-item-tourniquet = Stuwband
counter-item-crack-pipe = Crackpijp
counter-item-mouthpiece = Mondstuk
counter-item-foil = Aluminiumfolie
counter-item-snorting-kit = Snuifkit
counter-item-condom = Condoom
counter-item-lubricant = Glijmiddel
counter-item-naloxone = Naloxonkit
counter-item-fentanyl-strip = Fentanylteststrip
counter-item-sharps-container = Naaldcontainer

## De balie op de opdrachtregel.
counter-exchange-item = ruil
counter-given = Gegeven: { $what } · teruggebracht: { $returned } · voor anderen: { $others }
counter-kit-given = Naloxonkit nr. { $kit }: lot { $lot }, vervalt op { $expires }
counter-today-line = Vandaag: ruilen { $exchanges } · teruggebracht { $returned } · voor anderen { $others } · ruilbalans { $balance }
counter-undone = Teruggenomen. { $what }
counter-item-removed = “{ $item }” wordt niet meer gegeven; het blijft in de cijfers.
counter-batch-line = Lot { $lot }, vervalt op { $expires }: { $kits ->
    [one] 1 kit
   *[other] { $kits } kits
}, nog { $left }
counter-reversal-recorded = Gebruik van de kit ingevoerd (nr. { $id }): { $outcome ->
    [recovered] hersteld
    [hospital] ziekenhuis
    [died] overleden
   *[other] afloop onbekend
}.
counter-outcome-recovered = hersteld
counter-outcome-hospital = ziekenhuis
counter-outcome-died = overleden
counter-outcome-unknown = onbekend
counter-called-yes = ja
counter-called-no = nee
counter-called-unknown = weet het niet

cli-cmd-counter = Balie schadebeperking: gegeven en teruggebracht materiaal, naloxon
cli-cmd-counter-items = De materiaallijst: codes, toetsen, soorten, namen
cli-cmd-counter-give = Gegeven materiaal invoeren (en teruggebracht gebruikt materiaal)
cli-cmd-counter-today = De cijfers van de dag aan de balie
cli-cmd-counter-undo = De laatste ruil van vandaag van de gebruiker van deze computer terugnemen
cli-cmd-counter-item-add = Materiaal aan de lijst toevoegen
cli-cmd-counter-item-rename = Materiaal een naam geven in een of meer talen
cli-cmd-counter-item-key = Materiaal een andere toets geven
cli-cmd-counter-item-remove = Materiaal niet meer geven (het blijft in de cijfers)
cli-cmd-counter-naloxone-receive = De ontvangst van een lot naloxonkits invoeren
cli-cmd-counter-reversal = Het gebruik van een naloxonkit invoeren (bij een overdosis)
cli-arg-given = Gegeven materiaal: MATERIAAL=AANTAL, bijvoorbeeld syringe-1ml=10 needle=10
cli-arg-returned = Hoeveel stuks gebruikt materiaal terugkwamen
cli-arg-for-others = Voor hoeveel andere mensen (secundaire verdeling)
cli-arg-counter-emergency = In een noodgeval gegeven, zonder ruil
cli-arg-counter-kind = Soort: injection, smoking, sniffing, sex, naloxone, test, disposal, care, other
cli-arg-key = De toets die het aan de balie geeft (één letter)
cli-arg-exchange = Steriel injectiemateriaal, gegeven in ruil voor gebruikt materiaal (spuitenruil)
cli-arg-item-code = Code van het materiaal (syringe-1ml…)
cli-arg-kits = Aantal kits
cli-arg-kit = Nummer van de gebruikte kit, als het bekend is
cli-arg-emergency-called = Hulpdiensten gebeld: yes, no of unknown
cli-arg-reversal-outcome = Afloop: recovered, hospital, died of unknown
cli-arg-reversal-on = De dag waarop de kit gebruikt werd
cli-arg-naloxone-lot = Lotnummer op de doos

## Het baliescherm.
tab-counter = Balie
help-action-goto-counter = Naar het scherm “{ $screen }” (Alt+8 waar de terminal F11 voor volledig scherm neemt)
help-action-counter-count = Een getal en dan de toets van een materiaal: hoeveel (het getal blijft voor de volgende toetsen)
help-action-counter-returned = Teruggebracht gebruikt materiaal: het getal dat ervoor getypt werd, anders één meer
help-action-counter-others = Voor hoeveel andere mensen (secundaire verdeling)
help-action-counter-more = Eén meer op de gekozen regel
help-action-counter-less = Eén minder op de gekozen regel
help-action-counter-emergency = Noodgeval: gegeven zonder ruil
help-action-counter-person = Voor iemand (code of naam); nog eens: anoniem
help-action-counter-save = De ruil bewaren
help-action-counter-clear = Alles wissen, zonder iets in te voeren
help-action-counter-undo = De laatste ruil van vandaag terugnemen (na een vraag)
help-action-counter-reversal = Het gebruik van een naloxonkit melden
help-action-counter-clear-count = Het getypte getal wissen
help-action-counter-pick = Deze persoon kiezen
help-action-counter-cycle = Het antwoord veranderen
help-action-counter-yes = Ja
hint-counter-count = aantal
hint-counter-returned = terug
hint-counter-others = anderen
hint-counter-person = persoon
hint-counter-undo = terugnemen
hint-counter-reversal = kit gebruikt
hint-counter-yes = ja
counter-col-item = Materiaal
counter-col-now = Nu
counter-col-today = Dag
counter-this-exchange = Deze ruil
counter-returned-label = Teruggebracht
counter-others-label = Voor anderen
counter-person-label = Persoon
counter-anonymous = anoniem
counter-balance-label = Ruilbalans
counter-balance-detail = { $given } in ruil · { $returned } terug
counter-emergency-on = NOODGEVAL: gegeven zonder ruil
counter-count-armed = Aantal: { $count }
counter-naloxone-next = Naloxon: lot { $lot }, verv. { $expires } ({ $left })
counter-naloxone-none = Naloxon: geen geldig lot
counter-today = Vandaag
counter-today-exchanges = Ruilen
counter-today-emergencies = Noodgevallen
counter-saved = Ingevoerd: { $what }
counter-ask-undo = De laatste ruil van vandaag terugnemen? Enter: ja · Esc: nee
counter-ask-confirm = { $count } × “{ $item }”: dat is veel. Enter om te bevestigen, Esc om te verbeteren.
counter-person-search = Code of naam
counter-person-none = Niemand gevonden.
counter-reversal-title = Naloxonkit gebruikt
counter-reversal-kit = Kit nr.
counter-reversal-person = Code van de persoon
counter-reversal-on = Wanneer
counter-reversal-called = Hulpdiensten gebeld
counter-reversal-outcome = Afloop
counter-reversal-note = Notitie
counter-reversal-bad-date = Datum niet begrepen: “{ $text }”.
counter-reversal-bad-kit = Het kitnummer is een getal: “{ $text }”.
counter-person-line = Persoon: { $person }

## Export of a person.
export-section-counter = Materiaal gegeven aan de balie
export-section-naloxone-kits = Naloxonkits
export-section-reversals = Gebruikte naloxonkits
export-col-given = gegeven
export-col-session = veldwerkronde
export-col-returned = teruggebracht
export-col-for-others = voor anderen
export-col-emergency = noodgeval
export-col-taken-back = teruggenomen
export-col-kit = kit nr.
export-col-lot = lot
export-col-expires = vervalt op
export-col-happened = gebruikt op
export-col-called = hulpdiensten gebeld
export-col-reversal-outcome = afloop
counter-page-title = Gegeven materiaal
counter-page-outreach = veldwerk
counter-page-line = { $what } · teruggebracht { $returned }
