# Le comptoir de réduction des risques : matériel donné, rendu, naloxone.

audit-counter-item-update = a modifié la liste du matériel
audit-counter-exchange-insert = a enregistré du matériel donné
audit-naloxone-batch-insert = a reçu un lot de naloxone
audit-naloxone-kit-insert = a donné un kit de naloxone
audit-naloxone-reversal-insert = a enregistré l'usage d'un kit de naloxone
counter-error-unknown-item = « { $item } » n'est pas dans la liste du comptoir. Les articles : seuil counter items.
counter-error-removed-item = « { $item } » n'est plus donné dans ce centre.
counter-error-nothing = Rien à enregistrer : indiquez ce qui a été donné ou combien de matériel usagé a été rendu.
counter-error-confirm = { $count } × « { $item } », c'est plus de { $above } : vérifiez le nombre, puis confirmez (--yes en ligne de commande).
counter-error-no-naloxone = Pas assez de kits de naloxone en date (il en reste { $left }) : recevez d'abord un lot (seuil counter naloxone-receive).
counter-error-item-exists = « { $item } » est déjà dans la liste.
counter-error-key-taken = La touche { $key } est déjà celle de « { $item } ».
counter-error-bad-code = Code « { $code } » : de 2 à 30 minuscules, chiffres ou tirets.
counter-error-bad-key = Touche « { $key } » : une seule lettre minuscule, sauf r et t (rendu, pour d'autres).
counter-error-bad-kind = Type « { $kind } » inconnu. Les types : { $kinds }.
counter-error-no-name = Donnez au moins le nom en français (--name-fr).
counter-error-nothing-to-undo = Aucun échange d'aujourd'hui à reprendre.
counter-error-lot-exists = Le lot { $lot } est déjà enregistré.
counter-error-expired = Ce lot expire le { $day }, avant aujourd'hui : il ne peut pas être reçu.
counter-error-no-kits = Combien de kits ? Au moins un.
counter-error-no-lot = Le numéro de lot manque.
counter-error-unknown-kit = Aucun kit n° { $kit } n'a été donné.
counter-error-unknown-person = Aucune personne n'a le code { $code }.
counter-error-form = « { $word } » : écrivez ARTICLE=NOMBRE, par exemple syringe-1ml=10.
counter-error-count = « { $word } » : le nombre est un entier à partir de 1.
counter-error-twice = « { $item } » figure deux fois : une seule fois par article.
counter-list-reloaded = La liste a été relue : rien n'a été enregistré, corrigez puis enregistrez.

## Le matériel de base, par son code.
counter-item-syringe-1ml = Seringue 1 ml
counter-item-syringe-2ml = Seringue 2 ml
counter-item-needle = Aiguille
counter-item-cup = Cupule (Stericup)
counter-item-filter = Filtre
counter-item-water = Eau stérile
counter-item-swab = Tampon alcoolisé
counter-item-ascorbic-acid = Acide ascorbique
counter-item-tourniquet = Garrot
counter-item-crack-pipe = Pipe à crack
counter-item-mouthpiece = Embout
counter-item-foil = Feuille d'aluminium
counter-item-snorting-kit = Kit sniff
counter-item-condom = Préservatif
counter-item-lubricant = Lubrifiant
counter-item-naloxone = Kit de naloxone
counter-item-fentanyl-strip = Test fentanyl
counter-item-sharps-container = Collecteur d'aiguilles

## Le comptoir en ligne de commande.
counter-exchange-item = échange
counter-given = Donné : { $what } · rendu : { $returned } · pour d'autres : { $others }
counter-kit-given = Kit de naloxone n° { $kit } : lot { $lot }, expire le { $expires }
counter-today-line = Aujourd'hui : échanges { $exchanges } · rendu { $returned } · pour d'autres { $others } · bilan d'échange { $balance }
counter-undone = Repris. { $what }
counter-item-removed = « { $item } » n'est plus donné ; il reste dans les chiffres.
counter-batch-line = Lot { $lot }, expire le { $expires } : { $kits ->
    [one] { $kits } kit
   *[other] { $kits } kits
}, il en reste { $left }
counter-reversal-recorded = Usage du kit enregistré (n° { $id }) : { $outcome ->
    [recovered] rétabli
    [hospital] hôpital
    [died] décès
   *[other] issue inconnue
}.
counter-outcome-recovered = rétabli
counter-outcome-hospital = hôpital
counter-outcome-died = décès
counter-outcome-unknown = inconnue
counter-called-yes = oui
counter-called-no = non
counter-called-unknown = ne sait pas

cli-cmd-counter = Comptoir de réduction des risques : matériel donné et rendu, naloxone
cli-cmd-counter-items = La liste des articles : codes, touches, types, noms
cli-cmd-counter-give = Enregistrer du matériel donné (et du matériel usagé rendu)
cli-cmd-counter-today = Les chiffres du jour au comptoir
cli-cmd-counter-undo = Reprendre le dernier échange d'aujourd'hui de l'utilisateur de cette machine
cli-cmd-counter-item-add = Ajouter un article à la liste
cli-cmd-counter-item-rename = Nommer un article dans une ou plusieurs langues
cli-cmd-counter-item-key = Donner une autre touche à un article
cli-cmd-counter-item-remove = Ne plus donner un article (il reste dans les chiffres)
cli-cmd-counter-naloxone-receive = Enregistrer la réception d'un lot de kits de naloxone
cli-cmd-counter-reversal = Enregistrer l'usage d'un kit de naloxone (lors d'une overdose)
cli-arg-given = Le matériel donné : ARTICLE=NOMBRE, par exemple syringe-1ml=10 needle=10
cli-arg-returned = Nombre de pièces de matériel usagé rendues
cli-arg-for-others = Pour combien d'autres personnes (distribution secondaire)
cli-arg-counter-emergency = Donné en urgence, sans échange
cli-arg-counter-kind = Type : injection, smoking, sniffing, sex, naloxone, test, disposal, care, other
cli-arg-key = La touche qui le donne au comptoir (une lettre)
cli-arg-exchange = Matériel d'injection stérile, donné en échange de matériel usagé
cli-arg-item-code = Code de l'article (syringe-1ml…)
cli-arg-kits = Nombre de kits
cli-arg-kit = Numéro du kit utilisé, s'il est connu
cli-arg-emergency-called = Secours appelés : yes, no ou unknown
cli-arg-reversal-outcome = Issue : recovered, hospital, died ou unknown
cli-arg-reversal-on = Le jour où le kit a été utilisé
cli-arg-naloxone-lot = Numéro de lot écrit sur la boîte

## L'écran du comptoir.
tab-counter = Comptoir
help-action-goto-counter = Aller à l'écran « { $screen } » (Alt+8 quand le terminal prend F11 pour le plein écran)
help-action-counter-count = Un nombre puis la touche d'un article : combien (le nombre reste pour les touches suivantes)
help-action-counter-returned = Matériel usagé rendu : le nombre tapé avant, sinon un de plus
help-action-counter-others = Pour combien d'autres personnes (distribution secondaire)
help-action-counter-more = Un de plus sur la ligne choisie
help-action-counter-less = Un de moins sur la ligne choisie
help-action-counter-emergency = Urgence : donné sans échange
help-action-counter-person = Pour une personne (code ou nom) ; à nouveau : anonyme
help-action-counter-save = Enregistrer l'échange
help-action-counter-clear = Tout effacer, sans rien enregistrer
help-action-counter-undo = Reprendre le dernier échange d'aujourd'hui (après une question)
help-action-counter-reversal = Signaler l'usage d'un kit de naloxone
help-action-counter-clear-count = Effacer le nombre tapé
help-action-counter-pick = Choisir cette personne
help-action-counter-cycle = Changer la réponse
help-action-counter-yes = Oui
hint-counter-count = nombre
hint-counter-returned = rendu
hint-counter-others = autres
hint-counter-person = personne
hint-counter-undo = reprendre
hint-counter-reversal = kit utilisé
hint-counter-yes = oui
counter-col-item = Matériel
counter-col-now = Ici
counter-col-today = Jour
counter-this-exchange = Cet échange
counter-returned-label = Rendu
counter-others-label = Pour d'autres
counter-person-label = Personne
counter-anonymous = anonyme
counter-balance-label = Bilan d'échange
counter-balance-detail = { $given } contre échange · { $returned } rendus
counter-emergency-on = URGENCE : donné sans échange
counter-count-armed = Nombre : { $count }
counter-naloxone-next = Naloxone : lot { $lot }, exp. { $expires } ({ $left })
counter-naloxone-none = Naloxone : aucun lot en date
counter-today = Aujourd'hui
counter-today-exchanges = Échanges
counter-today-emergencies = Urgences
counter-saved = Enregistré : { $what }
counter-ask-undo = Reprendre le dernier échange d'aujourd'hui ? Entrée : oui · Échap : non
counter-ask-confirm = { $count } × « { $item } » : c'est beaucoup. Entrée pour confirmer, Échap pour corriger.
counter-person-search = Code ou nom
counter-person-none = Aucune personne trouvée.
counter-reversal-title = Kit de naloxone utilisé
counter-reversal-kit = N° du kit
counter-reversal-person = Code de la personne
counter-reversal-on = Quand
counter-reversal-called = Secours appelés
counter-reversal-outcome = Issue
counter-reversal-note = Note
counter-reversal-bad-date = Date non comprise : « { $text } ».
counter-reversal-bad-kit = Le numéro du kit est un nombre : « { $text } ».
counter-person-line = Personne : { $person }

## Export of a person.
export-section-counter = Matériel donné au comptoir
export-section-naloxone-kits = Kits de naloxone
export-section-reversals = Kits de naloxone utilisés
export-col-given = donné
export-col-session = maraude
export-col-returned = rendu
export-col-for-others = pour d'autres
export-col-emergency = urgence
export-col-taken-back = repris
export-col-kit = kit n°
export-col-lot = lot
export-col-expires = expire le
export-col-happened = utilisé le
export-col-called = secours appelés
export-col-reversal-outcome = issue
counter-page-title = Matériel donné
counter-page-outreach = maraude
counter-page-line = { $what } · rendu { $returned }
