# Plusieurs sites, un seul registre

sync-error-already-joined = Cette base est déjà le site { $number } ({ $name }) de l'organisation : elle n'en rejoint pas une deuxième fois.
sync-error-site-number = Le numéro de site { $number } n'existe pas : choisissez-en un de 1 à { $max }.
sync-error-not-started = Ce registre n'échange pas encore avec les autres sites. Commencez par : seuil sync init --site NOM --folder DOSSIER --org-key FICHIER
sync-error-started = Ce registre échange déjà avec les autres sites par { $folder }.
sync-error-key = Le fichier de clé de l'organisation { $path } est inutilisable ({ $detail }). Recopiez-le depuis la machine du premier site.
sync-error-folder = Le dossier partagé { $path } est inutilisable ({ $detail }). Vérifiez qu'il existe et que ce compte peut y écrire.
sync-error-taken = { $path } est écrit par une autre machine comme site { $number }. Chaque machine n'écrit que son propre dossier : lancez seuil sync init sur le registre propre à cette machine, ou utilisez la machine à qui ce dossier appartient.
sync-error-full = Le dossier partagé compte déjà { $max } sites : il ne reste aucun numéro de site.
sync-error-write = Le fichier d'échange { $path } n'a pas pu être écrit ({ $detail }). Rien n'est perdu : les changements attendent dans le registre et partent au prochain échange.
sync-error-site-name = Donnez un nom au site : --site "Antenne Midi", par exemple.
sync-held-newer-schema = { $path } : écrit par un seuil plus récent (schéma { $found }, celui-ci lit jusqu'au { $ours }). Gardé sans l'appliquer ; il sera appliqué après la mise à jour de cette machine.
sync-held-waiting = { $path } : attend le fichier { $file } du site { $other }, pas encore arrivé.
sync-held-not-ours = { $path } : ce n'est pas un fichier d'échange de seuil. Laissé tel quel, sans l'appliquer ; retirez-le du dossier.
sync-held-other-key = { $path } : chiffré pour la clé d'une autre organisation. Non appliqué ; vérifiez que tous les sites ont le même fichier de clé.
sync-held-damaged = { $path } : tronqué ou modifié après son écriture. Non appliqué ; une copie entière suit d'habitude, sinon demandez au site { $site } de relancer un échange.
sync-held-clock = { $path } : son horloge a { $days } jours d'avance sur celle de cette machine. Non appliqué ; remettez à l'heure la machine du site { $site }.
sync-held-refused = { $path } : ses changements ne peuvent pas être appliqués ici ({ $detail }). Rien n'en a été appliqué ; voyez seuil sync status.
sync-init-done = Ce registre est maintenant le site { $number }, { $name }, et échange par { $folder }.
sync-init-new-key = La clé de l'organisation a été créée : { $path }. Copiez ce fichier à la main (une clé USB) sur chaque autre machine de site et chaque portable, jamais dans le dossier partagé.
sync-init-key-used = La clé de l'organisation : { $path }.
sync-init-steps =
    Pour transporter les fichiers entre les machines avec Syncthing :
      1. Sur chaque machine : sudo apt install syncthing, puis lancez-le (syncthing) et ouvrez http://127.0.0.1:8384
      2. Ajoutez les autres machines : Actions > Afficher l'ID sur l'une, Ajouter un appareil sur l'autre.
      3. Partagez avec elles le dossier { $folder } (Ajouter un partage, puis cochez les appareils).
      4. Échangez : seuil sync run (le poste le fait seul avec sync_folder dans desk.toml).
sync-run-written = Envoyé — fichiers écrits : { $files }, changements : { $changes }
sync-run-applied = Reçu — fichiers appliqués : { $files }, changements : { $changes }
sync-run-conflicts = À revoir (seuil sync conflicts) : { $count }
sync-status-site = Site { $number }, { $name } — dossier partagé : { $folder }
sync-status-own = Fichiers écrits : { $files } · changements en attente : { $waiting } · dernier échange : { $last }
sync-status-peer = Site { $number } { $name } — fichiers appliqués : { $applied } · dernier : { $last }
sync-status-never = jamais
sync-conflicts-none = Aucun conflit à revoir.
sync-conflict-line = #{ $id } { $table } { $record } · { $field } : gardé { $kept } (site { $kept_site }), autre { $other } (site { $other_site }), { $at }
cli-cmd-sync = Échanger avec les autres sites de l'organisation par un dossier partagé
cli-cmd-sync-init = Rejoindre l'organisation comme site d'un dossier partagé
cli-cmd-sync-run = Écrire les changements de ce site, appliquer les fichiers des autres
cli-cmd-sync-status = Où en sont les fichiers de chaque site, et ce qui attend
cli-cmd-sync-conflicts = Les champs changés par deux sites sans que l'un voie la modification de l'autre
cli-arg-sync-site = Le nom de ce site (l'équipe, l'antenne, le portable)
cli-arg-sync-folder = Le dossier partagé (celui de Syncthing, un partage réseau, une clé USB)
cli-arg-sync-org-key = Le fichier de clé de l'organisation (créé s'il manque : le premier site)
sync-error-no-key = { $path } ne contient pas de clé d'organisation (une ligne AGE-SECRET-KEY-…). Recopiez le fichier de clé depuis la machine du premier site.
sync-held-two-machines = { $path } : écrit comme site { $site } par une autre machine que celle dont les fichiers ont été appliqués ici. Non appliqué ; donnez à chaque machine son propre site (seuil sync init).
sync-double-dose = Incident : { $person } a reçu une dose le { $day } sur deux sites ({ $sites }), { $mg } mg en tout. Voyez avec le prescripteur et consignez-le.
topbar-sync = échange { $time }
topbar-sync-never = pas encore d'échange
topbar-sync-attention = { $count } à voir
sync-desk-other-folder = desk.toml indique sync_folder = { $given }, mais ce registre échange par { $folder } : le poste n'échange pas. Corrigez sync_folder.
sync-run-duplicates = Sans doute la même personne sur deux sites (seuil sync conflicts) : { $count }
sync-duplicate-line = Même personne ? { $a } { $a_name } et { $b } { $b_name } : seuil person merge GARDÉ AUTRE, ou seuil person not-same { $a } { $b }
generate-error-exchanging = Ce registre échange avec les autres sites : des personnes générées leur parviendraient à tous. Générez dans un autre fichier (--db CHEMIN).
cli-cmd-sync-reviewed = Retirer de la liste à revoir les entrées examinées
cli-arg-sync-ids = Les numéros des entrées (seuil sync conflicts)
sync-reviewed = Retirées de la liste à revoir : { $count }
sync-error-unknown-review = Il n'y a pas d'entrée { $id } sur la liste à revoir (voyez seuil sync conflicts). Rien n'a été changé.
sync-error-behind = { $path } contient les fichiers de ce site jusqu'au numéro { $found }, mais ce registre n'a écrit que jusqu'au { $written } : il est plus ancien que son dossier (restauré depuis une sauvegarde ?). Rien n'a été écrit. Échangez depuis le registre qui a écrit ces fichiers, ou faites de celui-ci un nouveau site (seuil sync init sur une copie qui n'a rejoint aucune organisation).
