# Personnel, connexion, verrouillage, journal, conservation.

role-reception = Accueil
role-nurse = Infirmier·ère
role-social = Assistant·e social·e
role-mediator = Médiateur·rice interculturel·le
role-coordinator = Coordination

setup-title = Bienvenue dans seuil
setup-intro = Cette base de données est neuve. Indiquez le nom du centre, et si vous le souhaitez son adresse et son téléphone (ils figurent en tête des lettres), puis créez le premier compte de coordination ; la coordination crée ensuite les autres comptes.
setup-site = Nom du centre
setup-pin-again = Code PIN (bis)

login-title = Connexion
login-name = Nom
login-pin = Code PIN
login-checking = Vérification…
login-refused = Nom ou code PIN non reconnu. Réessayez.
login-wait = Trop de codes PIN erronés. Réessayez dans { $seconds } s.

lock-title = Poste verrouillé
lock-intro = Verrouillé par { $name }. Tapez votre nom puis votre code PIN pour continuer ; une autre personne prend le poste de la même façon.

staff-error-name = Tapez un nom.
staff-error-pin = Un code PIN compte de 4 à 12 chiffres.
staff-error-pins-differ = Les deux codes PIN ne sont pas identiques. Retapez-le.
staff-error-taken = { $name } a déjà un compte.
staff-error-unknown = Aucun compte au nom de { $name }.
staff-error-last-coordinator = Le centre a besoin d'au moins un compte de coordination actif : créez-en d'abord un autre.

draft-title = Formulaire inachevé
draft-found = Un formulaire a été laissé à moitié rempli à ce poste (dernier enregistrement à { $time }) :
draft-question = Entrée : le reprendre · Échap : l'abandonner

screen-not-for-role = Cet écran n'est pas ouvert au rôle { $role }.
screen-not-for-role-detail = Demandez à la coordination si vous en avez besoin.

admin-section-services = Services
admin-section-staff = Personnel
admin-section-audit = Journal d'accès
admin-section-retention = Conservation

staff-col-name = Nom
staff-col-role = Rôle
staff-col-language = Langue
staff-col-state = État
staff-active = actif
staff-inactive = désactivé
staff-saved = Compte enregistré.
staff-new-pin = Nouveau code PIN
staff-form-help = Rôle : Espace ou ←→ pour changer. Laissez le code PIN vide pour garder l'actuel.
form-title-staff-new = Nouveau compte
form-title-staff-edit = Compte de { $name }

audit-filter = Filtre
audit-col-when = Quand
audit-col-who = Qui
audit-col-what = Quoi
audit-col-person = Personne
audit-none = Aucune ligne. Filtrez par code de personne, nom d'un membre du personnel ou jour (23/11/2026), puis Entrée.
audit-exported = { $count ->
    [one] { $count } ligne écrite dans { $path }.
   *[other] { $count } lignes écrites dans { $path }.
}
audit-export-failed = Impossible d'écrire { $path } ({ $detail }). Vérifiez le dossier et l'espace libre ; rien n'est perdu.

retention-days = Jours de conservation des files
retention-explain = Les tickets, leurs appels et les rendez-vous plus anciens sont supprimés par la purge. Les passages restent : ils font partie du dossier de soins. Les impressions déjà faites quittent la file d'impression avec elles.
retention-preview = Données de file d'avant le { $day } que la purge supprimerait : tickets { $tickets }, rendez-vous { $appointments }, impressions faites { $printouts }.
retention-error-days = Indiquez un nombre de jours entre 30 et 3650.
retention-purge-confirm = Appuyez encore sur Suppr pour supprimer ces données maintenant. C'est irréversible.
retention-purged = Purge faite. Supprimés : tickets { $tickets }, rendez-vous { $appointments }, impressions faites { $printouts }. Inscrit au journal.

hint-lock = Verrouiller
help-action-lock = Verrouiller le poste (données des personnes masquées jusqu'au code PIN)
hint-restore-draft = Reprendre
help-action-restore-draft = Reprendre le formulaire inachevé
hint-drop-draft = Abandonner
help-action-drop-draft = Abandonner le formulaire inachevé
hint-section = Section
help-action-admin-section = Section suivante de l'écran Administration
help-action-edit-staff = Modifier le compte choisi
help-action-add-staff = Créer un compte
hint-toggle-staff = Activer/désactiver
help-action-toggle-staff = Activer ou désactiver le compte choisi
hint-filter = Filtrer
help-action-audit-filter = Afficher les lignes qui correspondent au filtre
hint-export = Exporter
help-action-audit-export = Exporter les lignes affichées dans un fichier CSV
help-action-retention-save = Enregistrer le nombre de jours
hint-purge = Purger
help-action-purge = Supprimer les données de file plus anciennes que la conservation

## Ligne de commande
cli-arg-key-file = Fichier de clé d'une base chiffrée (sinon SEUIL_KEY_FILE, sinon key_file dans desk.toml)
cli-arg-new-key-file = Fichier contenant la nouvelle clé (sinon elle est tapée deux fois)
cli-arg-role = Rôle : reception, nurse, social, mediator, coordinator
cli-arg-language = Langue d'interface du compte : fr, nl, en, ar, ti, pl
cli-arg-staff-name = Nom du membre du personnel, tel qu'il se connectera
cli-arg-audit-person = Seulement les lignes concernant cette personne (code)
cli-arg-staff = Seulement les lignes de ce membre du personnel
cli-arg-day = Seulement les lignes de ce jour (25/11/2026 ou 2026-11-25)
cli-cmd-staff = Comptes du personnel
cli-cmd-staff-add = Créer un compte (le code PIN est demandé deux fois)
cli-cmd-staff-list = Lister les comptes
cli-cmd-audit = Journal d'accès : qui a fait quoi, quand, depuis quel poste
cli-cmd-audit-list = Afficher des lignes du journal d'accès
cli-cmd-audit-export = Écrire des lignes du journal d'accès dans un fichier CSV
cli-cmd-db-purge = Supprimer les données de file plus anciennes que la conservation (demande --yes)
cli-cancelled = Annulé : rien n'a été modifié.
staff-error-role = Rôle inconnu « { $role } ». Rôles : reception, nurse, social, mediator, coordinator.
staff-error-language = Langue inconnue. Langues : fr, nl, en, ar, ti, pl.
staff-added = Compte créé : { $name } ({ $role }).
db-passphrase = Phrase secrète de la base :
db-new-passphrase = Nouvelle phrase secrète (au moins 8 caractères) :
db-new-passphrase-again = La même phrase secrète, encore :
db-passphrases-differ = Les deux phrases secrètes ne sont pas identiques. Rien n'a été modifié.
db-key-needs-file = Sans terminal pour la taper, donnez la nouvelle clé avec --new-key-file CHEMIN.
db-rekey-needs-key = Pour changer la clé, donnez l'actuelle avec --key-file (ou SEUIL_KEY_FILE).
db-encrypt-plain-only = Cette base est ouverte avec une clé : elle est déjà chiffrée. Pour changer sa clé, utilisez « seuil db rekey ».
db-encrypt-done = { $path } est maintenant chiffrée. Gardez la clé en lieu sûr : sans elle, personne ne peut lire les données.
db-rekey-done = La clé de { $path } a été changée. Les sauvegardes faites avant gardent l'ancienne clé.
db-purge-needs-yes = Rien n'a été supprimé. Relancez avec --yes pour le supprimer.

## Erreurs
error-wrong-key = La clé n'ouvre pas { $path }. Vérifiez le fichier de clé ou la phrase secrète ; le fichier n'a pas été modifié.
error-key-file = Impossible de lire le fichier de clé { $path } ({ $detail }). Vérifiez que la clé USB est branchée et que le fichier s'y trouve.
error-key-short = Une phrase secrète compte au moins { $min } caractères.
error-db-in-use = D'autres postes ont la base ouverte. Fermez tous les postes (et l'écran de salle d'attente), puis réessayez ; rien n'a été modifié.
error-needs-key = { $path } est chiffrée (ou n'est pas une base seuil) : donnez sa clé avec --key-file CHEMIN ou SEUIL_KEY_FILE.
backup-daily-failed = La sauvegarde du jour vers { $path } a échoué ({ $detail }). Vérifiez que le dossier existe et qu'il y a de la place ; la base elle-même va bien.
field-fund = Mutuelle
field-note = Note
field-hidden = (masqué pour votre rôle)
db-backup-target = Impossible d'écrire la sauvegarde dans { $path } ({ $detail }). Vérifiez que le disque ou la clé USB est branché, accessible en écriture et qu'il reste de la place ; la base elle-même n'a pas été touchée et aucune demi-sauvegarde n'est restée.

## Journal d'accès en mots : ce que chaque ligne dit (après le nom de qui l'a fait)
audit-person-insert = a enregistré une personne
audit-person-update = a modifié la fiche d'une personne
audit-person-delete = a supprimé la fiche d'une personne
audit-person-open = a ouvert la fiche d'une personne
audit-person-export = a exporté tout ce qui est conservé sur une personne
audit-person-bulk = a créé un registre d'essai ({ $count } personnes)
audit-visit-insert = a noté un passage
audit-visit-update = a modifié un passage
audit-visit-delete = a retiré un passage
audit-ticket-insert = a donné un ticket de file
audit-ticket-update = a mis à jour un ticket de file
audit-ticket-delete = a supprimé un ticket de file
audit-appointment-insert = a pris un rendez-vous
audit-appointment-update = a modifié un rendez-vous
audit-appointment-delete = a supprimé un rendez-vous
audit-coverage-insert = a ajouté une couverture
audit-coverage-update = a mis à jour une couverture
audit-coverage-delete = a supprimé une couverture
audit-free-care-update = a changé la gratuité des soins ou le revenu faible
audit-free-care-delete = a retiré la gratuité des soins
audit-merge-insert = a fusionné deux fiches
audit-merge-update = a annulé une fusion
audit-merge-delete = a supprimé une fusion
audit-not-same-insert = a noté que deux fiches sont deux personnes différentes
audit-not-same-delete = a retiré la mention « pas la même personne »
audit-service-insert = a ajouté un service
audit-service-update = a modifié un service
audit-service-delete = a supprimé un service
audit-partner-insert = a ajouté un partenaire
audit-partner-update = a modifié un partenaire
audit-partner-delete = a supprimé un partenaire
audit-referral-insert = a rédigé une orientation
audit-referral-update = a mis à jour une orientation
audit-referral-delete = a supprimé une orientation
audit-print-insert = a lancé une impression
audit-print-update = a mis à jour une impression
audit-print-delete = a retiré une impression de la file d'impression
audit-staff-insert = a créé un compte du personnel
audit-staff-update = a modifié un compte du personnel
audit-staff-delete = a supprimé un compte du personnel
audit-staff-login = connexion de { $name }
audit-staff-login-refused = code PIN refusé pour « { $name } »
audit-setting-update = a changé un réglage : { $setting }
audit-setting-delete = a effacé un réglage : { $setting }
audit-desk-lock = a verrouillé le poste
audit-queue-purge = a purgé les données de file d'avant le { $day } (tickets { $tickets }, rendez-vous { $appointments }, impressions faites { $printouts })
audit-audit-export = a exporté { $count ->
        [0] { $count } lignes
        [one] une ligne
       *[other] { $count } lignes
    } du journal d'accès vers { $path }
audit-database-encrypt =
    { $rekey ->
        [yes] a changé la clé de la base de données
       *[no] a chiffré la base de données
    }
audit-unknown = { $codes } { $detail }
audit-who-system = { $user } (système)
audit-setting-site-name = nom du centre
audit-setting-site-address = adresse du centre
audit-setting-site-phone = téléphone du centre
audit-setting-retention = conservation des données de file
audit-setting-search-keys = version des clés de recherche

## Premier démarrage : l'adresse et le téléphone du centre, pour l'en-tête des lettres
setup-address = Adresse (facultatif)
setup-phone = Téléphone (facultatif)

## Intercultural mediation in the audit trail.

audit-mediation-need-update = a noté qu'une personne a besoin d'un·e médiateur·rice interculturel·le
audit-mediation-need-delete = a retiré la demande d'un·e médiateur·rice
audit-mediation-insert = a rejoint une consultation comme médiateur·rice
audit-mediation-delete = s'est retiré·e d'une consultation comme médiateur·rice

## Languages each member of staff speaks (what a mediator's list is made of).

staff-speaks = Langues parlées (ar, ti…)
staff-col-speaks = Parle
staff-error-speaks = Écrivez les langues parlées par leur nom ou leur code, séparées par des virgules : arabe, tigrinya, so.
cli-arg-speaks = Langues parlées avec les personnes accueillies (codes : ar,ti,so), ce que liste la médiation
cli-arg-languages = Codes des langues, séparés par des virgules (ar,ti) ; rien : les oublier
cli-cmd-staff-speaks = Noter les langues qu'un membre du personnel parle avec les personnes accueillies
staff-speaks-saved = { $name } parle : { $langs }.
staff-speaks-cleared = Plus aucune langue notée pour { $name }.
