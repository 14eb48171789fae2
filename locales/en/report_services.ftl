# report_services: messages of the reports (one file per area).

## Coverage of the persons seen

report-coverage = Coverage: health insurance, social protection and free care of the persons seen; routes requested, granted and CPAS deadlines missed
report-coverage-shares = Coverage of the persons seen (% of them)
report-col-persons-seen = persons seen
report-col-insured = insurance in order (%)
report-col-protected = social protection granted (%)
report-col-free-care = free care (%)
report-insured-by-band-sex = Persons seen with their insurance in order
report-protected-by-band-sex = Persons seen with social protection granted (CPAS, AMU, MediPrima, BIM)
report-free-care-by-band-sex = Persons seen under free care while their coverage is sorted out
report-routes-by-route = Coverage routes by route
report-routes-by-period = Coverage routes by period
report-col-requested = requested
report-col-granted = granted
report-col-decision-late = CPAS decision late (30 days)
report-col-notification-late = decision notified late (8 days)

## Harm reduction

report-harm-reduction = Harm reduction: material given, used material returned, naloxone, exchanges, secondary distribution
report-items-by-kind = Material given by kind (items)
report-items-by-period = Material given by period (items)
report-col-counter = at the counter
report-col-outreach = in the street (outreach)
report-returns-by-period = Used material returned against exchange items given
report-col-exchange-given = exchange items given
report-col-returned = used material returned
report-col-return-rate = return rate (%)
report-exchanges-by-period = Exchanges (acts of giving or taking back used material)
report-for-others-by-period = Secondary distribution (for others) and emergencies
report-col-for-others-acts = exchanges also for others
report-col-for-others-people = other people it was for
report-col-emergency = given without exchange (emergency)
report-naloxone-by-period = Naloxone kits given and used
report-col-kits-given = kits given
report-col-reversals = kits used (reported)
report-reversals-by-outcome = Naloxone kits used, by outcome
report-col-emergency-called = emergency services called

## Outreach

report-outreach = Outreach: sessions, places, contacts, accompaniments, vaccinations, referrals
report-outreach-by-period = Outreach sessions by period
report-col-referrals = Referrals
report-places-by-kind = Places visited by kind
report-contacts-by-period = Contacts (people met) by period
report-col-met-before = already met
report-col-new = new
report-contacts-by-band-sex = Contacts (people met) by age band and sex
report-new-contacts-by-band-sex = New contacts by age band and sex
report-accompaniments-by-partner-kind = Accompaniments by kind of partner
report-vaccinations-by-vaccine-dose = Vaccinations by vaccine (as written) and dose number
