# Meerdere sites, één register

sync-error-already-joined = Deze databank is al site { $number } ({ $name }) van de organisatie: ze sluit geen tweede keer aan.
sync-error-site-number = Sitenummer { $number } bestaat niet: kies er een van 1 tot { $max }.
sync-error-not-started = Dit register wisselt nog niet uit met andere sites. Begin met: seuil sync init --site NAAM --folder MAP --org-key BESTAND
sync-error-started = Dit register wisselt al uit met de andere sites via { $folder }.
sync-error-key = Het sleutelbestand van de organisatie { $path } is onbruikbaar ({ $detail }). Kopieer het opnieuw van de machine van de eerste site.
sync-error-folder = De gedeelde map { $path } is onbruikbaar ({ $detail }). Controleer dat ze bestaat en dat deze gebruiker erin mag schrijven.
sync-error-taken = In { $path } schrijft een andere machine als site { $number }. Elke machine schrijft alleen in haar eigen map: voer seuil sync init uit op het eigen register van deze machine, of gebruik de machine waarvan die map is.
sync-error-full = De gedeelde map telt al { $max } sites: er is geen sitenummer meer vrij.
sync-error-write = Het uitwisselingsbestand { $path } kon niet geschreven worden ({ $detail }). Er gaat niets verloren: de wijzigingen wachten in het register en vertrekken bij de volgende uitwisseling.
sync-error-site-name = Geef de site een naam: --site "Antenne Zuid", bijvoorbeeld.
sync-held-newer-schema = { $path }: geschreven door een nieuwere seuil (schema { $found }, deze leest tot { $ours }). Bewaard zonder toe te passen; het wordt toegepast zodra deze machine bijgewerkt is.
sync-held-waiting = { $path }: wacht op bestand { $file } van site { $other }, dat nog niet aangekomen is.
sync-held-not-ours = { $path }: geen uitwisselingsbestand van seuil. Ongemoeid gelaten en niet toegepast; haal het uit de map.
sync-held-other-key = { $path }: versleuteld voor de sleutel van een andere organisatie. Niet toegepast; controleer dat alle sites hetzelfde sleutelbestand hebben.
sync-held-damaged = { $path }: afgebroken of gewijzigd nadat het geschreven werd. Niet toegepast; meestal volgt een volledige kopie, anders vraag site { $site } opnieuw uit te wisselen.
sync-held-clock = { $path }: de klok ervan loopt { $days } dagen voor op die van deze machine. Niet toegepast; zet de datum juist op de machine van site { $site }.
sync-held-refused = { $path }: de wijzigingen ervan kunnen hier niet toegepast worden ({ $detail }). Er is niets van toegepast; zie seuil sync status.
sync-init-done = Dit register is nu site { $number }, { $name }, en wisselt uit via { $folder }.
sync-init-new-key = De sleutel van de organisatie is aangemaakt: { $path }. Kopieer dit bestand met de hand (een USB-stick) naar elke andere sitemachine en laptop, nooit naar de gedeelde map.
sync-init-key-used = De sleutel van de organisatie: { $path }.
sync-init-steps =
    Om de bestanden met Syncthing tussen de machines over te brengen:
      1. Op elke machine: sudo apt install syncthing, start het (syncthing) en open http://127.0.0.1:8384
      2. Voeg de andere machines toe: Acties > ID tonen op de ene, Extern apparaat toevoegen op de andere.
      3. Deel de map { $folder } met hen (Map toevoegen, vink dan de apparaten aan).
      4. Wissel uit: seuil sync run (de balie doet het zelf met sync_folder in desk.toml).
sync-run-written = Verstuurd — bestanden geschreven: { $files }, wijzigingen: { $changes }
sync-run-applied = Ontvangen — bestanden toegepast: { $files }, wijzigingen: { $changes }
sync-run-conflicts = Na te kijken (seuil sync conflicts): { $count }
sync-status-site = Site { $number }, { $name } — gedeelde map: { $folder }
sync-status-own = Bestanden geschreven: { $files } · wijzigingen in wachtrij: { $waiting } · laatste uitwisseling: { $last }
sync-status-peer = Site { $number } { $name } — bestanden toegepast: { $applied } · laatste: { $last }
sync-status-never = nooit
sync-conflicts-none = Geen conflict na te kijken.
sync-conflict-line = #{ $id } { $table } { $record } · { $field }: behouden { $kept } (site { $kept_site }), andere { $other } (site { $other_site }), { $at }
cli-cmd-sync = Uitwisselen met de andere sites van de organisatie via een gedeelde map
cli-cmd-sync-init = De organisatie vervoegen als site van een gedeelde map
cli-cmd-sync-run = De wijzigingen van deze site schrijven, de bestanden van de andere toepassen
cli-cmd-sync-status = Hoe ver de bestanden van elke site toegepast zijn, en wat wacht
cli-cmd-sync-conflicts = Velden die twee sites wijzigden zonder de wijziging van de andere te zien
cli-arg-sync-site = De naam van deze site (het team, de antenne, de laptop)
cli-arg-sync-folder = De gedeelde map (die van Syncthing, een netwerkshare, een USB-stick)
cli-arg-sync-org-key = Het sleutelbestand van de organisatie (aangemaakt als het ontbreekt: de eerste site)
sync-error-no-key = { $path } bevat geen sleutel van de organisatie (een regel AGE-SECRET-KEY-…). Kopieer het sleutelbestand van de machine van de eerste site.
sync-held-two-machines = { $path }: als site { $site } geschreven door een andere machine dan die waarvan hier bestanden toegepast zijn. Niet toegepast; geef elke machine haar eigen site (seuil sync init).
sync-double-dose = Incident: { $person } kreeg op { $day } een dosis op twee sites ({ $sites }), { $mg } mg in totaal. Overleg met de voorschrijver en noteer het.
topbar-sync = sync { $time }
topbar-sync-never = nog geen uitwisseling
topbar-sync-attention = { $count } na te kijken
sync-desk-other-folder = desk.toml zegt sync_folder = { $given }, maar dit register wisselt uit via { $folder }: de balie wisselt niet uit. Verbeter sync_folder.
sync-run-duplicates = Waarschijnlijk dezelfde persoon op twee sites (seuil sync conflicts): { $count }
sync-duplicate-line = Dezelfde persoon? { $a } { $a_name } en { $b } { $b_name }: seuil person merge BEHOUDEN ANDERE, of seuil person not-same { $a } { $b }
generate-error-exchanging = Dit register wisselt uit met de andere sites: gegenereerde personen zouden ze allemaal bereiken. Genereer in een ander bestand (--db PAD).
cli-cmd-sync-reviewed = Nagekeken items van de lijst halen
cli-arg-sync-ids = De nummers van de items (seuil sync conflicts)
sync-reviewed = Van de lijst gehaald: { $count }
sync-error-unknown-review = Er is geen item { $id } op de lijst (zie seuil sync conflicts). Er is niets gewijzigd.
sync-error-behind = { $path } bevat de bestanden van deze site tot nummer { $found }, maar dit register schreef er maar tot { $written }: het is ouder dan zijn map (teruggezet uit een back-up?). Er is niets geschreven. Wissel uit vanaf het register dat die bestanden schreef, of maak van dit een nieuwe site (seuil sync init op een kopie die nog niet aangesloten is).
