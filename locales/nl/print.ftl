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
cli-arg-appointment = Afspraak gemaakt bij de partner (25-11-2026 10:00)
cli-cmd-site = Briefhoofd van het centrum: naam, adres, telefoon
cli-arg-site-name = Naam van het centrum
site-field-name = Centrum:
site-field-address = Adres:
site-field-phone = Telefoon:
site-not-set = (niet ingevuld)
site-saved = Briefhoofd bewaard; het staat op brieven, briefjes en tickets.

## Een doorverwijzing schrijven (vanaf de pagina van een persoon)
composer-title = Doorverwijzing voor { $person }
composer-partner = Partner
composer-reason = Reden
composer-urgent = Dringend
composer-appointment = Afspraak
composer-consent = Gedeeld in de brief
composer-letter-lang = Taal van de brief
composer-slip-lang = Taal van het briefje
composer-yes = ja
composer-no = nee
composer-help-partner = Typ enkele letters van de naam van de partner; ↑↓ om te kiezen.
composer-help-reason = Typ de reden, of ↑↓ voor veelvoorkomende redenen (in de taal van de brief).
composer-help-appointment = Datum en uur van de afspraak bij de partner, zoals 25-11-2026 10:00; leeg als er geen is.
composer-help-consent = Vink alleen aan wat de persoon wil delen: ←→ verplaatsen, spatie vinkt aan, of 1–7.
composer-help-toggle = Spatie of ←→ om te wijzigen.
composer-no-partner = Kies eerst een partner.
composer-no-match = Geen partner met die naam in de lijst (F7 om er een toe te voegen).
composer-not-for-role = Doorverwijzingen schrijven is niet open voor uw rol.
consent-name = naam
consent-birth = geboortedatum
consent-niss = INSZ
consent-languages = talen
consent-phone = telefoon
consent-coverage = dekking
consent-reason = reden
preview-title = Wat afgedrukt wordt (de brief, dan het briefje van de persoon)
referral-saved-printed = Doorverwijzing { $id } bewaard en naar de printer gestuurd.
referral-saved-not-printed = Doorverwijzing { $id } bewaard, maar niet afgedrukt:
help-action-refer = Een doorverwijzing schrijven voor deze persoon
hint-refer = Doorverwijzen
help-action-preview = Bekijken wat afgedrukt wordt
hint-preview = Voorbeeld
help-action-composer-choose = Een partner of een veelvoorkomende reden kiezen
help-action-save-print = De doorverwijzing bewaren en afdrukken
hint-save-print = Bewaren en afdrukken
hint-scroll = Scrollen
help-action-back-to-form = Terug naar het formulier
hint-back = Terug

## Afdrukwachtrij (scherm Doorverwijzingen)
print-queue-title = Afdrukwachtrij: wat geen printer bereikte eerst
print-queue-empty = Nog niets afgedrukt.
print-state-waiting = wacht
print-state-sent = verstuurd
print-state-failed = niet afgedrukt
print-state-saved = bewaard als pdf
print-kind-referral = Doorverwijzing { $title }
print-kind-ticket = Ticket { $title }
print-save-prompt = Bewaren als:
help-action-print-queue = De afdrukwachtrij openen
hint-print-queue = Afdrukwachtrij
help-action-retry = Opnieuw naar de printer sturen
hint-retry = Opnieuw
help-action-save-pdf = Als pdf-bestand bewaren (usb-stick)
hint-save-pdf = Pdf bewaren
help-action-open-page = De pagina van de persoon openen (dekking, doorverwijzingen)
print-error-no-printer = Voor deze post is geen printer gekozen en de computer heeft geen standaardprinter. Vul er een in desk.toml in (printer = "…", zie lpstat -p). Er gaat niets verloren: bewaar de pdf via de afdrukwachtrij.
help-action-ticket = Een ticket met het nummer afdrukken, of niet
route-ticket = Een ticket afdrukken (Alt+P)
admin-section-centre = Centrum
help-action-centre-save = Het briefhoofd bewaren
site-explain = Afgedrukt bovenaan de doorverwijsbrieven, op het briefje van de persoon en op de tickets. ↑↓ tussen de velden, Enter bewaart.
