# Le dispensaire : la liste du jour et l'écran de dose d'une personne.

tab-treatment = Doses

## Les touches

help-action-open-dose = Ouvrir l'écran de dose de la personne
hint-open-dose = Dose
help-action-dose-give = Confirmer la dose du jour, prise sur place
hint-dose-give = Donner
help-action-dose-take-home = Dose à emporter : puis le nombre de jours (1 à 7)
hint-dose-take-home = Emporter
help-action-dose-withhold = Suspendre la dose du jour, avec la raison
hint-dose-withhold = Suspendre
help-action-dose-decide = Noter la décision du prescripteur
hint-dose-decide = Décision
help-action-dose-prescribe = Enregistrer une nouvelle prescription
hint-dose-prescribe = Prescription
help-action-dose-vomited = La dose du jour a été vomie
help-action-dose-refused = La personne refuse la dose du jour
help-action-dose-reverse = Annuler le dernier enregistrement d'aujourd'hui (demande confirmation)
help-action-dose-close = Revenir à la liste, ou là d'où l'écran a été ouvert
help-action-take-home-days = Le nombre de jours à emporter
hint-take-home-days = Jours
help-action-withhold-reason = Choisir la raison
help-action-withhold-confirm = Enregistrer la dose suspendue avec cette raison
help-action-reverse-confirm = Oui, annuler
hint-reverse-confirm = Annuler l'enregistrement

## La liste du jour

dispensary-list-title = Dispensaire aujourd'hui
dispensary-dosed-count = { $count ->
    [0] personne n'a encore reçu sa dose
    [one] une personne a reçu sa dose
   *[other] { $count } personnes ont reçu leur dose
}
dispensary-list-empty = Personne dans la file du dispensaire aujourd'hui. L'écran de dose d'une personne s'ouvre aussi depuis sa fiche (g).
dispensary-col-today = Aujourd'hui
dispensary-dosed-tag = [dosé]
dispensary-not-dosed = pas encore

## L'écran de dose

dispensary-reading = Lecture du dossier…
dispensary-prescription = { $product } { $mg } mg par jour, du { $from } au { $until }
dispensary-prescription-by = Prescripteur : { $prescriber } · à emporter : { $days ->
    [0] jamais
    [one] 1 jour au plus
   *[other] { $days } jours au plus
}
dispensary-no-current = Aucune prescription en cours.
dispensary-due = Dose du jour : { $mg } mg. Entrée la confirme, prise sur place.
dispensary-due-by-decision = Dose du jour : { $mg } mg, fixée par décision du prescripteur. Entrée la confirme, prise sur place.
dispensary-missed = { $missed ->
    [0] Aucun jour manqué
    [one] 1 jour manqué
   *[other] { $missed } jours manqués
}
dispensary-take-homes-up-to = à emporter : jusqu'à { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
dispensary-take-homes-none = pas de dose à emporter aujourd'hui
dispensary-back-on = Attendu le { $day }
dispensary-mg = { $mg } mg
dispensary-last-doses = Dernières doses
dispensary-no-doses = Aucune dose ces deux dernières semaines.
dispensary-decision-mg = , reprise à { $mg } mg
dispensary-last-decision = Décision du { $day } ({ $prescriber }) : { $decision }{ $mg }
dispensary-tag-reversed = [annulée]
dispensary-tag-later = [saisie après coup]
dispensary-ask-days = Pour combien de jours ? Tapez 1 à { $days } (Échap : rien n'est écrit).
dispensary-ask-reverse = Annuler le dernier enregistrement d'aujourd'hui pour cette personne ? Entrée : oui · Échap : non.
dispensary-ask-reason = Pourquoi la dose est-elle suspendue ?
dispensary-reason-intoxicated = personne intoxiquée
dispensary-reason-prescriber = décidé par le prescripteur
dispensary-reason-other = autre raison
dispensary-reason-needed = Écrivez la raison, ou choisissez-en une dans la liste.

## Les formulaires

dispensary-decision-title = Décision du prescripteur pour { $code }
dispensary-decision-hint = { $missed ->
    [0] Aucun jour manqué.
    [one] 1 jour manqué.
   *[other] { $missed } jours manqués.
} La dose de reprise est demandée quand les jours manqués l'exigent.
dispensary-prescription-title = Nouvelle prescription pour { $code }
dispensary-prescription-hint = Dates comme { $today } ; sans date de fin, la prescription dure le plus longtemps permis. ←→ choisit le produit.
dispensary-field-prescriber = Prescripteur
dispensary-field-decision = Décision
dispensary-field-restart-mg = Dose de reprise (mg)
dispensary-field-product = Produit
dispensary-field-mg = Dose par jour (mg)
dispensary-field-starts = Du
dispensary-field-ends = Au (facultatif)
dispensary-field-take-home-days = Jours à emporter (0 à 7)
dispensary-field-note = Note
dispensary-error-product = Choisissez le produit (←→).
dispensary-error-days = Le nombre de jours à emporter est un nombre de 0 à { $ceiling }.

## Ce qui a été enregistré

dispensary-recorded-given = Dose enregistrée : { $mg } mg pris sur place.
dispensary-recorded-take-home = Dose enregistrée : { $mg } mg par jour emportés pour { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
dispensary-recorded-vomited = Enregistré : dose vomie ({ $mg } mg). Elle n'est redonnée que sur décision du prescripteur (d).
dispensary-recorded-refused = Enregistré : la personne a refusé la dose.
dispensary-recorded-withheld = Enregistré : dose suspendue.
dispensary-reversed = Annulé : { $rows ->
    [one] { $rows } ligne reprise
   *[other] { $rows } lignes reprises
} ; le registre récupère le produit.
dispensary-decided = Décision du prescripteur enregistrée.
dispensary-prescribed = Prescription enregistrée : { $mg } mg par jour.
help-action-dose-labels = Réimprimer les étiquettes de la dose à emporter qui vient d'être remise
help-action-register = Ouvrir le registre des stupéfiants (stock, bilan du jour, lots reçus)
dispensary-tdi-starting = Pas encore d'épisode TDI pour cette personne : il s'ouvre au début d'un traitement. t ouvre la fiche.
dispensary-tdi-returning = Un épisode TDI est à ouvrir : retour après six mois ou plus (dernier contact le { $day }). t ouvre la fiche.
