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
cli-arg-appointment = Appointment made with the partner (YYYY-MM-DD HH:MM)
cli-cmd-site = The centre's letterhead: name, address, phone
cli-arg-site-name = Name of the centre
site-field-name = Centre:
site-field-address = Address:
site-field-phone = Phone:
site-not-set = (not set)
site-saved = Letterhead saved; it is printed on letters, slips and tickets.
