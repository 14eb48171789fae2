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
cli-arg-appointment = Rendez-vous pris chez le partenaire (AAAA-MM-JJ HH:MM)
cli-cmd-site = L'en-tête du centre : nom, adresse, téléphone
cli-arg-site-name = Nom du centre
site-field-name = Centre :
site-field-address = Adresse :
site-field-phone = Téléphone :
site-not-set = (non renseigné)
site-saved = En-tête enregistré ; il figure sur les lettres, les talons et les tickets.
