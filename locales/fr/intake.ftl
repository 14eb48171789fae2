## Accueil des personnes : recherche, inscription, passages, fiche, et les commandes « person ».

intake-registered-count =
    { $count ->
        [one] { $count } personne inscrite
       *[other] { $count } personnes inscrites
    }
intake-loading = Chargement du registre…
intake-col-code = Code
intake-col-name = Nom
intake-col-born = Né·e
intake-col-languages = Langues
intake-col-last-visit = Passage
intake-empty-hint = Tapez quelques lettres d'un nom, d'un surnom ou d'un code ; une année précise (moh 1987). Rien n'est obligatoire : Alt+A inscrit un passage anonyme.
intake-none = Aucune personne trouvée pour « { $query } ».
intake-none-hint = Alt+N inscrit une nouvelle personne avec ce qui est tapé ; Alt+A inscrit un passage anonyme.
intake-anonymous = anonyme
intake-visit-recorded = Passage enregistré : { $code } { $name }
intake-registered = Inscription de { $code } { $name } ; passage enregistré.
intake-registered-anonymous = Passage anonyme inscrit sous le code { $code } ; passage enregistré.
intake-updated = Modifications de { $code } enregistrées.
hint-visit = Passage
hint-new-person = Nouvelle
hint-anonymous = Anonyme
hint-edit = Modifier
hint-save = Enregistrer
hint-next-field = Champ suivant
hint-cancel = Annuler
help-action-visit = Enregistrer le passage de la personne choisie
help-action-new-person = Inscrire une nouvelle personne avec ce qui est tapé
help-action-anonymous = Inscrire un passage anonyme (code seul) et l'enregistrer
help-action-edit = Modifier la fiche de la personne choisie
help-action-save = Enregistrer la fiche
help-action-next-field = Champ suivant
help-action-prev-field = Champ précédent
help-action-cancel = Annuler ; rien n'est enregistré
form-title-new = Nouvelle personne : aucun champ n'est obligatoire
form-title-edit = Modifier { $code }
form-duplicates = Déjà inscrite ? Échap, puis choisissez dans la liste :
form-sex-hint = Espace pour changer
field-given-name = Prénom(s)
field-family-name = Nom de famille
field-alias = Surnom, nom de rue
field-birth = Naissance (année ou date)
field-sex = Sexe
field-languages = Langues parlées
field-phone = Téléphone
field-niss = Numéro national ou BIS
field-nationality = Nationalité
field-commune = Commune, ou « sdf »
sex-unknown = —
sex-not-said = ne se prononce pas
sex-f = femme
sex-m = homme
sex-x = autre
field-error-too-long = { $field } : trop long ({ $max } caractères au plus).
field-error-birth-shape = { $field } : écrivez l'année (1987), le mois (05/1987) ou la date (25/05/1987).
field-error-birth-impossible = { $field } : cette date n'existe pas : { $day }/{ $month }/{ $year }.
field-error-birth-range = { $field } : la date est dans le futur ou remonte à plus de 120 ans.
field-error-niss-length = { $field } : un numéro national ou BIS a 11 chiffres.
field-error-niss-month = { $field } : le mois n'est pas possible (01–12, 00, ou 21–32 / 41–52 pour un BIS).
field-error-niss-day = { $field } : le jour n'est pas possible.
field-error-niss-checksum = { $field } : les chiffres de contrôle ne correspondent pas ; un chiffre a sans doute été mal tapé.
field-error-language = { $field } : cette langue n'est pas connue ; écrivez son nom (arabe, tigrinya, somali…) ou son code (ar, ti, so), séparés par des virgules.
field-error-phone = { $field } : seulement des chiffres, des espaces et + . / - ( ).
person-added = Inscription de { $code } { $name }
person-find-none = Aucune personne trouvée pour « { $query } ».
person-merged = { $other } fusionnée dans { $keep } (fusion { $id }). Pour annuler : seuil person unmerge { $id }
person-unmerged = Fusion { $id } annulée : { $keep } et { $other } sont de nouveau deux fiches.
person-not-same = C'est noté : { $a } et { $b } sont deux personnes différentes ; elles ne seront plus proposées comme doublons.
person-error-unknown-code = Aucune personne n'a le code { $code }. Cherchez-la avec « seuil person find ».
person-error-unknown-merge = Il n'y a pas de fusion numéro { $id }.
person-error-same-record = Une fiche ne peut pas être fusionnée avec elle-même.
person-error-already-merged = { $code } a déjà été fusionnée dans une autre fiche ; utilisez celle-là.
person-error-marked-not-same = { $a } et { $b } ont été notées comme deux personnes différentes ; pas de fusion.
person-error-already-undone = La fusion { $id } a déjà été annulée.
person-error-later-merge = { $code } a été fusionnée à nouveau après la fusion { $id } ; annulez d'abord cette fusion plus récente.
generate-done = { $persons } personnes et { $visits } passages créés en { $seconds } s.
hint-merge = Fusionner
help-action-merge = Marquer pour fusion ; sur une deuxième fiche, comparer et fusionner
hint-confirm-merge = Fusionner
help-action-confirm-merge = Fusionner les deux fiches
hint-not-same = Pas la même personne
help-action-not-same = Retenir que ce sont deux personnes différentes
intake-merge-marked = { $code } marquée. Choisissez la fiche à garder, puis Alt+M à nouveau.
intake-merged = { $other } fusionnée dans { $keep } (fusion { $id }). Alt+U l'annule.
intake-unmerged = Fusion { $id } annulée : les deux fiches sont de nouveau séparées.
intake-not-same = C'est noté : { $a } et { $b } sont deux personnes différentes ; plus jamais proposées.
merge-title = Même personne ?
merge-keep = Fiche conservée :
merge-other = Fiche fusionnée dedans :
merge-question = Fusionner { $other } dans { $keep } ? Les passages suivent ; Alt+U annule.
export-title = Tout ce que seuil conserve sur { $code }
export-section-record = Fiche
export-section-visits = Passages
export-section-tickets = Tickets
export-section-appointments = Rendez-vous
export-section-coverage = Couverture
export-section-free-care = Gratuité des soins
export-section-changes = Modifications
export-section-merges = Fusions
export-none = rien
intake-matched-count =
    { $count ->
        [one] { $count } personne trouvée
       *[other] { $count } personnes trouvées
    }
intake-matched-more = { $shown } sur { $count } · précisez
intake-near-count =
    { $count ->
        [one] ≈ { $count } nom proche, aucun exact
       *[other] ≈ { $count } noms proches, aucun exact
    }
person-find-near = Personne ne correspond mot pour mot à « { $query } » ; voici les plus proches (≈). Vérifiez avant d'inscrire une nouvelle fiche.
person-find-more = { $shown } affichées sur { $total } trouvées ; ajoutez un mot ou l'année de naissance, ou --limit.
search-keys-rebuilding = Mise à jour des clés de recherche

route-new-person = Nouvelle inscription
route-coverage-chosen = Couverture : { $route } (enregistrée avec l'inscription)
intake-registered-joined = Inscription de { $code } { $name } ; ticket { $ticket } : { $service }.
intake-registered-anonymous-joined = Passage anonyme inscrit sous le code { $code } ; ticket { $ticket } : { $service }.
intake-visit-removed = Passage retiré : { $code } { $name }
person-error-visit-not-yours = Ce passage ne peut plus être retiré : seule la personne qui l'a enregistré le retire, et le jour même.
person-error-visit-has-ticket = Ce passage a le ticket { $ticket } : retirez d'abord le ticket de la file (parti sans être vu).
help-action-undo = Annuler la dernière fusion ou le dernier passage enregistré à ce poste
intake-position = { $at }/{ $shown }

## Export d'une personne : les mots de chaque valeur
export-pair = { $label } : { $value }
export-registered = Fiche créée le { $at } par { $by }
export-col-arrived = arrivée
export-col-left = départ
export-col-desk = poste
export-col-by = par
export-col-ticket = ticket
export-col-service = service
export-col-day = jour
export-col-priority = priorité
export-col-status = état
export-col-called = appelé à
export-col-started = début
export-col-finished = fin
export-col-room = salle
export-col-time = heure
export-col-duration = durée
export-col-worker = intervenant·e
export-col-updated = mis à jour le
export-col-written = rédigée le
export-col-partner = partenaire
export-col-reason = motif
export-col-urgency = urgence
export-col-appointment = rendez-vous
export-col-low-income = revenu faible
export-col-free-from = soins gratuits depuis
export-col-free-review = à revoir le
export-change = { $field } : { $old } → { $new }
export-merge = fiche { $merged } fusionnée dans { $kept }
export-merge-undone = fusion annulée le { $at }
export-yes = oui
export-no = non
export-urgent = urgente
export-not-urgent = non urgente
export-minutes = { $minutes } min
export-no-fixed-address = sans adresse fixe
field-error-birth-no-such-month = { $field } : ce mois n'existe pas : { $month }/{ $year }.
form-warning-niss-birth = Le numéro national donne comme naissance { $niss }, pas { $birth }. Corrigez l'un des deux, ou appuyez encore sur Entrée pour garder ce qui est écrit.
intake-keep-typing = Une année s'écrit en quatre chiffres (1987) ; ou tapez un nom, un surnom ou un code.

## Intercultural mediation: marking a person, their record, their export.

help-action-mark-mediation = Demander un·e médiateur·rice interculturel·le dans la première langue de la personne ; encore : sa langue suivante, puis aucun·e
mediation-no-languages = Pour demander un·e médiateur·rice, notez d'abord les langues de { $code } dans sa fiche (Alt+E).
mediation-marked = { $name } ({ $code }) a besoin d'un·e médiateur·rice (langue : { $lang }). Alt+I encore : une autre de ses langues, ou aucun·e.
mediation-unmarked = { $name } ({ $code }) n'a plus besoin de médiateur·rice.
mediation-tag = [médiation { $lang }]
mediation-tag-joined = [médiation { $lang } : { $names }]
route-mediation = Médiation interculturelle : { $lang } (Alt+I)
route-mediation-none = Médiation interculturelle : non demandée (Alt+I)
export-section-mediation-need = Médiation interculturelle
export-section-mediations = Consultations avec un·e médiateur·rice
export-col-language = langue
export-col-marked = demandée le
export-col-joined = rejointe le
export-col-mediator = médiateur·rice
mediation-error-language = « { $code } » n'est pas une langue connue ; écrivez son nom (arabe, tigrinya…) ou son code (ar, ti, so…).
person-edited = { $code } { $name } : { $count ->
    [0] rien n'a changé
    [one] un champ corrigé, gardé dans l'historique de la fiche
   *[other] { $count } champs corrigés, gardés dans l'historique de la fiche
}
person-edit-nothing = Dites ce qui change : --name, --alias, --born, --phone, --commune ou --lang.
