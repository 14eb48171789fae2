# Impressions : le talon que la personne emporte, les tickets de file, l'impression elle-même.

## Le talon, dans la langue de la personne
slip-title = Où aller
slip-from = Orientation par { $site }
slip-address = Adresse : { $address }
slip-no-address = Demandez l'adresse à l'accueil.
slip-phone = Téléphone : { $phone }
slip-hours = Heures d'ouverture : { $hours }
slip-when = Votre rendez-vous : le { $date } à { $time }
slip-when-none = Sans rendez-vous : allez-y pendant les heures d'ouverture.
slip-urgent = Allez-y aujourd'hui.
slip-bring = Prenez ce papier et les documents que vous avez (carte d'identité, carte de mutuelle, courriers du CPAS). Si vous n'en avez pas, allez-y quand même.
slip-contact = Une question ? { $site }, { $phone }

## Tickets de file
ticket-arrived = Arrivée à { $time }
ticket-wait = Gardez ce ticket. Votre numéro s'affichera sur l'écran.

## Impression
print-sent = Envoyé à l'imprimante { $printer }.
print-sent-default = Envoyé à l'imprimante.
print-saved = PDF enregistré : { $path }
print-error-no-cups = Ce poste ne peut pas imprimer (CUPS n'est pas installé). Rien n'est perdu : enregistrez le PDF dans un fichier depuis la file d'impression.
print-error-refused = L'imprimante n'a pas pris le document : { $reason } Rien n'est perdu : réessayez, ou enregistrez-le dans un fichier, depuis la file d'impression.
print-error-write = Impossible d'écrire { $path } : { $reason }. Rien n'est perdu : essayez un autre endroit, une clé USB par exemple.
print-error-font = Les polices d'impression de seuil sont abîmées ; réinstallez seuil. Rien n'est perdu.
referral-error-unknown-id = Pas d'orientation numéro { $id }. La page de la personne liste ses orientations.

## Ligne de commande
cli-arg-urgent = La personne doit y aller aujourd'hui
cli-arg-appointment = Rendez-vous pris chez le partenaire (25/11/2026 10:00)
cli-cmd-site = L'en-tête du centre : nom, adresse, téléphone
cli-arg-site-name = Nom du centre
site-field-name = Centre :
site-field-address = Adresse :
site-field-phone = Téléphone :
site-not-set = (non renseigné)
site-saved = En-tête enregistré ; il figure sur les lettres, les talons et les tickets.

## Rédiger une orientation (depuis la page d'une personne)
composer-title = Orientation pour { $person }
composer-partner = Partenaire
composer-reason = Motif
composer-urgent = Urgent
composer-appointment = Rendez-vous
composer-consent = Partagé sur la lettre
composer-letter-lang = Lettre en
composer-slip-lang = Talon en
composer-yes = oui
composer-no = non
composer-help-partner = Tapez quelques lettres du nom du partenaire ; ↑↓ pour choisir.
composer-help-reason = Tapez le motif, ou ↑↓ pour les motifs fréquents (dans la langue de la lettre).
composer-help-appointment = Date et heure prises chez le partenaire, comme 25/11/2026 10:00 ; vide s'il n'y en a pas.
composer-help-consent = Ne cochez que ce que la personne accepte de partager : ←→ pour se déplacer, Espace coche, ou 1–7.
composer-help-toggle = Espace ou ←→ pour changer.
composer-no-partner = Choisissez d'abord un partenaire.
composer-no-match = Aucun partenaire de ce nom dans le répertoire (F7 pour en ajouter).
composer-not-for-role = La rédaction d'orientations n'est pas ouverte à votre rôle.
consent-name = nom
consent-birth = date de naissance
consent-niss = NISS
consent-languages = langues
consent-phone = téléphone
consent-coverage = couverture
consent-reason = motif
preview-title = Ce qui sera imprimé (la lettre, puis le talon de la personne)
referral-saved-printed = Orientation { $id } enregistrée et envoyée à l'imprimante.
referral-saved-not-printed = Orientation { $id } enregistrée, mais pas imprimée :
help-action-refer = Rédiger une orientation pour cette personne
hint-refer = Orienter
help-action-preview = Voir ce qui sera imprimé
hint-preview = Aperçu
help-action-composer-choose = Choisir un partenaire ou un motif fréquent
help-action-save-print = Enregistrer l'orientation et l'imprimer
hint-save-print = Enregistrer et imprimer
hint-scroll = Défiler
help-action-back-to-form = Revenir au formulaire
hint-back = Retour

## File d'impression (écran Orientations)
print-queue-title = File d'impression : ce qui n'a pas atteint une imprimante d'abord
print-queue-empty = Rien d'imprimé pour l'instant.
print-state-waiting = en attente
print-state-sent = envoyé
print-state-failed = pas imprimé
print-state-saved = enregistré en PDF
print-kind-referral = Orientation { $title }
print-kind-ticket = Ticket { $title }
print-save-prompt = Enregistrer sous :
help-action-print-queue = Ouvrir la file d'impression
hint-print-queue = File d'impression
help-action-retry = Renvoyer à l'imprimante
hint-retry = Réessayer
help-action-save-pdf = Enregistrer en PDF (clé USB)
hint-save-pdf = Enregistrer PDF
help-action-open-page = Ouvrir la page de la personne (couverture, orientations)
print-error-no-printer = Aucune imprimante n'est choisie pour ce poste et l'ordinateur n'en a pas par défaut. Indiquez-en une dans desk.toml (printer = "…", voir lpstat -p). Rien n'est perdu : enregistrez le PDF depuis la file d'impression.
help-action-ticket = Imprimer un ticket avec le numéro, ou non
route-ticket = Imprimer un ticket (Alt+P)
admin-section-centre = Centre
help-action-centre-save = Enregistrer l'en-tête
site-explain = Imprimé en tête des lettres d'orientation, sur le talon de la personne et sur les tickets. ↑↓ pour passer d'un champ à l'autre, Entrée enregistre.
