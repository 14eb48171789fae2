# Printouts: the slip the person takes away, queue tickets, and printing itself.

## The slip, in the person's language
slip-title = Where to go
slip-from = Referred by { $site }
slip-address = Address: { $address }
slip-no-address = Ask at reception for the address.
slip-phone = Phone: { $phone }
slip-hours = Opening hours: { $hours }
slip-when = Your appointment: { $date } at { $time }
slip-when-none = No appointment: go during opening hours.
slip-urgent = Please go today.
slip-bring = Bring this paper and any papers you have (identity card, health insurance card, letters from the CPAS). If you have none, go anyway.
slip-contact = Questions? { $site }, { $phone }

## Queue tickets
ticket-arrived = Arrived at { $time }
ticket-wait = Keep this ticket. Your number will be shown on the screen.

## Printing
print-sent = Sent to the printer { $printer }.
print-sent-default = Sent to the printer.
print-saved = PDF saved: { $path }
print-error-no-cups = This computer cannot print (CUPS is not installed). Nothing is lost: save the PDF to a file from the print queue.
print-error-refused = The printer did not take the job: { $reason } Nothing is lost: retry, or save it to a file, from the print queue.
print-error-write = Could not write { $path }: { $reason }. Nothing is lost: try another place, a USB stick for example.
print-error-font = The printing fonts inside seuil are damaged; reinstall seuil. Nothing is lost.
referral-error-unknown-id = No referral number { $id }. The person's page lists their referrals.

## Command line
cli-arg-urgent = The person should go today
cli-arg-appointment = Appointment made with the partner (25/11/2026 10:00)
cli-cmd-site = The centre's letterhead: name, address, phone
cli-arg-site-name = Name of the centre
site-field-name = Centre:
site-field-address = Address:
site-field-phone = Phone:
site-not-set = (not set)
site-saved = Letterhead saved; it is printed on letters, slips and tickets.

## Writing a referral (from a person's page)
composer-title = Referral for { $person }
composer-partner = Partner
composer-reason = Reason
composer-urgent = Urgent
composer-appointment = Appointment
composer-consent = Shared on the letter
composer-letter-lang = Letter in
composer-slip-lang = Slip in
composer-yes = yes
composer-no = no
composer-help-partner = Type a few letters of the partner's name; ↑↓ choose.
composer-help-reason = Type the reason, or ↑↓ for common reasons (in the letter's language).
composer-help-appointment = Date and time booked with the partner, as 25/11/2026 10:00; empty if none.
composer-help-consent = Tick only what the person agreed to share: ←→ move, Space ticks, or 1–7.
composer-help-toggle = Space or ←→ changes.
composer-no-partner = Choose a partner first.
composer-no-match = No partner with that name in the directory (F7 to add one).
composer-not-for-role = Writing referrals is not open to your role.
consent-name = name
consent-birth = birth date
consent-niss = NISS
consent-languages = languages
consent-phone = phone
consent-coverage = coverage
consent-reason = reason
preview-title = What will print (letter, then the person's slip)
referral-saved-printed = Referral { $id } saved and sent to the printer.
referral-saved-not-printed = Referral { $id } saved, but not printed:
help-action-refer = Write a referral for this person
hint-refer = Referral
help-action-preview = See what will print
hint-preview = Preview
help-action-composer-choose = Choose a partner or a common reason
help-action-save-print = Save the referral and print it
hint-save-print = Save and print
hint-scroll = Scroll
help-action-back-to-form = Back to the form
hint-back = Back

## Print queue (Referrals screen)
print-queue-title = Print queue: what did not reach a printer first
print-queue-empty = Nothing printed yet.
print-state-waiting = waiting
print-state-sent = sent
print-state-failed = not printed
print-state-saved = saved as PDF
print-kind-referral = Referral { $title }
print-kind-ticket = Ticket { $title }
print-save-prompt = Save as:
help-action-print-queue = Open the print queue
hint-print-queue = Print queue
help-action-retry = Send to the printer again
hint-retry = Retry
help-action-save-pdf = Save as a PDF file (USB stick)
hint-save-pdf = Save PDF
help-action-open-page = Open the person's page (coverage, referrals)
print-error-no-printer = No printer is chosen for this desk and the computer has no default printer. Name one in desk.toml (printer = "…", see lpstat -p). Nothing is lost: save the PDF from the print queue.
help-action-ticket = Print a ticket with the number, or not
route-ticket = Print a ticket (Alt+P)
admin-section-centre = Centre
help-action-centre-save = Save the letterhead
site-explain = Printed at the top of referral letters, on the person's slip and on queue tickets. ↑↓ between the fields, Enter saves.
