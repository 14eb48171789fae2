# De verstrekking: de lijst van vandaag en het dosisscherm van een persoon.

tab-treatment = Doses

## Toetsen

help-action-open-dose = Het dosisscherm van de persoon openen
hint-open-dose = Dosis
help-action-dose-give = De dosis van vandaag bevestigen, ter plaatse ingenomen
hint-dose-give = Geven
help-action-dose-take-home = Meeneemdosis: daarna het aantal dagen (1 tot 7)
hint-dose-take-home = Meenemen
help-action-dose-withhold = De dosis van vandaag niet geven, met de reden
hint-dose-withhold = Niet geven
help-action-dose-decide = De beslissing van de voorschrijver noteren
hint-dose-decide = Beslissing
help-action-dose-prescribe = Een nieuw voorschrift invoeren
hint-dose-prescribe = Voorschrift
help-action-dose-vomited = De dosis van vandaag werd uitgebraakt
help-action-dose-refused = De persoon weigert de dosis van vandaag
help-action-dose-reverse = De laatste registratie van vandaag ongedaan maken (vraagt eerst bevestiging)
help-action-dose-close = Terug naar de lijst, of naar waar het scherm geopend werd
help-action-take-home-days = Het aantal dagen om mee te nemen
hint-take-home-days = Dagen
help-action-withhold-reason = De reden kiezen
help-action-withhold-confirm = Registreren dat de dosis niet gegeven wordt, met deze reden
help-action-reverse-confirm = Ja, ongedaan maken
hint-reverse-confirm = Ongedaan maken

## De lijst van vandaag

dispensary-list-title = Verstrekking vandaag
dispensary-dosed-count = { $count ->
    [0] nog niemand heeft een dosis gekregen
    [one] één persoon heeft de dosis gekregen
   *[other] { $count } personen hebben hun dosis gekregen
}
dispensary-list-empty = Vandaag niemand in de wachtrij van de verstrekking. Het dosisscherm van een persoon opent ook vanuit zijn of haar fiche (g).
dispensary-col-today = Vandaag
dispensary-dosed-tag = [gekregen]
dispensary-not-dosed = nog niet

## Het dosisscherm

dispensary-reading = Dossier wordt gelezen…
dispensary-prescription = { $product } { $mg } mg per dag, van { $from } tot { $until }
dispensary-prescription-by = Voorschrijver: { $prescriber } · meenemen: { $days ->
    [0] nooit
    [one] hoogstens 1 dag
   *[other] hoogstens { $days } dagen
}
dispensary-no-current = Geen lopend voorschrift.
dispensary-due = Dosis van vandaag: { $mg } mg. Enter bevestigt, ter plaatse ingenomen.
dispensary-due-by-decision = Dosis van vandaag: { $mg } mg, bepaald door de beslissing van de voorschrijver. Enter bevestigt, ter plaatse ingenomen.
dispensary-missed = { $missed ->
    [0] Geen gemiste dagen
    [one] 1 gemiste dag
   *[other] { $missed } gemiste dagen
}
dispensary-take-homes-up-to = meenemen: tot { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}
dispensary-take-homes-none = vandaag geen meeneemdosis
dispensary-back-on = Terug verwacht op { $day }
dispensary-mg = { $mg } mg
dispensary-last-doses = Laatste doses
dispensary-no-doses = Geen dosis in de laatste twee weken.
dispensary-decision-mg = , herstart met { $mg } mg
dispensary-last-decision = Beslissing van { $day } ({ $prescriber }): { $decision }{ $mg }
dispensary-tag-reversed = [geannuleerd]
dispensary-tag-later = [later ingevoerd]
dispensary-ask-days = Voor hoeveel dagen? Typ 1 tot { $days } (Esc: er wordt niets geschreven).
dispensary-ask-reverse = De laatste registratie van vandaag voor deze persoon ongedaan maken? Enter: ja · Esc: nee.
dispensary-ask-reason = Waarom wordt de dosis niet gegeven?
dispensary-reason-intoxicated = persoon onder invloed
dispensary-reason-prescriber = beslist door de voorschrijver
dispensary-reason-other = andere reden
dispensary-reason-needed = Schrijf de reden, of kies er een uit de lijst.

## De formulieren

dispensary-decision-title = Beslissing van de voorschrijver voor { $code }
dispensary-decision-hint = { $missed ->
    [0] Geen gemiste dagen.
    [one] 1 gemiste dag.
   *[other] { $missed } gemiste dagen.
} De herstartdosis is nodig wanneer het aantal gemiste dagen dat vraagt.
dispensary-prescription-title = Nieuw voorschrift voor { $code }
dispensary-prescription-hint = Data zoals { $today }; zonder einddatum loopt het voorschrift zo lang als toegelaten. ←→ kiest het product.
dispensary-field-prescriber = Voorschrijver
dispensary-field-decision = Beslissing
dispensary-field-restart-mg = Herstartdosis (mg)
dispensary-field-product = Product
dispensary-field-mg = Dagdosis (mg)
dispensary-field-starts = Van
dispensary-field-ends = Tot (facultatief)
dispensary-field-take-home-days = Meeneemdagen (0 tot 7)
dispensary-field-note = Notitie
dispensary-error-product = Kies het product (←→).
dispensary-error-days = Het aantal meeneemdagen is een getal van 0 tot { $ceiling }.

## Wat geregistreerd werd

dispensary-recorded-given = Dosis geregistreerd: { $mg } mg ter plaatse ingenomen.
dispensary-recorded-take-home = Dosis geregistreerd: { $mg } mg per dag meegegeven voor { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}.
dispensary-recorded-vomited = Geregistreerd: dosis uitgebraakt ({ $mg } mg). Ze wordt alleen opnieuw gegeven na beslissing van de voorschrijver (d).
dispensary-recorded-refused = Geregistreerd: de persoon weigerde de dosis.
dispensary-recorded-withheld = Geregistreerd: dosis niet gegeven.
dispensary-reversed = Ongedaan gemaakt: { $rows ->
    [one] 1 regel geannuleerd
   *[other] { $rows } regels geannuleerd
}; het product gaat terug in het register.
dispensary-decided = Beslissing van de voorschrijver geregistreerd.
dispensary-prescribed = Voorschrift geregistreerd: { $mg } mg per dag.
help-action-dose-labels = De etiketten van de net meegegeven meeneemdosis opnieuw afdrukken
help-action-register = Het register van verdovende middelen openen (voorraad, dagbalans, ontvangen loten)
dispensary-tdi-starting = Nog geen TDI-episode voor deze persoon: er wordt er een geopend bij het begin van een behandeling. t opent het formulier.
dispensary-tdi-returning = Er moet een TDI-episode geopend worden: terug na zes maanden of meer (laatste contact { $day }). t opent het formulier.
