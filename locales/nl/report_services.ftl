# report_services: messages of the reports (one file per area).

## Dekking van de geziene personen

report-coverage = Dekking: ziekenfonds, sociale bescherming en gratis zorg van de geziene personen; aangevraagde en toegekende stappen, overschreden OCMW-termijnen
report-coverage-shares = Dekking van de geziene personen (% van hen)
report-col-persons-seen = geziene personen
report-col-insured = in orde met het ziekenfonds (%)
report-col-protected = sociale bescherming toegekend (%)
report-col-free-care = gratis zorg (%)
report-insured-by-band-sex = Geziene personen in orde met het ziekenfonds
report-protected-by-band-sex = Geziene personen met toegekende sociale bescherming (OCMW, DMH, MediPrima, VT)
report-free-care-by-band-sex = Geziene personen met gratis zorg zolang hun dekking geregeld wordt
report-routes-by-route = Dekkingsaanvragen per soort
report-routes-by-period = Dekkingsaanvragen per periode
report-col-requested = aangevraagd
report-col-granted = toegekend
report-col-decision-late = OCMW-beslissing te laat (30 dagen)
report-col-notification-late = beslissing te laat betekend (8 dagen)

## Schadebeperking

report-harm-reduction = Schadebeperking: gegeven materiaal, teruggebracht gebruikt materiaal, naloxon, ruil, secundaire verdeling
report-items-by-kind = Gegeven materiaal per soort (stuks)
report-items-by-period = Gegeven materiaal per periode (stuks)
report-col-counter = aan de balie
report-col-outreach = op straat (veldwerk)
report-returns-by-period = Teruggebracht gebruikt materiaal tegenover gegeven ruilmateriaal
report-col-exchange-given = gegeven ruilmateriaal
report-col-returned = teruggebracht gebruikt materiaal
report-col-return-rate = terugbrengpercentage (%)
report-exchanges-by-period = Ruilmomenten (materiaal gegeven of gebruikt materiaal teruggebracht)
report-for-others-by-period = Secundaire verdeling (voor anderen) en noodgevallen
report-col-for-others-acts = ruil ook voor anderen
report-col-for-others-people = andere personen voor wie het was
report-col-emergency = gegeven zonder ruil (noodgeval)
report-naloxone-by-period = Gegeven en gebruikte naloxonkits
report-col-kits-given = gegeven kits
report-col-reversals = gebruikte kits (gemeld)
report-reversals-by-outcome = Gebruikte naloxonkits, per afloop
report-col-emergency-called = hulpdiensten gebeld

## Veldwerk

report-outreach = Mobiele teams: veldwerkrondes, plekken, contacten, begeleidingen, vaccinaties, doorverwijzingen
report-outreach-by-period = Veldwerkrondes per periode
report-col-referrals = Doorverwijzingen
report-places-by-kind = Bezochte plekken per soort
report-contacts-by-period = Contacten (ontmoete personen) per periode
report-col-met-before = al eerder ontmoet
report-col-new = nieuw
report-contacts-by-band-sex = Contacten (ontmoete personen) per leeftijdsgroep en geslacht
report-new-contacts-by-band-sex = Nieuwe contacten per leeftijdsgroep en geslacht
report-accompaniments-by-partner-kind = Begeleidingen per soort partner
report-vaccinations-by-vaccine-dose = Vaccinaties per vaccin (zoals geschreven) en dosisnummer
