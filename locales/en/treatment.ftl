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
treatment-error-product = “{ $product }” is not on the product list. The products: seuil treatment products.
stock-refused-expired = Batch { $lot } of { $product } expired on { $day } and no other batch is in date: record a new batch received before dispensing.
stock-refused-not-enough = { $left } mg of { $product } left in batches in date, { $needed } needed: record a batch received, or correct the register.
