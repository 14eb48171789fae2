# Staff, login, lock, audit, retention.

role-reception = Reception
role-nurse = Nurse
role-social = Social worker
role-mediator = Intercultural mediator
role-coordinator = Coordinator

setup-title = Welcome to seuil
setup-intro = This database is new. Give the centre's name, and its address and phone if you wish (they go on the letterhead of letters), and create the first coordinator account; the coordinator then creates the other accounts.
setup-site = Centre name
setup-pin-again = PIN again

login-title = Log in
login-name = Name
login-pin = PIN
login-checking = Checking…
login-refused = Name or PIN not recognised. Try again.
login-wait = Too many wrong PINs. Try again in { $seconds } s.

lock-title = Desk locked
lock-intro = Locked by { $name }. Type your name, then your PIN, to go on; someone else takes over the desk the same way.

staff-error-name = Type a name.
staff-error-pin = A PIN is 4 to 12 digits.
staff-error-pins-differ = The two PINs are not the same. Type it again.
staff-error-taken = { $name } already has an account.
staff-error-unknown = No account named { $name }.
staff-error-last-coordinator = The centre needs at least one active coordinator: create another one first.

draft-title = Unfinished form
draft-found = A form was left half-filled at this desk (last saved at { $time }):
draft-question = Enter: take it back · Esc: discard it

screen-not-for-role = This screen is not open to the role { $role }.
screen-not-for-role-detail = Ask a coordinator if you need it.

admin-section-services = Services
admin-section-staff = Staff
admin-section-audit = Audit trail
admin-section-retention = Retention

staff-col-name = Name
staff-col-role = Role
staff-col-language = Language
staff-col-state = State
staff-active = active
staff-inactive = disabled
staff-saved = Account saved.
staff-new-pin = New PIN
staff-form-help = Role: Space or ←→ to change. Leave the PIN empty to keep the current one.
form-title-staff-new = New account
form-title-staff-edit = Account of { $name }

audit-filter = Filter
audit-col-when = When
audit-col-who = Who
audit-col-what = What
audit-col-person = Person
audit-none = Nothing matches. Filter by a person code, a staff name or a day (23/11/2026), then Enter.
audit-exported = { $count ->
    [one] One line written to { $path }.
   *[other] { $count } lines written to { $path }.
}
audit-export-failed = Could not write { $path } ({ $detail }). Check the folder and the free space; nothing was lost.

retention-days = Days queue data is kept
retention-explain = Tickets, their calls and appointments older than this are removed by the purge. Visits stay: they belong to the care record. Printouts already printed or saved leave the print queue with them.
retention-preview = Queue data before { $day } that the purge would remove: tickets { $tickets }, appointments { $appointments }, printouts done { $printouts }.
retention-error-days = Give a number of days between 30 and 3650.
retention-purge-confirm = Press Del again to remove that data now. This cannot be undone.
retention-purged = Purge done. Removed: tickets { $tickets }, appointments { $appointments }, printouts done { $printouts }. Written in the audit trail.

hint-lock = Lock
help-action-lock = Lock the desk (person data hidden until a PIN)
hint-restore-draft = Take back
help-action-restore-draft = Take back the unfinished form
hint-drop-draft = Discard
help-action-drop-draft = Discard the unfinished form
hint-section = Section
help-action-admin-section = Next section of the Admin screen
help-action-edit-staff = Change the selected account
help-action-add-staff = Create an account
hint-toggle-staff = Enable/disable
help-action-toggle-staff = Enable or disable the selected account
hint-filter = Filter
help-action-audit-filter = Show the lines matching the filter
hint-export = Export
help-action-audit-export = Export the lines shown to a CSV file
help-action-retention-save = Save the number of days
hint-purge = Purge
help-action-purge = Remove queue data older than the retention

## Command line
cli-arg-key-file = Key file of an encrypted database (otherwise SEUIL_KEY_FILE, otherwise key_file in desk.toml)
cli-arg-new-key-file = File holding the new key (otherwise it is typed twice)
cli-arg-role = Role: reception, nurse, social, mediator, coordinator
cli-arg-language = Interface language of the account: fr, nl, en, ar, ti, pl
cli-arg-staff-name = Name of the staff member, as they will log in
cli-arg-audit-person = Only lines about this person (code)
cli-arg-staff = Only lines of this staff member
cli-arg-day = Only lines of this day (25/11/2026 or 2026-11-25)
cli-cmd-staff = Staff accounts
cli-cmd-staff-add = Create an account (the PIN is asked twice)
cli-cmd-staff-list = List the accounts
cli-cmd-audit = Audit trail: who did what, when, from which desk
cli-cmd-audit-list = Show lines of the audit trail
cli-cmd-audit-export = Write lines of the audit trail to a CSV file
cli-cmd-db-purge = Remove queue data older than the retention (asks for --yes)
cli-cancelled = Cancelled: nothing was changed.
staff-error-role = Unknown role “{ $role }”. Roles: reception, nurse, social, mediator, coordinator.
staff-error-language = Unknown language. Languages: fr, nl, en, ar, ti, pl.
staff-added = Account created: { $name } ({ $role }).
db-passphrase = Passphrase of the database:
db-new-passphrase = New passphrase (at least 8 characters):
db-new-passphrase-again = The same passphrase again:
db-passphrases-differ = The two passphrases are not the same. Nothing was changed.
db-key-needs-file = Without a terminal to type it, give the new key with --new-key-file PATH.
db-rekey-needs-key = To change the key, give the current one with --key-file (or SEUIL_KEY_FILE).
db-encrypt-plain-only = This database is opened with a key: it is already encrypted. To change its key, use “seuil db rekey”.
db-encrypt-done = { $path } is now encrypted. Keep the key safe: without it the data cannot be read, by anyone.
db-rekey-done = The key of { $path } was changed. Backups made before keep the old key.
db-purge-needs-yes = Nothing was removed. Run again with --yes to remove it.

## Errors
error-wrong-key = The key does not open { $path }. Check the key file or the passphrase; the file was not changed.
error-key-file = Cannot read the key file { $path } ({ $detail }). Check that the USB stick is in and the file is there.
error-key-short = A passphrase has at least { $min } characters.
error-db-in-use = Other desks have the database open. Close every desk (and the board), then try again; nothing was changed.
error-needs-key = { $path } is encrypted (or not a seuil database): give its key with --key-file PATH or SEUIL_KEY_FILE.
backup-daily-failed = The daily backup to { $path } failed ({ $detail }). Check that the folder exists and has room; the database itself is fine.
field-fund = Health insurance fund (mutuelle)
field-note = Note
field-hidden = (not shown for your role)
db-backup-target = Could not write the backup to { $path } ({ $detail }). Check that the disk or stick is in, writable and has room; the database itself was not touched, and no half backup was left.

## The audit trail in words: what each line says (after the name of who did it)
audit-person-insert = registered a person
audit-person-update = changed a person's record
audit-person-delete = deleted a person's record
audit-person-open = opened a person's record
audit-person-export = exported everything held about a person
audit-person-bulk = made a test register ({ $count } persons)
audit-visit-insert = recorded a visit
audit-visit-update = changed a visit
audit-visit-delete = took back a visit
audit-ticket-insert = gave a queue ticket
audit-ticket-update = updated a queue ticket
audit-ticket-delete = removed a queue ticket
audit-appointment-insert = booked an appointment
audit-appointment-update = changed an appointment
audit-appointment-delete = removed an appointment
audit-coverage-insert = added a coverage route
audit-coverage-update = updated a coverage route
audit-coverage-delete = removed a coverage route
audit-free-care-update = changed free care or low income
audit-free-care-delete = ended free care
audit-merge-insert = merged two records
audit-merge-update = undid a merge
audit-merge-delete = removed a merge
audit-not-same-insert = noted that two records are two different people
audit-not-same-delete = took back “not the same person”
audit-service-insert = added a service
audit-service-update = changed a service
audit-service-delete = removed a service
audit-partner-insert = added a partner
audit-partner-update = changed a partner
audit-partner-delete = removed a partner
audit-referral-insert = wrote a referral
audit-referral-update = updated a referral
audit-referral-delete = removed a referral
audit-print-insert = sent a printout
audit-print-update = updated a printout
audit-print-delete = removed a printout from the print queue
audit-staff-insert = created a staff account
audit-staff-update = changed a staff account
audit-staff-delete = deleted a staff account
audit-staff-login = login of { $name }
audit-staff-login-refused = PIN refused for “{ $name }”
audit-setting-update = changed a setting: { $setting }
audit-setting-delete = cleared a setting: { $setting }
audit-desk-lock = locked the desk
audit-queue-purge = purged queue data from before { $day } (tickets { $tickets }, appointments { $appointments }, printouts done { $printouts })
audit-audit-export = exported { $count ->
        [one] one line
       *[other] { $count } lines
    } of the audit trail to { $path }
audit-database-encrypt =
    { $rekey ->
        [yes] changed the key of the database
       *[no] encrypted the database
    }
audit-unknown = { $codes } { $detail }
audit-who-system = { $user } (system)
audit-setting-site-name = centre name
audit-setting-site-address = centre address
audit-setting-site-phone = centre phone
audit-setting-retention = retention of queue data
audit-setting-search-keys = version of the search keys

## First start: the centre's address and phone, for the letterhead
setup-address = Address (optional)
setup-phone = Phone (optional)

## Intercultural mediation in the audit trail.

audit-mediation-need-update = noted that a person needs an intercultural mediator
audit-mediation-need-delete = took back a person's need of a mediator
audit-mediation-insert = joined a consultation as mediator
audit-mediation-delete = left a consultation as mediator

## Languages each member of staff speaks (what a mediator's list is made of).

staff-speaks = Languages spoken (ar, ti…)
staff-col-speaks = Speaks
staff-error-speaks = Write the languages spoken by name or code, separated by commas: Arabic, Tigrinya, so.
cli-arg-speaks = Languages spoken with the people who come (codes: ar,ti,so), what a mediator's list is made of
cli-arg-languages = Language codes, separated by commas (ar,ti); none: forget them
cli-cmd-staff-speaks = Write down the languages a member of staff speaks with the people who come
staff-speaks-saved = { $name } speaks: { $langs }.
staff-speaks-cleared = No language written down for { $name } any more.
