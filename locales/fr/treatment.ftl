# Traitement de substitution : prescriptions, doses, décisions du prescripteur.

audit-prescription-insert = a enregistré une prescription
audit-dose-insert = a enregistré une dose
audit-decision-insert = a enregistré une décision du prescripteur
audit-product-update = a modifié la liste des produits
audit-stock-update = a écrit au registre des stupéfiants
audit-tdi-insert = a ouvert un épisode TDI
audit-tdi-update = a complété un épisode TDI

## Les produits

product-methadone-syrup = méthadone sirop
product-methadone-capsule = méthadone gélules
product-buprenorphine = buprénorphine
product-buprenorphine-naloxone = buprénorphine-naloxone
product-morphine-sr = morphine à libération prolongée

## Ce qui est arrivé à la dose du jour

dose-outcome-given = donnée sur place
dose-outcome-take-home = emportée
dose-outcome-vomited = vomie
dose-outcome-refused = refusée
dose-outcome-withheld = suspendue
dose-outcome-reversal = annulée

## Pourquoi une dose n'est pas donnée, et quoi faire

dose-refused-no-prescription = Aucune prescription pour cette personne. Enregistrez d'abord l'ordonnance du prescripteur.
dose-refused-not-started = La prescription ne commence que le { $day }. Pas de dose avant cette date ; demandez au prescripteur si une dose est nécessaire aujourd'hui.
dose-refused-expired = La prescription s'est terminée le { $day }. Il faut une nouvelle ordonnance du prescripteur avant de donner une dose.
dose-refused-already = La dose du { $day } a déjà été enregistrée ({ $outcome }). Jamais deux doses le même jour ; si c'était une erreur, annulez-la (Alt+U) puis enregistrez la bonne.
dose-refused-future = Le { $day } est encore à venir : on n'enregistre que la dose d'aujourd'hui ou d'un jour passé.
dose-refused-withhold = { $missed } jours manqués d'affilée : dose suspendue jusqu'à la décision du prescripteur. Appelez-le, puis notez sa décision (d).
dose-refused-see-prescriber = { $missed } jours manqués d'affilée : le prescripteur doit voir la personne et fixer une dose de reprise plus basse. Notez sa décision avec la dose (d).
dose-refused-induction = { $missed } jours manqués d'affilée : c'est une nouvelle induction. Le prescripteur fixe la dose de reprise ; notez sa décision avec la dose (d).
dose-refused-vomited = La dose d'aujourd'hui a été vomie : on ne la redonne que sur décision du prescripteur. Notez sa décision (d).
dose-refused-take-homes-suspended = Pas de dose à emporter : { $missed } jour(s) manqué(s) depuis la dernière décision du prescripteur. Donnez la dose sur place, ou notez d'abord sa décision (d).
dose-refused-take-homes-not-prescribed = La prescription ne prévoit pas de dose à emporter : la dose se prend sur place.
dose-refused-take-homes-schedule = { $asked } jours à emporter demandés, la prescription en permet { $allowed } au plus.
dose-refused-take-homes-ceiling = { $asked } jours à emporter : la loi limite une délivrance à { $ceiling } jours.
dose-refused-take-homes-end = La prescription se termine le { $day } : pas de dose à emporter au-delà. Il faut une nouvelle ordonnance.
dose-refused-take-homes-none = Dites pour combien de jours (1 à 7).
dose-refused-above = { $asked } mg, c'est plus que la dose prévue ({ $due } mg). Une dose ne change que par une nouvelle prescription.
dose-refused-nothing = Une dose de 0 mg n'est pas une dose : donnez la dose prévue, ou notez « refusée » ou « suspendue ».
dose-refused-raced = Un autre poste vient d'enregistrer cette dose. Rien n'a été écrit ici ; l'écran montre la dose enregistrée.
dose-reverse-nothing = Rien à annuler : seul ce qui a été enregistré aujourd'hui pour cette personne peut l'être.
prescription-refused-ends-before-start = La prescription finit avant de commencer : vérifiez les dates de l'ordonnance.
prescription-refused-too-long = { $days } jours : une prescription couvre au plus { $allowed } jours. Enregistrez la suite comme nouvelle prescription quand elle arrive.
prescription-refused-dose = La dose journalière doit être un nombre de mg plus grand que 0 (par exemple 60 ou 2.5).
decision-refused-above = La dose de reprise ({ $asked } mg) dépasse la prescription ({ $prescribed } mg). Pour augmenter, il faut une nouvelle prescription.
decision-refused-dose-needed = { $missed } jours manqués : la décision doit fixer la dose de reprise (en mg).
decision-refused-no-prescriber = Indiquez le nom du prescripteur qui a décidé.
treatment-error-product = « { $product } » n'est pas un produit de la liste. Les produits : seuil stock products.
stock-refused-expired = Le lot { $lot } de { $product } a expiré le { $day } et il n'y a pas d'autre lot valable : enregistrez la réception d'un nouveau lot avant de délivrer.
stock-refused-not-enough = Il reste { $left } mg de { $product } dans les lots valables, il en faut { $needed } : enregistrez la réception d'un lot, ou corrigez le registre.

## La ligne de commande

cli-cmd-treatment = Traitement de substitution : prescriptions, dose du jour, décisions du prescripteur
cli-cmd-treatment-prescribe = Enregistrer l'ordonnance du prescripteur (une dose ne change que par une nouvelle prescription)
cli-cmd-treatment-dose = Enregistrer la dose du jour (donnée sur place sauf indication contraire)
cli-cmd-treatment-decide = Enregistrer la décision du prescripteur après des jours manqués ou une dose vomie
cli-cmd-treatment-reverse = Annuler le dernier enregistrement de dose du jour pour la personne (une erreur)
cli-cmd-treatment-show = La prescription en cours, la dose du jour ou pourquoi pas, les jours manqués, les dernières doses
cli-cmd-treatment-thresholds = Les seuils de jours manqués du centre ; donnez une valeur pour en changer un
cli-arg-product = Produit : methadone-syrup, methadone-capsule, buprenorphine, buprenorphine-naloxone, morphine-sr, ou un produit ajouté par le centre
cli-arg-prescribed-mg = Dose journalière en mg
cli-arg-from = Premier jour
cli-arg-until = Dernier jour (au plus 14 jours après le premier ; 14 jours s'il n'est pas donné)
cli-arg-prescriber = Nom du prescripteur
cli-arg-take-home-days = Nombre maximal de jours par délivrance (0 : sur place chaque jour ; 7 au plus)
cli-arg-note = Remarque
cli-arg-take-home = Remettre en une fois les doses de ce nombre de jours, aujourd'hui compris
cli-arg-outcome = Ce qui s'est passé : given (donnée), vomited (vomie), refused (refusée), withheld (suspendue)
cli-arg-on = Le jour de la dose, quand elle est saisie plus tard depuis le papier (jamais un jour à venir)
cli-arg-dose-mg = Moins que la dose prévue, quand la personne demande moins
cli-arg-dose-reason = Pourquoi (suspendue : intoxication, décision du prescripteur…)
cli-arg-restart-mg = La dose à donner désormais, en mg (nécessaire après 4 jours manqués)
cli-arg-decision = Ce que le prescripteur a décidé
cli-arg-withhold-after = Jours manqués à partir desquels la dose attend la décision du prescripteur (3)
cli-arg-see-prescriber-after = Jours manqués à partir desquels le prescripteur voit la personne et fixe la dose (4)
cli-arg-induction-after = Jours manqués à partir desquels c'est une nouvelle induction (5)
cli-arg-suspend-take-homes-after = Jours manqués qui suspendent les doses à emporter jusqu'à une décision (1)
cli-arg-prescription-days = Durée maximale d'une prescription, en jours (14)
treatment-error-product-list = « { $product } » ne désigne aucun produit, ou plusieurs. Les produits : { $products }.
treatment-prescribed = Prescription { $id } pour { $code } : { $product } { $mg } mg par jour, du { $from } au { $until }, à emporter jusqu'à { $takehome } jour(s), prescripteur { $prescriber }.
treatment-dosed = { $code } : { $product } { $mg } mg, { $outcome }, { $from } – { $until } ({ $days } jour(s)) ; jours manqués avant : { $missed }.
treatment-decided = Décision enregistrée pour { $code } (prescripteur { $prescriber }) ; dose désormais : { $mg } mg.
treatment-reversed = { $code } : { $count } enregistrement(s) annulé(s) ; les lignes restent, avec leur annulation.
treatment-thresholds = Dose suspendue dès { $withhold } jours manqués, prescripteur dès { $see }, nouvelle induction dès { $induction } ; doses à emporter suspendues dès { $suspend } ; une prescription dure au plus { $days } jours.
treatment-no-current = { $code } n'a pas de prescription en cours aujourd'hui.
treatment-due = Dose du jour : { $mg } mg.
treatment-missed = Jours manqués avant aujourd'hui : { $missed }.
treatment-back-on = À revoir le { $day }.

## La copie de la personne

export-section-prescriptions = Prescriptions
export-section-doses = Doses
export-section-decisions = Décisions du prescripteur
export-section-tdi = Épisodes TDI
export-col-product = produit
export-col-mg = mg
export-col-from = du
export-col-until = au
export-col-prescriber = prescripteur
export-col-take-home-days = jours à emporter
export-col-outcome = ce qui s'est passé
export-col-decision = décision
export-col-tdi-items = items TDI (codes)
treatment-tdi-due = Un épisode TDI est à ouvrir pour { $code } : seuil tdi open { $code }
cli-cmd-treatment-guest = Permettre à ce site de doser une personne suivie sur un autre site, en accord avec celui-ci
cli-arg-guest-from = Premier jour où ce site peut doser (aujourd'hui si non précisé)
cli-arg-guest-until = Dernier jour où ce site peut doser
treatment-guest-recorded = { $code } peut recevoir ici sa dose comme invité du { $from } au { $until }, en accord avec le site { $home }.
dose-refused-guest = Prescrit sur le site { $home } : une dose ici demande un accord d'invité avec ce site (seuil treatment guest CODE --until DATE).
