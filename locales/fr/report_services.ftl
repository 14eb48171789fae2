# report_services: messages of the reports (one file per area).

## Couverture des personnes vues

report-coverage = Couverture : mutuelle, protection sociale et soins gratuits des personnes vues ; démarches demandées, accordées et délais du CPAS dépassés
report-coverage-shares = Couverture des personnes vues (% d'entre elles)
report-col-persons-seen = personnes vues
report-col-insured = en ordre de mutuelle (%)
report-col-protected = protection sociale accordée (%)
report-col-free-care = soins gratuits (%)
report-insured-by-band-sex = Personnes vues en ordre de mutuelle
report-protected-by-band-sex = Personnes vues avec une protection sociale accordée (CPAS, AMU, MediPrima, BIM)
report-free-care-by-band-sex = Personnes vues en soins gratuits le temps de régler leur couverture
report-routes-by-route = Démarches de couverture par démarche
report-routes-by-period = Démarches de couverture par période
report-col-requested = demandées
report-col-granted = accordées
report-col-decision-late = décision du CPAS en retard (30 jours)
report-col-notification-late = décision notifiée en retard (8 jours)

## Réduction des risques

report-harm-reduction = Réduction des risques : matériel donné, matériel usagé rendu, naloxone, échanges, distribution secondaire
report-items-by-kind = Matériel donné par type (articles)
report-items-by-period = Matériel donné par période (articles)
report-col-counter = au comptoir
report-col-outreach = en rue (maraude)
report-returns-by-period = Matériel usagé rendu par rapport au matériel d'échange donné
report-col-exchange-given = matériel d'échange donné
report-col-returned = matériel usagé rendu
report-col-return-rate = taux de retour (%)
report-exchanges-by-period = Échanges (remises de matériel ou retours de matériel usagé)
report-for-others-by-period = Distribution secondaire (pour d'autres) et urgences
report-col-for-others-acts = échanges aussi pour d'autres
report-col-for-others-people = autres personnes concernées
report-col-emergency = donné sans échange (urgence)
report-naloxone-by-period = Kits de naloxone donnés et utilisés
report-col-kits-given = kits donnés
report-col-reversals = kits utilisés (signalés)
report-reversals-by-outcome = Kits de naloxone utilisés, par issue
report-col-emergency-called = secours appelés

## Maraudes

report-outreach = Équipes mobiles : maraudes, lieux, contacts, accompagnements, vaccinations, orientations
report-outreach-by-period = Maraudes par période
report-col-referrals = Orientations
report-places-by-kind = Lieux visités par type
report-contacts-by-period = Contacts (personnes rencontrées) par période
report-col-met-before = déjà rencontrées
report-col-new = nouvelles
report-contacts-by-band-sex = Contacts (personnes rencontrées) par tranche d'âge et sexe
report-new-contacts-by-band-sex = Nouveaux contacts par tranche d'âge et sexe
report-accompaniments-by-partner-kind = Accompagnements par type de partenaire
report-vaccinations-by-vaccine-dose = Vaccinations par vaccin (tel qu'écrit) et numéro de dose
