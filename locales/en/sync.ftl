# Several sites, one register

sync-error-already-joined = This database is already site { $number } ({ $name }) of the organisation: it does not join a second time.
sync-error-site-number = There is no site number { $number }: choose one from 1 to { $max }.
sync-error-not-started = This register does not exchange with other sites yet. Start with: seuil sync init --site NAME --folder DIR --org-key FILE
sync-error-started = This register already exchanges with the other sites through { $folder }.
sync-error-key = The organisation's key file { $path } cannot be used ({ $detail }). Copy it again from the first site machine.
sync-error-folder = The shared folder { $path } cannot be used ({ $detail }). Check that it exists and that this account may write in it.
sync-error-taken = { $path } is written by another machine as site { $number }. Each machine writes its own folder only: run seuil sync init on this machine's own register, or use the machine that owns that folder.
sync-error-full = The shared folder already holds { $max } sites: no site number is left.
sync-error-write = The exchange file { $path } could not be written ({ $detail }). Nothing is lost: the changes wait in the register and go out at the next exchange.
sync-error-site-name = Give the site a name: --site "Antenne Midi", for example.
sync-held-newer-schema = { $path }: written by a newer seuil (schema { $found }, this one reads up to { $ours }). Kept unapplied; it goes in once this machine is updated.
sync-held-waiting = { $path }: waits for file { $file } of site { $other }, which has not arrived yet.
sync-held-not-ours = { $path }: not a seuil exchange file. Left untouched and unapplied; take it out of the folder.
sync-held-other-key = { $path }: encrypted for another organisation's key. Left unapplied; check that every site has the same key file.
sync-held-damaged = { $path }: cut short or changed after it was written. Left unapplied; a whole copy usually follows, otherwise ask site { $site } to run an exchange again.
sync-held-clock = { $path }: its clock is { $days } days ahead of this machine's. Left unapplied; set the date right on the machine of site { $site }.
sync-held-refused = { $path }: its changes cannot be applied here ({ $detail }). Nothing of it was applied; see seuil sync status.
sync-init-done = This register is now site { $number }, { $name }, exchanging through { $folder }.
sync-init-new-key = The organisation's key was made: { $path }. Copy this file by hand (a USB stick) to every other site machine and laptop, never into the shared folder.
sync-init-key-used = The organisation's key: { $path }.
sync-init-steps =
    To carry the files between the machines with Syncthing:
      1. On each machine: sudo apt install syncthing, then start it (syncthing) and open http://127.0.0.1:8384
      2. Add the other machines: Actions > Show ID on one, Add Remote Device on the other.
      3. Share the folder { $folder } with them (Add Folder, then tick the devices).
      4. Exchange: seuil sync run (the desk does it by itself with sync_folder in desk.toml).
sync-run-written = Sent — files written: { $files }, changes: { $changes }
sync-run-applied = Received — files applied: { $files }, changes: { $changes }
sync-run-conflicts = To review (seuil sync conflicts): { $count }
sync-status-site = Site { $number }, { $name } — shared folder: { $folder }
sync-status-own = Files written: { $files } · changes waiting: { $waiting } · last exchange: { $last }
sync-status-peer = Site { $number } { $name } — files applied: { $applied } · last: { $last }
sync-status-never = never
sync-conflicts-none = No conflict to review.
sync-conflict-line = #{ $id } { $table } { $record } · { $field }: kept { $kept } (site { $kept_site }), other { $other } (site { $other_site }), { $at }
cli-cmd-sync = Exchange with the organisation's other sites through a shared folder
cli-cmd-sync-init = Join the organisation as a site of a shared folder
cli-cmd-sync-run = Write this site's changes, apply the other sites' files
cli-cmd-sync-status = How far each site's files were applied, and what waits
cli-cmd-sync-conflicts = Fields two sites changed each without the other's edit
cli-arg-sync-site = This site's name (the team, the antenna, the laptop)
cli-arg-sync-folder = The shared folder (Syncthing's, a network share, a USB stick)
cli-arg-sync-org-key = The organisation's key file (made if missing: the first site)
sync-error-no-key = { $path } holds no organisation key (a line AGE-SECRET-KEY-…). Copy the key file from the first site machine.
sync-held-two-machines = { $path }: written as site { $site } by another machine than the one whose files were applied here. Left unapplied; give each machine its own site (seuil sync init).
sync-double-dose = Incident: { $person } was given a dose on { $day } at two sites ({ $sites }), { $mg } mg in all. Check with the prescriber and record it.
topbar-sync = sync { $time }
topbar-sync-never = not synced yet
topbar-sync-attention = { $count } to look at
sync-desk-other-folder = desk.toml says sync_folder = { $given }, but this register exchanges through { $folder }: the desk does not exchange. Correct sync_folder.
sync-run-duplicates = Likely the same person at two sites (seuil sync conflicts): { $count }
sync-duplicate-line = Same person? { $a } { $a_name } and { $b } { $b_name }: seuil person merge KEEP OTHER, or seuil person not-same { $a } { $b }
generate-error-exchanging = This register exchanges with the other sites: generated persons would reach them all. Generate into another file (--db PATH).
cli-cmd-sync-reviewed = Take entries off the review list once looked at
cli-arg-sync-ids = The numbers of the entries (seuil sync conflicts)
sync-reviewed = Taken off the review list: { $count }
sync-error-unknown-review = There is no entry { $id } on the review list (see seuil sync conflicts). Nothing was changed.
sync-error-behind = { $path } holds this site's files up to number { $found }, but this register only wrote up to { $written }: it is older than its folder (put back from a backup?). Nothing was written. Exchange from the register that wrote those files, or start this one again as a new site (seuil sync init on a copy that has not joined).
