# Personeel, aanmelden, vergrendelen, logboek, bewaartermijn.

role-reception = Onthaal
role-nurse = Verpleegkundige
role-social = Maatschappelijk werker
role-mediator = Interculturele bemiddelaar
role-coordinator = Coördinatie

setup-title = Welkom bij seuil
setup-intro = Deze databank is nieuw. Geef de naam van het centrum en maak de eerste coördinatieaccount aan; de coördinatie maakt daarna de andere accounts aan.
setup-site = Naam van het centrum
setup-pin-again = Pincode opnieuw

login-title = Aanmelden
login-name = Naam
login-pin = Pincode
login-checking = Controleren…
login-refused = Naam of pincode niet herkend. Probeer opnieuw.
login-wait = Te veel foute pincodes. Probeer opnieuw over { $seconds } s.

lock-title = Werkpost vergrendeld
lock-intro = Vergrendeld door { $name }. Typ uw pincode om verder te gaan, of een andere naam en pincode om de werkpost over te nemen.

staff-error-name = Typ een naam.
staff-error-pin = Een pincode telt 4 tot 12 cijfers.
staff-error-pins-differ = De twee pincodes zijn niet gelijk. Typ ze opnieuw.
staff-error-taken = { $name } heeft al een account.
staff-error-unknown = Geen account met de naam { $name }.
staff-error-last-coordinator = Het centrum heeft minstens één actieve coördinatieaccount nodig: maak eerst een andere aan.

draft-title = Onafgewerkt formulier
draft-found = Aan deze werkpost bleef een formulier half ingevuld (laatst bewaard om { $time }):
draft-question = Enter: hernemen · Esc: weggooien

screen-not-for-role = Dit scherm is niet open voor de rol { $role }.
screen-not-for-role-detail = Vraag het aan de coördinatie als u het nodig hebt.

admin-section-services = Diensten
admin-section-staff = Personeel
admin-section-audit = Logboek
admin-section-retention = Bewaartermijn

staff-col-name = Naam
staff-col-role = Rol
staff-col-language = Taal
staff-col-state = Status
staff-active = actief
staff-inactive = uitgeschakeld
staff-saved = Account bewaard.
staff-new-pin = Nieuwe pincode
staff-form-help = Rol: Spatie of ←→ om te wijzigen. Laat de pincode leeg om de huidige te behouden.
form-title-staff-new = Nieuwe account
form-title-staff-edit = Account van { $name }

audit-filter = Filter
audit-col-when = Wanneer
audit-col-who = Wie
audit-col-what = Wat
audit-col-person = Persoon
audit-none = Niets gevonden. Filter op persoonscode, naam van een personeelslid of dag (23-11-2026), dan Enter.
audit-exported = { $count ->
    [one] Eén regel geschreven naar { $path }.
   *[other] { $count } regels geschreven naar { $path }.
}
audit-export-failed = Kon { $path } niet schrijven ({ $detail }). Controleer de map en de vrije ruimte; er ging niets verloren.

retention-days = Dagen dat wachtrijgegevens bewaard blijven
retention-explain = Oudere tickets, hun oproepen en afspraken worden bij het opschonen verwijderd. Bezoeken blijven: ze horen bij het zorgdossier. Afdrukken die al gedaan zijn, verdwijnen dan ook uit de afdrukwachtrij.
retention-preview = Wachtrijgegevens van vóór { $day } die het opschonen zou verwijderen: tickets { $tickets }, afspraken { $appointments }, gedane afdrukken { $printouts }.
retention-error-days = Geef een aantal dagen tussen 30 en 3650.
retention-purge-confirm = Druk nogmaals op Del om die gegevens nu te verwijderen. Dit kan niet ongedaan worden.
retention-purged = Opgeschoond. Verwijderd: tickets { $tickets }, afspraken { $appointments }, gedane afdrukken { $printouts }. Genoteerd in het logboek.

hint-lock = Vergrendelen
help-action-lock = De werkpost vergrendelen (persoonsgegevens verborgen tot de pincode)
hint-restore-draft = Hernemen
help-action-restore-draft = Het onafgewerkte formulier hernemen
hint-drop-draft = Weggooien
help-action-drop-draft = Het onafgewerkte formulier weggooien
hint-section = Onderdeel
help-action-admin-section = Volgend onderdeel van het Beheerscherm
help-action-edit-staff = De gekozen account wijzigen
help-action-add-staff = Een account aanmaken
hint-toggle-staff = Aan/uit
help-action-toggle-staff = De gekozen account in- of uitschakelen
hint-filter = Filteren
help-action-audit-filter = De regels tonen die bij de filter passen
hint-export = Exporteren
help-action-audit-export = De getoonde regels exporteren naar een CSV-bestand
help-action-retention-save = Het aantal dagen bewaren
hint-purge = Opschonen
help-action-purge = Wachtrijgegevens ouder dan de bewaartermijn verwijderen

## Opdrachtregel
cli-arg-key-file = Sleutelbestand van een versleutelde databank (anders SEUIL_KEY_FILE, anders key_file in desk.toml)
cli-arg-new-key-file = Bestand met de nieuwe sleutel (anders wordt ze twee keer getypt)
cli-arg-role = Rol: reception, nurse, social, mediator, coordinator
cli-arg-language = Interfacetaal van de account: fr, nl, en, ar, ti, pl
cli-arg-staff-name = Naam van het personeelslid, zoals die zich zal aanmelden
cli-arg-audit-person = Alleen regels over deze persoon (code)
cli-arg-staff = Alleen regels van dit personeelslid
cli-arg-day = Alleen regels van deze dag (25-11-2026 of 2026-11-25)
cli-cmd-staff = Personeelsaccounts
cli-cmd-staff-add = Een account aanmaken (de pincode wordt twee keer gevraagd)
cli-cmd-staff-list = De accounts tonen
cli-cmd-audit = Logboek: wie deed wat, wanneer, aan welke werkpost
cli-cmd-audit-list = Regels van het logboek tonen
cli-cmd-audit-export = Regels van het logboek naar een CSV-bestand schrijven
cli-cmd-db-purge = Wachtrijgegevens ouder dan de bewaartermijn verwijderen (vraagt --yes)
cli-cancelled = Geannuleerd: er werd niets gewijzigd.
staff-error-role = Onbekende rol “{ $role }”. Rollen: reception, nurse, social, mediator, coordinator.
staff-error-language = Onbekende taal. Talen: fr, nl, en, ar, ti, pl.
staff-added = Account aangemaakt: { $name } ({ $role }).
db-passphrase = Wachtzin van de databank:
db-new-passphrase = Nieuwe wachtzin (minstens 8 tekens):
db-new-passphrase-again = Dezelfde wachtzin nog eens:
db-passphrases-differ = De twee wachtzinnen zijn niet gelijk. Er werd niets gewijzigd.
db-key-needs-file = Zonder terminal om ze te typen: geef de nieuwe sleutel met --new-key-file PAD.
db-rekey-needs-key = Om de sleutel te wijzigen, geef de huidige met --key-file (of SEUIL_KEY_FILE).
db-encrypt-plain-only = Deze databank wordt met een sleutel geopend: ze is al versleuteld. Gebruik “seuil db rekey” om de sleutel te wijzigen.
db-encrypt-done = { $path } is nu versleuteld. Bewaar de sleutel goed: zonder sleutel kan niemand de gegevens lezen.
db-rekey-done = De sleutel van { $path } werd gewijzigd. Eerder gemaakte back-ups houden de oude sleutel.
db-purge-needs-yes = Er werd niets verwijderd. Start opnieuw met --yes om het te verwijderen.

## Fouten
error-wrong-key = De sleutel opent { $path } niet. Controleer het sleutelbestand of de wachtzin; het bestand werd niet gewijzigd.
error-key-file = Kan het sleutelbestand { $path } niet lezen ({ $detail }). Controleer of de USB-stick erin zit en het bestand erop staat.
error-key-short = Een wachtzin telt minstens { $min } tekens.
error-db-in-use = Andere werkposten hebben de databank open. Sluit alle werkposten (en het wachtzaalscherm) en probeer opnieuw; er werd niets gewijzigd.
error-needs-key = { $path } is versleuteld (of geen seuil-databank): geef de sleutel met --key-file PAD of SEUIL_KEY_FILE.
backup-daily-failed = De dagelijkse back-up naar { $path } is mislukt ({ $detail }). Controleer of de map bestaat en er plaats is; de databank zelf is in orde.
field-fund = Ziekenfonds
field-note = Notitie
field-hidden = (verborgen voor uw rol)
db-backup-target = Kon de back-up niet schrijven naar { $path } ({ $detail }). Controleer of de schijf of USB-stick erin zit, beschrijfbaar is en plaats heeft; de databank zelf werd niet aangeraakt en er bleef geen halve back-up achter.
