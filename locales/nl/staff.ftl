# Personeel, aanmelden, vergrendelen, logboek, bewaartermijn.

role-reception = Onthaal
role-nurse = Verpleegkundige
role-social = Maatschappelijk werker
role-mediator = Interculturele bemiddelaar
role-coordinator = Coördinatie

setup-title = Welkom bij seuil
setup-intro = Deze databank is nieuw. Geef de naam van het centrum, en als u wilt het adres en het telefoonnummer (ze staan in het briefhoofd van de brieven), en maak de eerste coördinatieaccount aan; de coördinatie maakt daarna de andere accounts aan.
setup-site = Naam van het centrum
setup-pin-again = Pincode opnieuw

login-title = Aanmelden
login-name = Naam
login-pin = Pincode
login-checking = Controleren…
login-refused = Naam of pincode niet herkend. Probeer opnieuw.
login-wait = Te veel foute pincodes. Probeer opnieuw over { $seconds } s.

lock-title = Werkpost vergrendeld
lock-intro = Vergrendeld door { $name }. Typ uw naam en dan uw pincode om verder te gaan; iemand anders neemt de werkpost op dezelfde manier over.

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

## Het logboek in woorden: wat elke regel zegt (na de naam van wie het deed)
audit-person-insert = heeft een persoon ingeschreven
audit-person-update = heeft de fiche van een persoon gewijzigd
audit-person-delete = heeft de fiche van een persoon verwijderd
audit-person-open = heeft de fiche van een persoon geopend
audit-person-export = heeft alles wat over een persoon bewaard wordt geëxporteerd
audit-person-bulk = heeft een testregister gemaakt ({ $count } personen)
audit-visit-insert = heeft een bezoek genoteerd
audit-visit-update = heeft een bezoek gewijzigd
audit-visit-delete = heeft een bezoek teruggenomen
audit-ticket-insert = heeft een volgnummer gegeven
audit-ticket-update = heeft een volgnummer bijgewerkt
audit-ticket-delete = heeft een volgnummer verwijderd
audit-appointment-insert = heeft een afspraak gemaakt
audit-appointment-update = heeft een afspraak gewijzigd
audit-appointment-delete = heeft een afspraak verwijderd
audit-coverage-insert = heeft een dekking toegevoegd
audit-coverage-update = heeft een dekking bijgewerkt
audit-coverage-delete = heeft een dekking verwijderd
audit-free-care-update = heeft gratis zorg of laag inkomen gewijzigd
audit-free-care-delete = heeft gratis zorg stopgezet
audit-merge-insert = heeft twee fiches samengevoegd
audit-merge-update = heeft een samenvoeging ongedaan gemaakt
audit-merge-delete = heeft een samenvoeging verwijderd
audit-not-same-insert = heeft genoteerd dat twee fiches twee verschillende personen zijn
audit-not-same-delete = heeft “niet dezelfde persoon” teruggenomen
audit-service-insert = heeft een dienst toegevoegd
audit-service-update = heeft een dienst gewijzigd
audit-service-delete = heeft een dienst verwijderd
audit-partner-insert = heeft een partner toegevoegd
audit-partner-update = heeft een partner gewijzigd
audit-partner-delete = heeft een partner verwijderd
audit-referral-insert = heeft een doorverwijzing geschreven
audit-referral-update = heeft een doorverwijzing bijgewerkt
audit-referral-delete = heeft een doorverwijzing verwijderd
audit-print-insert = heeft een afdruk verstuurd
audit-print-update = heeft een afdruk bijgewerkt
audit-print-delete = heeft een afdruk uit de afdrukwachtrij gehaald
audit-staff-insert = heeft een personeelsaccount aangemaakt
audit-staff-update = heeft een personeelsaccount gewijzigd
audit-staff-delete = heeft een personeelsaccount verwijderd
audit-staff-login = aanmelding van { $name }
audit-staff-login-refused = pincode geweigerd voor “{ $name }”
audit-setting-update = heeft een instelling gewijzigd: { $setting }
audit-setting-delete = heeft een instelling gewist: { $setting }
audit-desk-lock = heeft de werkpost vergrendeld
audit-queue-purge = heeft de wachtrijgegevens van vóór { $day } opgeschoond (volgnummers { $tickets }, afspraken { $appointments }, afgewerkte afdrukken { $printouts })
audit-audit-export = heeft { $count ->
        [one] één regel
       *[other] { $count } regels
    } van het logboek geëxporteerd naar { $path }
audit-database-encrypt =
    { $rekey ->
        [yes] heeft de sleutel van de databank gewijzigd
       *[no] heeft de databank versleuteld
    }
audit-unknown = { $codes } { $detail }
audit-who-system = { $user } (systeem)
audit-setting-site-name = naam van het centrum
audit-setting-site-address = adres van het centrum
audit-setting-site-phone = telefoon van het centrum
audit-setting-retention = bewaartermijn van de wachtrijgegevens
audit-setting-search-keys = versie van de zoeksleutels

## Eerste start: adres en telefoon van het centrum, voor het briefhoofd
setup-address = Adres (niet verplicht)
setup-phone = Telefoon (niet verplicht)

## Intercultural mediation in the audit trail.

audit-mediation-need-update = heeft genoteerd dat een persoon een interculturele bemiddelaar nodig heeft
audit-mediation-need-delete = heeft de vraag naar een bemiddelaar teruggenomen
audit-mediation-insert = is als bemiddelaar aangesloten bij een consult
audit-mediation-delete = heeft zich als bemiddelaar afgemeld bij een consult

## Languages each member of staff speaks (what a mediator's list is made of).

staff-speaks = Gesproken talen (ar, ti…)
staff-col-speaks = Spreekt
staff-error-speaks = Schrijf de gesproken talen bij naam of code, gescheiden door komma's: Arabisch, Tigrinya, so.
cli-arg-speaks = Talen gesproken met de bezoekers (codes: ar,ti,so), waarop de bemiddeling zich baseert
cli-arg-languages = Taalcodes, gescheiden door komma's (ar,ti); niets: ze vergeten
cli-cmd-staff-speaks = De talen noteren die een personeelslid met de bezoekers spreekt
staff-speaks-saved = { $name } spreekt: { $langs }.
staff-speaks-cleared = Geen talen meer genoteerd voor { $name }.
