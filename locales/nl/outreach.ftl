# De mobiele teams: plekken, veldwerkrondes, contacten, vaccinaties.

audit-place-update = heeft in het plekkenregister geschreven
audit-outreach-session-update = heeft een veldwerkronde ingevoerd
audit-outreach-contact-insert = heeft een veldwerkcontact ingevoerd
audit-vaccination-insert = heeft een vaccinatie ingevoerd

## Plekken

outreach-kind-squat = kraakpand
outreach-kind-metro = metrostation
outreach-kind-street = straat
outreach-kind-park = park
outreach-kind-partner = partnerlocatie
outreach-kind-shelter = opvang
outreach-kind-other = andere plek
outreach-place-added = Plek “{ $place }” toegevoegd ({ $kind }).
outreach-place-closed = Plek “{ $place }” gesloten: geen nieuwe ronde meer daar; de rondes blijven meetellen.
outreach-no-places = Nog geen plek in het register: seuil place add NAAM --kind K.
outreach-first-visit = eerste bezoek op { $date }
outreach-not-visited = nog niet bezocht
outreach-closed-mark = gesloten
outreach-error-place-blank = Een plek heeft een naam nodig (een codenaam volstaat).
outreach-error-place-punctuation = De naam van een plek bevat minstens een letter of een cijfer, niet alleen leestekens.
outreach-error-place-long = De naam van een plek heeft hoogstens 60 tekens.
outreach-error-place-exists = Er staat al een plek “{ $place }” in het register.
outreach-error-place-unknown = Geen plek met de naam “{ $place }”. De plekken: seuil place list.
outreach-error-place-closed = De plek “{ $place }” is gesloten.
outreach-error-kind = “{ $kind }” is geen soort plek. De soorten: { $kinds }.
outreach-error-commune = “{ $commune }” is geen Brusselse gemeente (geef de naam of de postcode).

## Rondes en contacten

outreach-error-future = { $date } ligt in de toekomst: een ronde wordt op de dag zelf of later ingevoerd.
outreach-error-session = Geen ronde met nummer { $session }.
outreach-error-person = Geen persoon met de code { $code }.
outreach-error-partner = Geen enkele partner past bij “{ $partner }”. De partners: seuil partner list.
outreach-error-no-vaccine = Een vaccinatie heeft de naam van het vaccin nodig.
outreach-error-no-lot = Een vaccinatie heeft het lotnummer van het vaccin nodig: er is niets ingevoerd.
outreach-error-dose-number = Dosisnummer { $dose }: van 1 tot 10.
outreach-error-people = Een telling telt minstens één persoon.
outreach-error-count = { $arg } { $value }: een aantal is een geheel getal vanaf 1.
outreach-error-tally-form = “{ $value }” is geen telling: schrijf GESLACHT/LEEFTIJD of GESLACHT/LEEFTIJD/new, bijvoorbeeld f/25-29/new.
outreach-error-tally-sex = “{ $value }” is geen geslacht van een telling: f, m, x of u.
outreach-error-tally-band = “{ $value }” is geen leeftijdsgroep: <15, 15-19, 20-24 … 60-64, 65+ of u.
outreach-error-nothing-to-reverse = Er is geen contact om terug te nemen in deze ronde.
outreach-error-reversed = Contact { $contact } is al teruggenomen.
outreach-error-not-today = Contact { $contact } is niet vandaag ingevoerd: alleen een contact van vandaag wordt teruggenomen.
outreach-contact-recorded = Contact { $contact } ingevoerd in ronde { $session }.
outreach-contact-reversed = Contact { $contact } teruggenomen.
outreach-person-registered = Nieuwe persoon ingeschreven: { $code }.
outreach-session-line = { $date }  nr. { $session }  { $place } ({ $team }): { $contacts ->
        [one] één persoon ontmoet
       *[other] { $contacts } personen ontmoet
    }, { $new } nieuw

## Totalen

outreach-total-sessions = Rondes
outreach-total-places = Bezochte plekken
outreach-total-new-places = Nieuwe bezochte plekken
outreach-total-contacts = Contacten (personen)
outreach-total-new-contacts = Nieuwe contacten
outreach-total-accompaniments = Begeleidingen
outreach-total-vaccinations = Vaccinaties

## Opdrachtregel

cli-cmd-place = De plekken die de mobiele teams bezoeken
cli-cmd-place-add = Een plek aan het register toevoegen
cli-cmd-place-list = De plekken tonen, de actieve eerst
cli-cmd-place-close = Een plek sluiten (geen nieuwe ronde meer daar)
cli-cmd-outreach = De mobiele teams: veldwerkrondes, contacten, cijfers
cli-cmd-outreach-session = Een ronde op een plek beginnen (toont het nummer)
cli-cmd-outreach-contact = Een contact in een ronde invoeren: een telling of een persoon, en wat er gedaan is
cli-cmd-outreach-reverse = Een contact van een ronde terugnemen (het laatste, tenzij --contact), van vandaag
cli-cmd-outreach-sessions = De rondes van een periode met hun cijfers
cli-arg-outreach-name = Codenaam van de plek
cli-arg-outreach-kind = Soort plek: squat, metro, street, park, partner, shelter, other
cli-arg-outreach-commune = Gemeente van de plek (naam of postcode)
cli-arg-outreach-place = De plek, bij naam
cli-arg-outreach-date = Dag van de ronde (anders vandaag)
cli-arg-outreach-team = Het team
cli-arg-outreach-staff = Aanwezige medewerkers, gescheiden door komma's
cli-arg-outreach-session = Nummer van de ronde
cli-arg-outreach-tally = Ontmoete personen zonder naam: GESLACHT/LEEFTIJD[/new], bijvoorbeeld f/25-29/new
cli-arg-outreach-person = Code van de ontmoete persoon
cli-arg-outreach-new-person = De ontmoete persoon ter plaatse inschrijven (niets is verplicht)
cli-arg-outreach-people = Hoeveel personen de telling telt (anders één)
cli-arg-outreach-given = Gegeven materiaal, MATERIAAL=N (het materiaal van de balie)
cli-arg-outreach-vaccine = Toegediend vaccin
cli-arg-outreach-lot = Lotnummer van het vaccin (verplicht)
cli-arg-outreach-dose = Dosisnummer (1 tot 10)
cli-arg-outreach-reaction = Reactie na de vaccinatie
cli-arg-outreach-accompanied = Partner waar de persoon naartoe begeleid is
cli-arg-outreach-referral = Waarnaar de persoon doorverwezen is
cli-arg-outreach-care = Gegeven zorg
cli-arg-outreach-info = Er is informatie gegeven
cli-arg-outreach-from = Eerste dag (anders 1 januari)
cli-arg-outreach-to = Laatste dag (anders vandaag)

## Het scherm Veldwerk

tab-outreach = Veldwerk
outreach-today-title = De veldwerkrondes van vandaag
outreach-today-empty = Nog geen ronde vandaag. n begint er een: de plek (gevonden of nieuw), het team.
outreach-today-row = { $contacts ->
        [one] één persoon ontmoet
       *[other] { $contacts } personen ontmoet
    }, { $new } nieuw
outreach-team = team { $team }
outreach-session-started = Ronde { $session } begonnen: tel met f, m, x of u en dan de leeftijd.
outreach-start-title = Een nieuwe ronde vandaag
outreach-start-new-place = Nieuwe plek “{ $place }”: ze wordt met haar soort aan het register toegevoegd.
outreach-start-hint = Typ een paar letters van de plek; ↑↓ kiest een plek uit het register, anders wordt een nieuwe plek toegevoegd. ↵ begint de ronde.
outreach-field-place = Plek
outreach-field-kind = Soort
outreach-field-team = Team
outreach-screen-totals = Contacten { $contacts } · nieuw { $new } · begeleid { $accompanied } · gevaccineerd { $vaccinated }
outreach-tally-label = Telling:
outreach-band-label = Leeftijd:
outreach-band-ask = Leeftijd — { $sex }: druk op de toets van de leeftijd.
outreach-band-u = leeftijd onbekend
outreach-sex-f = vrouw
outreach-sex-m = man
outreach-sex-x = ander
outreach-sex-u = onbekend
outreach-next-label = Volgend contact:
outreach-next-nothing = niets meer dan de ontmoeting
outreach-next-new = nieuw
outreach-next-accompanied = begeleid naar { $partner }
outreach-next-vaccine = { $vaccine } lot { $lot } dosis { $dose }
outreach-next-care = zorg
outreach-next-referral = doorverwijzing
outreach-next-info = informatie
outreach-next-dropped = Wat klaarstond voor het volgende contact is gewist; er is niets ingevoerd.
outreach-last-contacts = Laatste contacten
outreach-no-contacts = Nog geen contact in deze ronde.
outreach-reversed-mark = teruggenomen
outreach-material-label = Materiaal (een aantal, dan de toets van het item):
outreach-material-count = { $count } van het volgende item…
outreach-person-label = Code of naam
outreach-person-hint = Typ de code van de persoon of een paar letters van de naam; Alt+N schrijft de persoon ter plaatse in (niets is verplicht).
outreach-person-none = Niemand gekozen: typ een code of een naam, of Alt+N voor een nieuwe persoon.
outreach-person-name-refused = Deze naam kan niet zo bewaard worden; maak het veld leeg en druk op Alt+N voor een persoon met alleen een code.
outreach-partner-label = Begeleid naar
outreach-partner-none = Geen partner past: de coördinator voegt partners toe op het scherm Doorverwijzingen.
outreach-field-vaccine = Vaccin
outreach-field-lot = Lot
outreach-field-dose = Dosisnummer
outreach-field-reaction = Reactie
outreach-field-care = Gegeven zorg
outreach-field-referral = Doorverwezen naar
outreach-recorded-tally = Telling ingevoerd.
outreach-recorded-person = Contact met { $code } ingevoerd.
outreach-recorded-new-person = Nieuwe persoon { $code } ingeschreven en contact ingevoerd.
hint-outreach-start = Nieuwe ronde
hint-outreach-tally = Tellen
hint-outreach-new = Nieuw
hint-outreach-person = Persoon
hint-outreach-give = Materiaal
hint-outreach-accompany = Begel.
hint-outreach-vaccinate = Vaccin
hint-outreach-care = Zorg
hint-outreach-info = Info
hint-outreach-reverse = Terugnemen
hint-outreach-band = Leeftijd
hint-outreach-material-done = Klaar
hint-outreach-material-undo = Wis
help-action-outreach-start = Een ronde van vandaag beginnen (plek, team)
help-action-outreach-open = De gekozen ronde openen
help-action-outreach-start-save = De ronde beginnen (en de plek toevoegen als ze nieuw is)
help-action-outreach-place-choose = Een van de passende plekken kiezen
help-action-outreach-tally = Een telling: het geslacht (vrouw, man, ander, onbekend), dan de toets van de leeftijd
help-action-outreach-new = Het volgende contact is een eerste contact (nog eens: niet nieuw)
help-action-outreach-person = Een ontmoete persoon: zoeken op code of naam, of ter plaatse inschrijven
help-action-outreach-give = Materiaal gegeven bij het volgende contact (de toetsen van de balie)
help-action-outreach-accompany = Het volgende contact is naar een partner begeleid
help-action-outreach-vaccinate = Een vaccinatie bij het volgende contact (het lot is verplicht)
help-action-outreach-care = Gegeven zorg en doorverwijzing bij het volgende contact
help-action-outreach-info = Informatie gegeven bij het volgende contact (nog eens: geen)
help-action-outreach-close = Wissen wat klaarstaat voor het volgende contact, of de ronde verlaten
help-action-outreach-band = De leeftijdsgroep: 1 <15 … 0 55-59, - 60-64, = 65+, u onbekend
help-action-outreach-material-done = Het materiaal voor het volgende contact bewaren
help-action-outreach-material-undo = Het laatste item of cijfer terugnemen
help-action-outreach-material-drop = Het hier getypte materiaal wissen
help-action-outreach-person-pick = Het contact met de gekozen persoon invoeren
help-action-outreach-person-new = De persoon ter plaatse inschrijven (niets is verplicht) en het contact invoeren
help-action-outreach-partner-pick = De gekozen partner bewaren

## De export van de persoon

export-section-outreach = Veldwerkcontacten
export-section-vaccinations = Vaccinaties
export-col-place = plek
export-col-new = eerste contact
export-col-care = zorg
export-col-information = informatie
export-col-referral-to = doorverwezen naar
export-col-accompanied = begeleid naar
export-col-reversed = teruggenomen
export-col-vaccine = vaccin
export-col-lot = lot
export-col-dose-number = dosisnummer
export-col-reaction = reactie
export-col-vaccinator = vaccinator
outreach-page-title = Veldwerk
outreach-page-contact = { $date } · { $place }
outreach-page-vaccination = { $date } · { $vaccine } lot { $lot } dosis { $dose }
outreach-field-day = Dag
outreach-field-staff = Aanwezig
outreach-error-not-in-session = Ronde { $session } heeft geen contact { $contact }.
outreach-reverse-ask-chosen = Het contact met › terugnemen? ↵ ja, Esc nee.
help-action-outreach-reverse-chosen = Het contact met › terugnemen (↑↓ kiest het; vraagt eerst)
help-action-outreach-pick = Een van de laatste contacten kiezen, om het terug te nemen
cli-arg-outreach-contact = Het contact dat teruggenomen wordt (zijn nummer), anders het laatste
outreach-total-line = { $label }: { $count }
outreach-field-commune = Gemeente
