# report_treatment: messages of the reports (one file per area).
# Le rapport traitement : le traitement de substitution sur une période.

report-treatment = Traitement de substitution : personnes en traitement, inductions, rétention, doses, doses manquées, épisodes TDI
report-persons-in-treatment = Personnes en traitement de substitution (une prescription en cours)
report-inductions = Nouvelles inductions (première dose, ou première dose après 5 jours ou plus sans dose)
report-retention = Rétention des personnes qui ont commencé pendant la période
report-retention-share = Part encore en traitement, parmi celles qui sont mesurables (%)
report-retention-by-sex = Encore en traitement, par sexe (% de celles qui sont mesurables)
report-retention-by-band = Encore en traitement, par tranche d'âge au début (% de celles qui sont mesurables)
report-doses = Doses données (non annulées)
report-missed-dose-episodes = Épisodes de doses manquées (jours manqués atteignant le seuil de suspension)
report-tdi-episodes = Épisodes TDI ouverts, et la part de leurs items encore inconnus
report-col-after-3-months = après 3 mois
report-col-after-6-months = après 6 mois
report-col-after-12-months = après 12 mois
report-row-still-in-treatment = encore en traitement
report-row-no-longer-in-treatment = plus en traitement
report-row-not-yet-measurable = pas encore mesurable
report-row-started = ont commencé le traitement
report-col-started = ont commencé
report-col-share-still = encore en traitement (%)
report-col-episodes = épisodes
report-col-share-unknown = items inconnus (%)

# Le rapport TDI : les tableaux agrégés de l'indicateur de demande de traitement.

report-tdi = TDI : les tableaux agrégés des épisodes commencés pendant la période
report-tdi-centre-status-sex = Épisodes TDI selon le type de centre, le traitement antérieur et le sexe
report-tdi-primary-drug = Épisodes TDI par produit principal
report-tdi-ages = Âge au début et à la première consommation, par produit principal
report-tdi-injecting-years = Années depuis la première injection, par produit principal
report-tdi-referral = Épisodes TDI selon qui a adressé la personne
report-tdi-living-with = Épisodes TDI selon avec qui la personne vit
report-tdi-living-with-children = Épisodes TDI selon la vie avec des enfants
report-tdi-living-where = Épisodes TDI selon le lieu de vie
report-tdi-education = Épisodes TDI selon la scolarité
report-tdi-labour = Épisodes TDI selon la situation de travail
report-tdi-route = Épisodes TDI selon le mode de consommation du produit principal
report-tdi-frequency = Épisodes TDI selon la fréquence de consommation, 30 derniers jours
report-tdi-polydrug = Épisodes TDI selon la polyconsommation problématique
report-tdi-ost = Épisodes TDI selon le traitement de substitution (OST)
report-tdi-ost-years = Années depuis le premier traitement de substitution (OST), pour qui en a eu un, par le passé ou en ce moment
report-tdi-secondary-drugs = Épisodes TDI par autre produit cité
report-tdi-injecting = Personnes selon l'injection (chaque personne une fois)
report-tdi-sharing = Personnes qui ont injecté, selon le partage d'aiguilles ou de seringues (chaque personne une fois)
report-tdi-testing = Personnes selon le test VIH et le test VHC (chaque personne une fois)
report-col-persons = personnes
report-col-hiv = test VIH
report-col-hcv = test VHC
report-col-age-start-n = âge au début : N
report-col-age-start-mean = âge au début : moyenne
report-col-age-start-sd = âge au début : écart type
report-col-first-use-n = âge à la première consommation : N
report-col-first-use-mean = âge à la première consommation : moyenne
report-col-first-use-sd = âge à la première consommation : écart type
report-col-years-n = années : N
report-col-years-mean = années : moyenne
report-col-years-sd = années : écart type
