## Onthaal: zoeken, inschrijven, bezoeken, de fiche, en de opdrachten „person”.

intake-registered-count =
    { $count ->
        [one] { $count } persoon ingeschreven
       *[other] { $count } personen ingeschreven
    }
intake-loading = Register wordt geladen…
intake-col-code = Code
intake-col-name = Naam
intake-col-born = Geb.
intake-col-languages = Talen
intake-col-last-visit = Bezoek
intake-empty-hint = Typ enkele letters van een naam, bijnaam of code; een jaartal verfijnt (moh 1987). Niets is verplicht: Alt+A schrijft een anoniem bezoek in.
intake-none = Niemand gevonden voor “{ $query }”.
intake-none-hint = Alt+N schrijft een nieuwe persoon in met wat u typte; Alt+A schrijft een anoniem bezoek in.
intake-anonymous = anoniem
intake-visit-recorded = Bezoek geregistreerd: { $code } { $name }
intake-registered = { $code } { $name } ingeschreven; bezoek geregistreerd.
intake-registered-anonymous = Anoniem bezoek ingeschreven als { $code }; bezoek geregistreerd.
intake-updated = Wijzigingen aan { $code } bewaard.
hint-visit = Bezoek
hint-new-person = Nieuw
hint-anonymous = Anoniem
hint-edit = Wijzigen
hint-save = Bewaren
hint-next-field = Volgend veld
hint-cancel = Annuleren
help-action-visit = Het bezoek van de gekozen persoon registreren
help-action-new-person = Een nieuwe persoon inschrijven met wat getypt is
help-action-anonymous = Een anoniem bezoek inschrijven (enkel een code) en registreren
help-action-edit = De fiche van de gekozen persoon wijzigen
help-action-save = De fiche bewaren
help-action-next-field = Volgend veld
help-action-prev-field = Vorig veld
help-action-cancel = Annuleren; er wordt niets bewaard
form-title-new = Nieuwe persoon: geen enkel veld is verplicht
form-title-edit = { $code } wijzigen
form-duplicates = Al ingeschreven? Esc, en kies dan in de lijst:
form-sex-hint = Spatie om te wijzigen
field-given-name = Voornaam/-namen
field-family-name = Familienaam
field-alias = Bijnaam, straatnaam
field-birth = Geboren (jaar of datum)
field-sex = Geslacht
field-languages = Gesproken talen
field-phone = Telefoon
field-niss = Rijksregister- of BIS-nummer
field-nationality = Nationaliteit
field-commune = Gemeente, of “dakloos”
sex-unknown = —
sex-not-said = zegt het liever niet
sex-f = vrouw
sex-m = man
sex-x = ander
field-error-too-long = { $field }: te lang (hoogstens { $max } tekens).
field-error-birth-shape = { $field }: schrijf het jaar (1987), de maand (05-1987) of de datum (25-05-1987).
field-error-birth-impossible = { $field }: deze datum bestaat niet: { $day }-{ $month }-{ $year }.
field-error-birth-range = { $field }: de datum ligt in de toekomst of meer dan 120 jaar terug.
field-error-niss-length = { $field }: een rijksregister- of BIS-nummer heeft 11 cijfers.
field-error-niss-month = { $field }: de maand kan niet (01–12, 00, of 21–32 / 41–52 voor BIS).
field-error-niss-day = { $field }: de dag kan niet.
field-error-niss-checksum = { $field }: de controlecijfers kloppen niet; waarschijnlijk is een cijfer verkeerd getypt.
field-error-language = { $field }: deze taal is niet bekend; schrijf de naam (Arabisch, Tigrinya, Somalisch…) of de code (ar, ti, so), gescheiden door komma's.
field-error-phone = { $field }: enkel cijfers, spaties en + . / - ( ).
person-added = { $code } { $name } ingeschreven
person-find-none = Niemand gevonden voor “{ $query }”.
person-merged = { $other } samengevoegd met { $keep } (samenvoeging { $id }). Ongedaan maken: seuil person unmerge { $id }
person-unmerged = Samenvoeging { $id } ongedaan: { $keep } en { $other } zijn weer aparte fiches.
person-not-same = Genoteerd: { $a } en { $b } zijn verschillende personen; ze worden niet meer als dubbel voorgesteld.
person-error-unknown-code = Niemand heeft de code { $code }. Zoek met “seuil person find”.
person-error-unknown-merge = Er is geen samenvoeging nummer { $id }.
person-error-same-record = Een fiche kan niet met zichzelf samengevoegd worden.
person-error-already-merged = { $code } is al samengevoegd met een andere fiche; gebruik die.
person-error-marked-not-same = { $a } en { $b } zijn genoteerd als verschillende personen; geen samenvoeging.
person-error-already-undone = Samenvoeging { $id } is al ongedaan gemaakt.
person-error-later-merge = { $code } is na samenvoeging { $id } opnieuw samengevoegd; maak eerst die latere ongedaan.
generate-done = { $persons } personen en { $visits } bezoeken aangemaakt in { $seconds } s.
hint-merge = Samenvoegen
help-action-merge = Aanduiden om samen te voegen; op een tweede fiche vergelijken en samenvoegen
hint-confirm-merge = Samenvoegen
help-action-confirm-merge = De twee fiches samenvoegen
hint-not-same = Niet dezelfde persoon
help-action-not-same = Onthouden dat het twee verschillende personen zijn
intake-merge-marked = { $code } aangeduid. Kies de fiche die blijft en druk opnieuw Alt+M.
intake-merged = { $other } samengevoegd met { $keep } (samenvoeging { $id }). Alt+U maakt het ongedaan.
intake-unmerged = Samenvoeging { $id } ongedaan: de twee fiches zijn weer apart.
intake-not-same = Genoteerd: { $a } en { $b } zijn verschillende personen; nooit meer voorgesteld.
merge-title = Dezelfde persoon?
merge-keep = Fiche die blijft:
merge-other = Fiche die erin opgaat:
merge-question = { $other } samenvoegen met { $keep }? De bezoeken gaan mee; Alt+U maakt het ongedaan.
export-title = Alles wat seuil bewaart over { $code }
export-section-record = Fiche
export-section-visits = Bezoeken
export-section-tickets = Volgnummers
export-section-appointments = Afspraken
export-section-coverage = Dekking
export-section-free-care = Gratis zorg
export-section-changes = Wijzigingen
export-section-merges = Samenvoegingen
export-none = niets
intake-matched-count =
    { $count ->
        [one] { $count } persoon gevonden
       *[other] { $count } personen gevonden
    }
intake-matched-more = { $shown } van { $count } · verfijn
intake-near-count =
    { $count ->
        [one] ≈ { $count } gelijkende naam, geen exacte
       *[other] ≈ { $count } gelijkende namen, geen exacte
    }
person-find-near = Niemand komt woord voor woord overeen met “{ $query }”; dit zijn de meest gelijkende (≈). Kijk ze na voor je een nieuwe fiche aanmaakt.
person-find-more = { $shown } getoond van { $total } gevonden; voeg een woord of het geboortejaar toe, of gebruik --limit.
search-keys-rebuilding = Zoeksleutels worden bijgewerkt

route-new-person = Nieuwe inschrijving
route-coverage-chosen = Dekking: { $route } (bewaard bij de inschrijving)
intake-registered-joined = { $code } { $name } ingeschreven; ticket { $ticket }: { $service }.
intake-registered-anonymous-joined = Anoniem bezoek ingeschreven als { $code }; ticket { $ticket }: { $service }.
intake-visit-removed = Bezoek geschrapt: { $code } { $name }
person-error-visit-not-yours = Dit bezoek kan niet meer geschrapt worden: alleen wie het registreerde kan dat, en alleen dezelfde dag.
person-error-visit-has-ticket = Bij dit bezoek hoort ticket { $ticket }: haal eerst het ticket uit de wachtrij (weg, niet gezien).
help-action-undo = De laatste samenvoeging of het laatste bezoek aan deze post ongedaan maken
intake-position = { $at }/{ $shown }

## Export van een persoon: de woorden van elke waarde
export-pair = { $label }: { $value }
export-registered = Fiche aangemaakt op { $at } door { $by }
export-col-arrived = aankomst
export-col-left = vertrek
export-col-desk = werkpost
export-col-by = door
export-col-ticket = volgnummer
export-col-service = dienst
export-col-day = dag
export-col-priority = voorrang
export-col-status = stand
export-col-called = opgeroepen
export-col-started = begin
export-col-finished = einde
export-col-room = zaal
export-col-time = uur
export-col-duration = duur
export-col-worker = hulpverlener
export-col-updated = bijgewerkt op
export-col-written = geschreven op
export-col-partner = partner
export-col-reason = reden
export-col-urgency = dringend
export-col-appointment = afspraak
export-col-low-income = laag inkomen
export-col-free-from = gratis zorg sinds
export-col-free-review = te herzien op
export-change = { $field }: { $old } → { $new }
export-merge = fiche { $merged } samengevoegd met { $kept }
export-merge-undone = samenvoeging ongedaan gemaakt op { $at }
export-yes = ja
export-no = nee
export-urgent = dringend
export-not-urgent = niet dringend
export-minutes = { $minutes } min
export-no-fixed-address = zonder vaste verblijfplaats
field-error-birth-no-such-month = { $field }: deze maand bestaat niet: { $month }-{ $year }.
form-warning-niss-birth = Het INSZ geeft { $niss } als geboorte, niet { $birth }. Verbeter een van beide, of druk nogmaals Enter om te houden wat er staat.
intake-keep-typing = Een jaar schrijf je met vier cijfers (1987); of typ een naam, een bijnaam of een code.

## Intercultural mediation: marking a person, their record, their export.

help-action-mark-mediation = Een interculturele bemiddelaar vragen in de eerste taal van de persoon; nogmaals: de volgende taal, dan geen
mediation-no-languages = Noteer eerst de talen van { $code } in de fiche (Alt+E) om een bemiddelaar te vragen.
mediation-marked = { $name } ({ $code }) heeft een bemiddelaar nodig (taal: { $lang }). Nogmaals Alt+I: een andere taal van de persoon, of geen.
mediation-unmarked = { $name } ({ $code }) heeft geen bemiddelaar meer nodig.
mediation-tag = [bemiddeling { $lang }]
mediation-tag-joined = [bemiddeling { $lang }: { $names }]
route-mediation = Interculturele bemiddeling: { $lang } (Alt+I)
route-mediation-none = Interculturele bemiddeling: niet gevraagd (Alt+I)
export-section-mediation-need = Interculturele bemiddeling
export-section-mediations = Consulten met een bemiddelaar
export-col-language = taal
export-col-marked = gevraagd op
export-col-joined = aangesloten op
export-col-mediator = bemiddelaar
mediation-error-language = „{ $code }" is geen bekende taal; schrijf de naam (Arabisch, Tigrinya…) of de code (ar, ti, so…).
person-edited = { $code } { $name }: { $count ->
    [one] één veld verbeterd, bewaard in de geschiedenis van de fiche
   *[other] { $count } velden verbeterd, bewaard in de geschiedenis van de fiche
}
person-edit-nothing = Zeg wat er verandert: --name, --alias, --born, --phone, --commune of --lang.
