# Substitution treatment: prescriptions, doses, prescribers' decisions.

audit-prescription-insert = recorded a prescription
audit-dose-insert = recorded a dose
audit-decision-insert = recorded a prescriber's decision
audit-product-update = changed the product list
audit-stock-update = wrote in the controlled-drug register
audit-tdi-insert = opened a TDI episode
audit-tdi-update = completed a TDI episode

## Products

product-methadone-syrup = methadone syrup
product-methadone-capsule = methadone capsules
product-buprenorphine = buprenorphine
product-buprenorphine-naloxone = buprenorphine-naloxone
product-morphine-sr = slow-release morphine

## What happened to the day's dose

dose-outcome-given = given, supervised
dose-outcome-take-home = take-home
dose-outcome-vomited = vomited
dose-outcome-refused = refused
dose-outcome-withheld = withheld
dose-outcome-reversal = reversed

## Why a dose is not given, and what to do

dose-refused-no-prescription = No prescription for this person. Enter the prescriber's order first.
dose-refused-not-started = The prescription only starts on { $day }. No dose before then; ask the prescriber if one is needed today.
dose-refused-expired = The prescription ended on { $day }. A new order from the prescriber is needed before any dose.
dose-refused-already = The dose for { $day } is already recorded ({ $outcome }). Never two doses on one day; if it was a mistake, reverse it (Alt+U) and record the right one.
dose-refused-future = { $day } is still to come: only today's dose or an earlier day's is recorded.
dose-refused-withhold = { $missed } days missed in a row: the dose is withheld until the prescriber decides. Call them, then record the decision (d).
dose-refused-see-prescriber = { $missed } days missed in a row: the prescriber must see the person and set a lower restart dose. Record the decision with the dose (d).
dose-refused-induction = { $missed } days missed in a row: this is a new induction. The prescriber sets the restart dose; record the decision with the dose (d).
dose-refused-vomited = Today's dose was vomited: it is given again only on the prescriber's word. Record the decision (d).
dose-refused-take-homes-suspended = No take-home: { $missed } day(s) missed since the prescriber's last decision. Give the dose supervised, or record a decision first (d).
dose-refused-take-homes-not-prescribed = The prescription allows no take-home: the dose is taken here.
dose-refused-take-homes-schedule = { $asked } take-home days asked for; the prescription allows { $allowed } at most.
dose-refused-take-homes-ceiling = { $asked } take-home days: the law limits one delivery to { $ceiling } days.
dose-refused-take-homes-end = The prescription ends on { $day }: no take-home beyond it. A new order is needed.
dose-refused-take-homes-none = Say for how many days (1 to 7).
dose-refused-above = { $asked } mg is more than the dose due ({ $due } mg). A dose changes only with a new prescription.
dose-refused-nothing = A dose of 0 mg is no dose: give the dose due, or record it as refused or withheld.
dose-refused-raced = Another desk has just recorded this dose. Nothing was written here; the screen shows the recorded dose.
dose-reverse-nothing = Nothing to reverse: only what was recorded today for this person can be.
prescription-refused-ends-before-start = The prescription ends before it starts: check the order's dates.
prescription-refused-too-long = { $days } days: a prescription covers at most { $allowed } days. Enter what follows as a new prescription when it comes.
prescription-refused-dose = The daily dose must be a number of mg above 0 (for example 60 or 2.5).
decision-refused-above = The restart dose ({ $asked } mg) is above the prescription ({ $prescribed } mg). Raising it takes a new prescription.
decision-refused-dose-needed = { $missed } days missed: the decision must set the restart dose (in mg).
decision-refused-no-prescriber = Give the name of the prescriber who decided.
treatment-error-product = “{ $product }” is not on the product list. The products: seuil stock products.
stock-refused-expired = Batch { $lot } of { $product } expired on { $day } and no other batch is in date: record a new batch received before dispensing.
stock-refused-not-enough = { $left } mg of { $product } left in batches in date, { $needed } needed: record a batch received, or correct the register.

## The command line

cli-cmd-treatment = Substitution treatment: prescriptions, the day's dose, prescribers' decisions
cli-cmd-treatment-prescribe = Enter a prescriber's order (a dose changes only with a new prescription)
cli-cmd-treatment-dose = Record today's dose (given supervised unless said otherwise)
cli-cmd-treatment-decide = Record a prescriber's decision after missed days or a vomited dose
cli-cmd-treatment-reverse = Take back today's last dose record of the person (a mistake)
cli-cmd-treatment-show = The current prescription, today's dose or why not, missed days, the last doses
cli-cmd-treatment-thresholds = The centre's missed-day thresholds; give a value to change one
cli-arg-product = Product: methadone-syrup, methadone-capsule, buprenorphine, buprenorphine-naloxone, morphine-sr, or one the centre added
cli-arg-prescribed-mg = Daily dose in mg
cli-arg-from = First day
cli-arg-until = Last day (at most 14 days after the first; that long when not given)
cli-arg-prescriber = Name of the prescriber
cli-arg-take-home-days = Most days one delivery may cover (0: supervised every day; at most 7)
cli-arg-note = Note
cli-arg-take-home = Hand over the doses of this many days at once, today's included
cli-arg-outcome = What happened: given, vomited, refused or withheld
cli-arg-on = The day the dose was for, when entered later from paper (never a day to come)
cli-arg-dose-mg = Less than the dose due, when the person asks for less
cli-arg-dose-reason = Why (withheld: intoxicated, decided by the prescriber…)
cli-arg-restart-mg = The dose to give from now on, in mg (needed after 4 missed days)
cli-arg-decision = What the prescriber decided
cli-arg-withhold-after = Missed days from which the dose waits for a prescriber's decision (3)
cli-arg-see-prescriber-after = Missed days from which the prescriber sees the person and sets the dose (4)
cli-arg-induction-after = Missed days from which it is a new induction (5)
cli-arg-suspend-take-homes-after = Missed days that suspend take-homes until a decision (1)
cli-arg-prescription-days = Longest a prescription runs, in days (14)
treatment-error-product-list = “{ $product }” names no product, or several. The products: { $products }.
treatment-prescribed = Prescription { $id } for { $code }: { $product } { $mg } mg a day, from { $from } to { $until }, take-home up to { $takehome } day(s), prescriber { $prescriber }.
treatment-dosed = { $code }: { $product } { $mg } mg, { $outcome }, { $from } – { $until } ({ $days } day(s)); missed days before it: { $missed }.
treatment-decided = Decision recorded for { $code } (prescriber { $prescriber }); dose from now on: { $mg } mg.
treatment-reversed = { $code }: { $count } record(s) reversed; the rows are kept with their reversal.
treatment-thresholds = Withheld from { $withhold } missed days, prescriber from { $see }, new induction from { $induction }; take-homes suspended from { $suspend }; a prescription runs at most { $days } days.
treatment-no-current = { $code } has no prescription running today.
treatment-due = Today's dose: { $mg } mg.
treatment-missed = Missed days before today: { $missed }.
treatment-back-on = Due back on { $day }.

## The person's copy

export-section-prescriptions = Prescriptions
export-section-doses = Doses
export-section-decisions = Prescribers' decisions
export-section-tdi = TDI episodes
export-col-product = product
export-col-mg = mg
export-col-from = from
export-col-until = until
export-col-prescriber = prescriber
export-col-take-home-days = take-home days
export-col-outcome = what happened
export-col-decision = decision
export-col-tdi-items = TDI items (codes)
treatment-tdi-due = A new TDI episode is to be opened for { $code }: seuil tdi open { $code }
cli-cmd-treatment-guest = Let this site dose a person treated at another site, as agreed with that site
cli-arg-guest-from = First day this site may dose (today when not given)
cli-arg-guest-until = Last day this site may dose
treatment-guest-recorded = { $code } may be dosed here as a guest from { $from } to { $until }, as agreed with site { $home }.
dose-refused-guest = Prescribed at site { $home }: a dose here needs a guest arrangement agreed with that site (seuil treatment guest CODE --until DATE).
