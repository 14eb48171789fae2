# The dispensary: today's list and a person's dose screen.

tab-treatment = Doses

## Keys

help-action-open-dose = Open the person's dose screen
hint-open-dose = Dose
help-action-dose-give = Confirm today's dose, taken here
hint-dose-give = Give
help-action-dose-take-home = Take-home dose: then the number of days (1 to 7)
hint-dose-take-home = Take home
help-action-dose-withhold = Withhold today's dose, with the reason
hint-dose-withhold = Withhold
help-action-dose-decide = Write down the prescriber's decision
hint-dose-decide = Decision
help-action-dose-prescribe = Enter a new prescription
hint-dose-prescribe = Prescription
help-action-dose-vomited = Today's dose was vomited
help-action-dose-refused = The person refuses today's dose
help-action-dose-reverse = Take back the last thing recorded today (asks first)
help-action-dose-close = Back to the list, or to where the screen was opened from
help-action-take-home-days = The number of days to take home
hint-take-home-days = Days
help-action-withhold-reason = Choose the reason
help-action-withhold-confirm = Record the dose as withheld, with this reason
help-action-reverse-confirm = Yes, take it back
hint-reverse-confirm = Take back

## Today's list

dispensary-list-title = Dispensary today
dispensary-dosed-count = { $count ->
    [0] nobody has had their dose yet
    [one] one person has had their dose
   *[other] { $count } people have had their dose
}
dispensary-list-empty = Nobody in the dispensary queue today. A person's dose screen also opens from their page (g).
dispensary-col-today = Today
dispensary-dosed-tag = [dosed]
dispensary-not-dosed = not yet

## The dose screen

dispensary-reading = Reading the chart…
dispensary-prescription = { $product } { $mg } mg a day, from { $from } to { $until }
dispensary-prescription-by = Prescriber: { $prescriber } · take-home: { $days ->
    [0] never
    [one] 1 day at most
   *[other] { $days } days at most
}
dispensary-no-current = No prescription running.
dispensary-due = Today's dose: { $mg } mg. Enter confirms it, taken here.
dispensary-due-by-decision = Today's dose: { $mg } mg, set by the prescriber's decision. Enter confirms it, taken here.
dispensary-missed = { $missed ->
    [0] No missed days
    [one] 1 missed day
   *[other] { $missed } missed days
}
dispensary-take-homes-up-to = take-home: up to { $days ->
    [one] 1 day
   *[other] { $days } days
}
dispensary-take-homes-none = no take-home today
dispensary-back-on = Due back on { $day }
dispensary-mg = { $mg } mg
dispensary-last-doses = Last doses
dispensary-no-doses = No dose in the last two weeks.
dispensary-decision-mg = , restart at { $mg } mg
dispensary-last-decision = Decision of { $day } ({ $prescriber }): { $decision }{ $mg }
dispensary-tag-reversed = [taken back]
dispensary-tag-later = [entered later]
dispensary-ask-days = For how many days? Type 1 to { $days } (Esc: nothing is written).
dispensary-ask-reverse = Take back the last thing recorded today for this person? Enter: yes · Esc: no.
dispensary-ask-reason = Why is the dose withheld?
dispensary-reason-intoxicated = person intoxicated
dispensary-reason-prescriber = decided by the prescriber
dispensary-reason-other = another reason
dispensary-reason-needed = Write the reason, or choose one from the list.

## The forms

dispensary-decision-title = Prescriber's decision for { $code }
dispensary-decision-hint = { $missed ->
    [0] No missed days.
    [one] 1 missed day.
   *[other] { $missed } missed days.
} The restart dose is needed when the missed days call for it.
dispensary-prescription-title = New prescription for { $code }
dispensary-prescription-hint = Dates like { $today }; with no end date, the prescription runs as long as allowed. ←→ chooses the product.
dispensary-field-prescriber = Prescriber
dispensary-field-decision = Decision
dispensary-field-restart-mg = Restart dose (mg)
dispensary-field-product = Product
dispensary-field-mg = Daily dose (mg)
dispensary-field-starts = From
dispensary-field-ends = Until (optional)
dispensary-field-take-home-days = Take-home days (0 to 7)
dispensary-field-note = Note
dispensary-error-product = Choose the product (←→).
dispensary-error-days = Take-home days are a number from 0 to { $ceiling }.

## What was recorded

dispensary-recorded-given = Dose recorded: { $mg } mg taken here.
dispensary-recorded-take-home = Dose recorded: { $mg } mg a day taken home for { $days ->
    [one] 1 day
   *[other] { $days } days
}.
dispensary-recorded-vomited = Recorded: dose vomited ({ $mg } mg). It is given again only on the prescriber's decision (d).
dispensary-recorded-refused = Recorded: the person refused the dose.
dispensary-recorded-withheld = Recorded: dose withheld.
dispensary-reversed = Taken back: { $rows ->
    [one] 1 row reversed
   *[other] { $rows } rows reversed
}; the register gets the medicine back.
dispensary-decided = Prescriber's decision recorded.
dispensary-prescribed = Prescription recorded: { $mg } mg a day.
help-action-dose-labels = Reprint the labels of the take-home just handed over
help-action-register = Open the controlled-drug register (stock, daily balance, batches received)
dispensary-tdi-starting = No TDI episode is recorded for this person yet: one is opened at the start of a treatment. t opens the form.
dispensary-tdi-returning = A new TDI episode is to be opened: back after six months or more (last contact { $day }). t opens the form.
