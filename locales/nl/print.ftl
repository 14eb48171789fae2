# Afdrukken: het briefje dat de persoon meeneemt, volgnummers, en het afdrukken zelf.

## Het briefje, in de taal van de persoon
slip-title = Waar naartoe
slip-from = Doorverwezen door { $site }
slip-address = Adres: { $address }
slip-no-address = Vraag het adres aan het onthaal.
slip-phone = Telefoon: { $phone }
slip-hours = Openingsuren: { $hours }
slip-when = Uw afspraak: { $date } om { $time }
slip-when-none = Geen afspraak: ga tijdens de openingsuren.
slip-urgent = Ga er vandaag nog naartoe.
slip-bring = Neem dit papier mee en de documenten die u hebt (identiteitskaart, kaart van het ziekenfonds, brieven van het OCMW). Hebt u niets, ga dan toch.
slip-contact = Vragen? { $site }, { $phone }

## Volgnummers
ticket-arrived = Aangekomen om { $time }
ticket-wait = Bewaar dit ticket. Uw nummer verschijnt op het scherm.

## Afdrukken
print-sent = Naar de printer { $printer } gestuurd.
print-sent-default = Naar de printer gestuurd.
print-saved = Pdf bewaard: { $path }
print-error-no-cups = Deze post kan niet afdrukken (CUPS is niet geïnstalleerd). Er gaat niets verloren: bewaar de pdf in een bestand via de afdrukwachtrij.
print-error-refused = De printer nam de opdracht niet aan: { $reason } Er gaat niets verloren: probeer opnieuw, of bewaar in een bestand, via de afdrukwachtrij.
print-error-write = Kon { $path } niet schrijven: { $reason }. Er gaat niets verloren: probeer een andere plek, bijvoorbeeld een usb-stick.
print-error-font = De afdruklettertypes in seuil zijn beschadigd; installeer seuil opnieuw. Er gaat niets verloren.
referral-error-unknown-id = Geen doorverwijzing met nummer { $id }. De pagina van de persoon toont de doorverwijzingen.

## Opdrachtregel
cli-arg-urgent = De persoon moet er vandaag heen
cli-arg-appointment = Afspraak gemaakt bij de partner (JJJJ-MM-DD UU:MM)
cli-cmd-site = Briefhoofd van het centrum: naam, adres, telefoon
cli-arg-site-name = Naam van het centrum
site-field-name = Centrum:
site-field-address = Adres:
site-field-phone = Telefoon:
site-not-set = (niet ingevuld)
site-saved = Briefhoofd bewaard; het staat op brieven, briefjes en tickets.
