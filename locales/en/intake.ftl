## Walk-in intake: search, register, visits, the person form, and the person commands.

intake-registered-count =
    { $count ->
        [one] { $count } person in the register
       *[other] { $count } people in the register
    }
intake-loading = Loading the register…
intake-col-code = Code
intake-col-name = Name
intake-col-born = Born
intake-col-languages = Lang.
intake-col-last-visit = Last visit
intake-empty-hint = Type a few letters of a name, an alias or a code; a year narrows (moh 1987). Nothing is required: Alt+A registers an anonymous walk-in.
intake-none = Nobody found for “{ $query }”.
intake-none-hint = Alt+N registers a new person with what you typed; Alt+A registers an anonymous walk-in.
intake-anonymous = anonymous
intake-visit-recorded = Visit recorded: { $code } { $name }
intake-registered = Registered { $code } { $name }; visit recorded.
intake-registered-anonymous = Anonymous walk-in registered as { $code }; visit recorded.
intake-updated = Changes to { $code } saved.
hint-visit = Visit
hint-new-person = New
hint-anonymous = Anonymous
hint-edit = Edit
hint-save = Save
hint-next-field = Next field
hint-cancel = Cancel
help-action-visit = Record a visit of the selected person
help-action-new-person = Register a new person with what was typed
help-action-anonymous = Register an anonymous walk-in (code only) and record the visit
help-action-edit = Edit the selected person
help-action-save = Save the form
help-action-next-field = Next field
help-action-prev-field = Previous field
help-action-cancel = Cancel; nothing is saved
form-title-new = New person: every field is optional
form-title-edit = Edit { $code }
form-duplicates = Already registered? Esc, then choose in the list:
form-sex-hint = Space to change
field-given-name = Given name(s)
field-family-name = Family name
field-alias = Alias, street name
field-birth = Born (year or date)
field-sex = Sex
field-languages = Languages spoken
field-phone = Phone
field-niss = National or BIS number
field-nationality = Nationality
field-commune = Commune, or “nfa”
sex-unknown = —
sex-not-said = not said
sex-f = woman
sex-m = man
sex-x = other
field-error-too-long = { $field }: too long (at most { $max } characters).
field-error-birth-shape = { $field }: write the year (1987), the month (05/1987) or the date (25/05/1987).
field-error-birth-impossible = { $field }: this date does not exist: { $day }/{ $month }/{ $year }.
field-error-birth-range = { $field }: the date is in the future or more than 120 years ago.
field-error-niss-length = { $field }: a national or BIS number has 11 digits.
field-error-niss-month = { $field }: the month part is not possible (01–12, 00, or 21–32 / 41–52 for BIS).
field-error-niss-day = { $field }: the day part is not possible.
field-error-niss-checksum = { $field }: the check digits do not match; a digit was probably mistyped.
field-error-language = { $field }: this language is not known; write its name (Arabic, Tigrinya, Somali…) or its code (ar, ti, so), separated by commas.
field-error-phone = { $field }: only digits, spaces and + . / - ( ).
person-added = Registered { $code } { $name }
person-find-none = Nobody found for “{ $query }”.
person-merged = { $other } merged into { $keep } (merge { $id }). To undo: seuil person unmerge { $id }
person-unmerged = Merge { $id } undone: { $keep } and { $other } are separate records again.
person-not-same = Noted: { $a } and { $b } are different people; they will not be proposed as duplicates again.
person-error-unknown-code = No person has the code { $code }. Look it up with “seuil person find”.
person-error-unknown-merge = There is no merge number { $id }.
person-error-same-record = A record cannot be merged with itself.
person-error-already-merged = { $code } was already merged into another record; use that one.
person-error-marked-not-same = { $a } and { $b } were marked as different people; they are not merged.
person-error-already-undone = Merge { $id } was already undone.
person-error-later-merge = { $code } was merged again after merge { $id }; undo that later merge first.
generate-done = { $persons } persons and { $visits } visits created in { $seconds } s.
hint-merge = Merge
help-action-merge = Mark for merging; on a second record, compare and merge
hint-confirm-merge = Merge
help-action-confirm-merge = Merge the two records
hint-not-same = Not the same person
help-action-not-same = Remember that these are two different people
intake-merge-marked = { $code } marked. Choose the record to keep, then Alt+M again.
intake-merged = { $other } merged into { $keep } (merge { $id }). Alt+U undoes it.
intake-unmerged = Merge { $id } undone: the two records are separate again.
intake-not-same = Noted: { $a } and { $b } are different people; never proposed again.
merge-title = Same person?
merge-keep = Record that stays:
merge-other = Record merged into it:
merge-question = Merge { $other } into { $keep }? Visits move over; Alt+U undoes it.
export-title = Everything seuil holds about { $code }
export-section-record = Record
export-section-visits = Visits
export-section-tickets = Tickets
export-section-appointments = Appointments
export-section-coverage = Coverage
export-section-free-care = Free care
export-section-changes = Changes
export-section-merges = Merges
export-none = nothing
intake-matched-count =
    { $count ->
        [one] { $count } person found
       *[other] { $count } people found
    }
intake-matched-more = { $shown } of { $count } · narrow it
intake-near-count =
    { $count ->
        [one] ≈ { $count } close name, none exact
       *[other] ≈ { $count } close names, none exact
    }
person-find-near = Nobody matches “{ $query }” word for word; these are the closest (≈). Check them before registering a new record.
person-find-more = { $shown } shown of { $total } found; add a word or the birth year, or use --limit.
search-keys-rebuilding = Updating the search keys

route-new-person = New registration
route-coverage-chosen = Coverage: { $route } (saved with the registration)
intake-registered-joined = Registered { $code } { $name }; ticket { $ticket }: { $service }.
intake-registered-anonymous-joined = Anonymous walk-in registered as { $code }; ticket { $ticket }: { $service }.
intake-visit-removed = Visit taken back: { $code } { $name }
person-error-visit-not-yours = This visit can no longer be taken back: only whoever recorded it can, on the same day.
person-error-visit-has-ticket = This visit has ticket { $ticket }: take the ticket out of the queue first (left unseen).
help-action-undo = Undo the last merge or visit recorded at this desk
intake-position = { $at }/{ $shown }

## A person's export: the words of each value
export-pair = { $label }: { $value }
export-registered = Record created on { $at } by { $by }
export-col-arrived = arrived
export-col-left = left
export-col-desk = desk
export-col-by = by
export-col-ticket = ticket
export-col-service = service
export-col-day = day
export-col-priority = priority
export-col-status = state
export-col-called = called
export-col-started = started
export-col-finished = finished
export-col-room = room
export-col-time = time
export-col-duration = length
export-col-worker = worker
export-col-updated = updated
export-col-written = written
export-col-partner = partner
export-col-reason = reason
export-col-urgency = urgency
export-col-appointment = appointment
export-col-low-income = low income
export-col-free-from = free care since
export-col-free-review = to review by
export-change = { $field }: { $old } → { $new }
export-merge = record { $merged } merged into { $kept }
export-merge-undone = merge undone on { $at }
export-yes = yes
export-no = no
export-urgent = urgent
export-not-urgent = not urgent
export-minutes = { $minutes } min
export-no-fixed-address = no fixed address
field-error-birth-no-such-month = { $field }: this month does not exist: { $month }/{ $year }.
form-warning-niss-birth = The national number gives { $niss } as the birth, not { $birth }. Correct one of them, or press Enter again to keep what is written.
intake-keep-typing = A year is four digits (1987); or type a name, a nickname or a code.

## Intercultural mediation: marking a person, their record, their export.

help-action-mark-mediation = Ask for an intercultural mediator in the person's first language; again: their next language, then none
mediation-no-languages = To ask for a mediator, first write down the languages of { $code } in their record (Alt+E).
mediation-marked = { $name } ({ $code }) needs a mediator (language: { $lang }). Alt+I again: another of their languages, or none.
mediation-unmarked = { $name } ({ $code }) no longer needs a mediator.
mediation-tag = [mediation { $lang }]
mediation-tag-joined = [mediation { $lang }: { $names }]
route-mediation = Intercultural mediation: { $lang } (Alt+I)
route-mediation-none = Intercultural mediation: not asked for (Alt+I)
export-section-mediation-need = Intercultural mediation
export-section-mediations = Consultations with a mediator
export-col-language = language
export-col-marked = asked on
export-col-joined = joined on
export-col-mediator = mediator
mediation-error-language = "{ $code }" is not a known language; write its name (Arabic, Tigrinya…) or its code (ar, ti, so…).
person-edited = { $code } { $name }: { $count ->
    [0] nothing changed
    [one] one field corrected, kept in the record's history
   *[other] { $count } fields corrected, kept in the record's history
}
person-edit-nothing = Say what changes: --name, --alias, --born, --phone, --commune or --lang.
