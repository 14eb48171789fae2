# TDI: treatment episodes for the Treatment Demand Indicator (Sciensano register).

## The items, in the questionnaire's order

tdi-item-centre-type = Type of centre
tdi-item-started = Start of the episode
tdi-item-status = Treated before
tdi-item-referral = Referred by
tdi-item-niss = National or BIS number
tdi-item-sex = Sex
tdi-item-birth-year = Year of birth
tdi-item-living-with = Lives with
tdi-item-living-with-children = Lives with children
tdi-item-living-where = Where they live
tdi-item-nationality = Nationality
tdi-item-labour = Work
tdi-item-education = Education
tdi-item-primary-drug = Main drug
tdi-item-route = Usual route (main drug)
tdi-item-frequency = How often, last 30 days
tdi-item-first-use-age = Age at first use
tdi-item-secondary-drug-1 = Other drug 1
tdi-item-secondary-drug-2 = Other drug 2
tdi-item-secondary-drug-3 = Other drug 3
tdi-item-secondary-drug-4 = Other drug 4
tdi-item-polydrug = Polydrug problem
tdi-item-injecting = Injecting
tdi-item-first-injection-age = Age at first injection
tdi-item-sharing = Sharing needles or syringes
tdi-item-hiv-test = HIV test
tdi-item-hcv-test = Hepatitis C test
tdi-item-ost = Opioid substitution treatment
tdi-item-ost-first-year = Year of first substitution treatment
tdi-item-centre-unit = Unit or antenna of the centre

## The answers

tdi-unknown = Unknown
tdi-yes = Yes
tdi-no = No
tdi-no-niss = Has no national or BIS number
tdi-not-asked = not asked
tdi-answer = { $words } ({ $code })
tdi-centre-1 = Outpatient treatment centre
tdi-centre-2 = Inpatient treatment centre
tdi-centre-3 = Treatment unit in prison
tdi-centre-4 = General practitioner
tdi-centre-5 = Low-threshold agency
tdi-centre-6 = Other type of centre
tdi-status-1 = Never treated before
tdi-status-2 = Treated before
tdi-referral-1 = Court, probation or police
tdi-referral-2 = General practitioner
tdi-referral-3 = Another drug treatment centre
tdi-referral-4 = Another health, medical or social service
tdi-referral-5 = School or educational service
tdi-referral-6 = Self, family or friends
tdi-referral-7 = Other referral
tdi-sex-1 = Male
tdi-sex-2 = Female
tdi-living-with-1 = Alone
tdi-living-with-2 = With parents or family of origin
tdi-living-with-3 = With a partner or children
tdi-living-with-4 = With friends or others
tdi-living-with-5 = In detention
tdi-living-with-6 = In an institution or shelter
tdi-living-with-7 = Other living arrangement
tdi-living-where-1 = Stable housing
tdi-living-where-2 = Unstable housing or homeless (squat, shelter)
tdi-living-where-3 = In detention
tdi-living-where-4 = Other place
tdi-labour-1 = Works now and then
tdi-labour-2 = Works regularly
tdi-labour-3 = Student
tdi-labour-4 = Unemployed
tdi-labour-5 = Benefits, pension, home-maker or disabled
tdi-labour-6 = Other situation
tdi-education-1 = Never went to school
tdi-education-2 = Primary school
tdi-education-3 = Secondary school
tdi-education-4 = Higher education
tdi-drug-none = No other drug
tdi-drug-1 = Opioids
tdi-drug-1-1 = Heroin
tdi-drug-1-2 = Methadone, outside a prescription
tdi-drug-1-3 = Buprenorphine, outside a prescription
tdi-drug-1-4 = Fentanyl, outside a prescription
tdi-drug-1-5 = Other opioids (tramadol…)
tdi-drug-2 = Cocaine
tdi-drug-2-1 = Cocaine powder
tdi-drug-2-2 = Crack
tdi-drug-2-3 = Other cocaine
tdi-drug-3 = Other stimulants
tdi-drug-3-1 = Amphetamines
tdi-drug-3-2 = Methamphetamine
tdi-drug-3-3 = MDMA, ecstasy
tdi-drug-3-4 = Synthetic cathinones
tdi-drug-3-5 = Other stimulants (one named)
tdi-drug-4 = Sleeping pills and sedatives
tdi-drug-4-1 = Barbiturates
tdi-drug-4-2 = Benzodiazepines
tdi-drug-4-3 = GHB or GBL
tdi-drug-4-4 = Other sedatives (pregabalin…)
tdi-drug-5 = Hallucinogens
tdi-drug-5-1 = LSD
tdi-drug-5-2 = Ketamine
tdi-drug-5-3 = Other hallucinogens
tdi-drug-6 = Volatile inhalants (solvents, glue)
tdi-drug-7 = Cannabis
tdi-drug-7-1 = Cannabis, herb or resin
tdi-drug-7-2 = Synthetic cannabinoids
tdi-drug-7-3 = Other cannabis
tdi-drug-8 = Alcohol
tdi-drug-9 = Other substance
tdi-route-1 = Injects
tdi-route-2 = Smokes or inhales
tdi-route-3 = Eats or drinks
tdi-route-4 = Sniffs
tdi-route-5 = Other route
tdi-frequency-1 = Every day
tdi-frequency-2 = 4 to 6 days a week
tdi-frequency-3 = 2 to 3 days a week
tdi-frequency-4 = Once a week or less
tdi-frequency-5 = Not used in the last 30 days
tdi-inject-1 = Never
tdi-inject-2 = Yes, but when is not known
tdi-inject-2-1 = Yes, not in the last 12 months
tdi-inject-2-2 = Yes, in the last 12 months but not the last 30 days
tdi-inject-2-3 = Yes, in the last 30 days
tdi-inject-3 = Does not want to say
tdi-test-1 = Never tested
tdi-test-2 = Tested, but when is not known
tdi-test-2-1 = Tested, not in the last 12 months
tdi-test-2-2 = Tested in the last 12 months
tdi-test-3 = Does not want to say
tdi-ost-1 = Never
tdi-ost-2 = Before, not now
tdi-ost-3 = Now

## Refusals

tdi-error-item = “{ $item }” is not a TDI item. “seuil tdi codes” lists them.
tdi-error-code = { $item }: “{ $value }” is not one of its answers. Answers: { $codes }, or 99 when unknown.
tdi-error-year = { $item }: “{ $value }” is not a year from 1900 to { $max }. Write four digits, or 99 when unknown.
tdi-error-age = { $item }: “{ $value }” is not an age in years. Write a number, or 99 when unknown.
tdi-error-country = { $item }: “{ $value }” is not a country code. Write its two letters (BE, MA, ER…), or 99 when unknown.
tdi-error-niss = { $item }: “{ $value }” is not a valid national or BIS number; check the digits. Write “none” when the person has none, or 99 when unknown.
tdi-error-text = { $item }: at most { $max } characters, on one line.
tdi-error-unknown-episode = There is no TDI episode { $id }. “seuil tdi show PERSON” lists a person's episodes.
tdi-error-same-day = { $code } already has an episode starting { $date }: complete that one with “seuil tdi set”.
tdi-error-future = An episode cannot start after today ({ $date }). Check the date.
tdi-error-write = Could not write { $path }: { $reason }. Nothing was written; choose another place.

## When a new episode is proposed

tdi-due-starting = New episode proposed: starting treatment here (no earlier episode).
tdi-due-returning = New episode proposed: back after six months or more without contact (last contact { $last }).
tdi-due-none = No new episode proposed: the person's last episode or contact is less than six months old.
tdi-open-not-due = Note: no new episode was proposed for this person (contact in the last six months). Opened as asked.

## Command line

tdi-opened = Episode { $id } opened for { $code }.
tdi-saved = Episode { $id } saved.
tdi-episode-head = Episode { $id } · { $code } · started { $date }
tdi-line = { $label }: { $value }
tdi-still-unknown = Still unknown ({ $count }): { $items }
tdi-no-episodes = { $code } has no TDI episode.
tdi-exported = { $count ->
    [one] One episode of { $year } written to { $path }.
   *[other] { $count } episodes of { $year } written to { $path }.
}
tdi-checklist-head = TDI { $year }: { $count ->
    [one] one episode
   *[other] { $count } episodes
}, due at Sciensano by { $due }.
tdi-checklist-line = Episode { $id } · { $code } · { $date } — { $state }
tdi-checklist-complete = complete
tdi-sheet-saved = TDI sheet written to { $path }.

cli-cmd-tdi = TDI treatment episodes (the Sciensano register)
cli-cmd-tdi-open = Open a treatment episode for a person; every item may stay unknown (99)
cli-cmd-tdi-show = A person's episodes, and whether a new one is proposed
cli-cmd-tdi-set = Complete or correct an episode later
cli-cmd-tdi-export = Write the episodes started in a year as CSV, with the EMCDDA codes
cli-cmd-tdi-checklist = The episodes of a year and the items still unknown, before 31 March
cli-cmd-tdi-sheet = Write the printable TDI sheet of an episode as PDF
cli-cmd-tdi-codes = The items and their answers, with their codes
cli-arg-date = Start of the episode (otherwise today)
cli-arg-episode = Episode number
cli-arg-year = Year (four digits)
cli-arg-csv = CSV file to write
cli-arg-item = An item (its flag, for example primary-drug); all when left out
cli-arg-tdi-item = { $item } (codes { $codes }; 99 unknown; or the answer in words)
cli-arg-tdi-pdf = PDF file to write

## The sheet

tdi-sheet-title = TDI sheet — treatment episode
tdi-sheet-episode = Episode { $id } · person { $code }
tdi-sheet-note = In the order of the Sciensano questionnaire; the code of each answer is in brackets.
tdi-sheet-line = { $n }. { $label }: { $value }
tdi-sheet-coded = { $n }. { $label }: { $value } ({ $code })
tdi-sheet-age-band = Age band at the start: { $band }
tdi-sheet-footer = Opened { $opened } by { $by } · printed { $printed }

## The desk's form

tdi-form-title = TDI episode — { $code } { $name }
tdi-form-earlier = { $count ->
    [one] One earlier episode here.
   *[other] { $count } earlier episodes here.
}
tdi-form-keys = ←→ or letters: choose · Del: unknown · Ctrl+S also saves
tdi-form-saved = TDI episode { $id } saved for { $code }.
help-action-tdi = Open the TDI form (a new treatment episode)
help-action-tdi-save = Save the TDI episode
hint-tdi = TDI
tdi-form-completing = This completes the person's latest episode: the answers given are shown; Enter keeps the changes.
