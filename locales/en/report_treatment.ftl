# report_treatment: messages of the reports (one file per area).
# The treatment report: substitution treatment over a period.

report-treatment = Substitution treatment: persons in treatment, inductions, retention, doses, missed doses, TDI episodes
report-persons-in-treatment = Persons in substitution treatment (a prescription running)
report-inductions = New inductions (first dose, or first dose after 5 days or more without one)
report-retention = Retention of the persons who started in the period
report-retention-share = Share still in treatment, of those measurable (%)
report-retention-by-sex = Still in treatment, by sex (% of those measurable)
report-retention-by-band = Still in treatment, by age band at the start (% of those measurable)
report-doses = Doses given (not reversed)
report-missed-dose-episodes = Missed-dose episodes (missed days reaching the withholding threshold)
report-tdi-episodes = TDI episodes opened, and the share of their items still unknown
report-col-after-3-months = after 3 months
report-col-after-6-months = after 6 months
report-col-after-12-months = after 12 months
report-row-still-in-treatment = still in treatment
report-row-no-longer-in-treatment = no longer in treatment
report-row-not-yet-measurable = not yet measurable
report-row-started = started treatment
report-col-started = started
report-col-share-still = still in treatment (%)
report-col-episodes = episodes
report-col-share-unknown = items unknown (%)

# The TDI report: the aggregate tables of the Treatment Demand Indicator.

report-tdi = TDI: the aggregate tables of the episodes started in the period
report-tdi-centre-status-sex = TDI episodes by type of centre, treatment status and sex
report-tdi-primary-drug = TDI episodes by main drug
report-tdi-ages = Age at start and at first use, by main drug
report-tdi-injecting-years = Years since first injection, by main drug
report-tdi-referral = TDI episodes by source of referral
report-tdi-living-with = TDI episodes by whom the person lives with
report-tdi-living-with-children = TDI episodes by living with children
report-tdi-living-where = TDI episodes by where the person lives
report-tdi-education = TDI episodes by education
report-tdi-labour = TDI episodes by labour status
report-tdi-route = TDI episodes by usual route of the main drug
report-tdi-frequency = TDI episodes by frequency of use, last 30 days
report-tdi-polydrug = TDI episodes by polydrug problem
report-tdi-ost = TDI episodes by substitution treatment (OST) status
report-tdi-ost-years = Years since first substitution treatment (OST), of those treated before or now
report-tdi-secondary-drugs = TDI episodes by other drug named
report-tdi-injecting = Persons by injecting (each person once)
report-tdi-sharing = Persons who injected, by needle or syringe sharing (each person once)
report-tdi-testing = Persons by HIV and HCV testing (each person once)
report-col-persons = persons
report-col-hiv = HIV test
report-col-hcv = HCV test
report-col-age-start-n = age at start: N
report-col-age-start-mean = age at start: mean
report-col-age-start-sd = age at start: SD
report-col-first-use-n = age at first use: N
report-col-first-use-mean = age at first use: mean
report-col-first-use-sd = age at first use: SD
report-col-years-n = years: N
report-col-years-mean = years: mean
report-col-years-sd = years: SD
