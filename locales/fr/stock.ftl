# stock
# Le registre des stupéfiants : lots reçus, retours, destructions, bilan du jour, étiquettes.

## Pourquoi un acte du registre est refusé, et quoi faire

stock-error-product = « { $product } » n'est pas un produit de la liste. Les produits : seuil stock products.
stock-error-lot = Aucun lot « { $lot } » de { $product } au registre. Vérifiez le numéro sur le flacon ou la boîte (seuil stock balance).
stock-error-duplicate-lot = Le lot { $lot } de { $product } est déjà au registre. Un lot ne se reçoit qu'une fois ; une erreur se corrige par le bilan (seuil stock check).
stock-error-no-lot = Indiquez le numéro de lot écrit sur le flacon ou la boîte.
stock-error-not-positive = { $mg } mg n'est pas une quantité : indiquez une quantité plus grande que 0 mg.
stock-error-negative-count = On ne peut pas compter { $mg } mg : indiquez ce qui a été compté, 0 ou plus.
stock-error-expired-on-arrival = Ce lot aurait expiré le { $day }, avant d'être reçu : vérifiez la date de péremption.
stock-error-no-strength = Pour un sirop, indiquez sa concentration en mg/ml (--mg-per-ml), sinon les ml ne peuvent pas être calculés.
stock-error-bad-strength = La concentration doit être un nombre plus grand que 0.
stock-error-negative = Le lot { $lot } de { $product } contient { $left } mg : on ne peut pas en sortir { $asked }. Rien n'a été écrit ; vérifiez la quantité, ou faites d'abord le bilan.
stock-error-reason = Le registre indique { $expected } mg, vous avez compté { $counted } mg : écrivez la raison de l'écart pour corriger le registre.
stock-error-no-batch = Aucun lot de { $product } au registre : enregistrez d'abord la réception d'un lot.
stock-error-code = « { $code } » ne peut pas servir de code : des lettres minuscules, des chiffres et des tirets (par exemple oxycodone-lp).
stock-error-duplicate-product = Le produit { $product } est déjà dans la liste.
stock-error-form = « { $form } » n'est pas une forme connue : syrup, capsule, tablet ou other.

## Ce que disent les commandes

stock-product-added = Produit { $product } ajouté à la liste.
stock-received = Reçu : { $mg } mg de { $product }, lot { $lot }.
stock-returned = Retour au registre : { $mg } mg de { $product }, lot { $lot }.
stock-destroyed = Détruit : { $mg } mg de { $product }, lot { $lot }.
stock-check-confirmed = Bilan de { $product } confirmé : { $counted } mg, comme au registre.
stock-check-corrected = Bilan de { $product } corrigé : le registre indiquait { $expected } mg, il tient maintenant { $counted } mg comptés.
stock-no-moves = Aucun mouvement au registre ce jour-là.
stock-empty = Aucun lot au registre. Enregistrez une réception : seuil stock receive.
stock-checked-at = bilan fait à { $time } par { $by }
stock-not-checked = bilan du jour pas encore fait
stock-expired-mark = [PÉRIMÉ]
stock-expires = expire le
stock-none-expiring = Aucun lot n'expire dans les { $days } jours.
stock-kind-received = reçu
stock-kind-dispensed = délivré
stock-kind-returned = retour
stock-kind-destroyed = détruit
stock-kind-correction = correction

## Étiquettes des doses à emporter

label-ml = soit { $ml } ml
label-for-day = Pour le { $day }
label-code = Code : { $code }
label-lot = Lot { $lot }
label-keep-away = Tenir hors de portée des enfants.
label-saved = { $count } étiquette(s) écrite(s) dans { $path }.
label-sent = { $count } étiquette(s) envoyée(s) à l'imprimante de tickets { $printer }.
label-error-no-take-home = Aucune dose à emporter dans la délivrance { $delivery } (ou elle a été annulée). Le numéro de délivrance est dans seuil treatment show.

## Aide de la ligne de commande

cli-cmd-stock = Registre des stupéfiants : lots, retours, destructions, bilan du jour, étiquettes
cli-cmd-stock-products = Les produits délivrés par le centre
cli-cmd-stock-product-add = Ajouter un produit à la liste
cli-cmd-stock-receive = Enregistrer la réception d'un lot
cli-cmd-stock-return = Remettre au registre une quantité revenue (dose à emporter rapportée, dose non prise)
cli-cmd-stock-destroy = Sortir du registre une quantité détruite (renversée, périmée, rendue à la pharmacie)
cli-cmd-stock-check = Bilan du jour : confirmer le compte, ou corriger le registre avec une raison
cli-cmd-stock-balance = Ce que contient le registre, par produit et par lot
cli-cmd-stock-moves = Les mouvements du registre d'un jour
cli-cmd-stock-expiring = Les lots qui expirent bientôt
cli-cmd-stock-labels = Imprimer les étiquettes d'une délivrance à emporter
cli-arg-stock-product = Code du produit (seuil stock products)
cli-arg-product-code = Code du nouveau produit (lettres minuscules, chiffres, tirets)
cli-arg-form = Forme : syrup, capsule, tablet ou other
cli-arg-lot = Numéro de lot écrit sur le flacon ou la boîte
cli-arg-mg = Quantité en mg
cli-arg-expires = Date de péremption (31/01/2027 ou 2027-01-31)
cli-arg-mg-per-ml = Concentration d'un sirop, en mg/ml
cli-arg-mg-per-unit = Dosage d'une gélule ou d'un comprimé, en mg
cli-arg-stock-reason = Raison (obligatoire pour corriger le bilan)
cli-arg-counted = Quantité comptée, en mg
cli-arg-delivery = Numéro de la délivrance à emporter
cli-arg-name-fr = Nom en français
cli-arg-name-nl = Nom en néerlandais
cli-arg-name-en = Nom en anglais
cli-arg-name-ar = Nom en arabe
cli-arg-name-ti = Nom en tigrigna
cli-arg-name-pl = Nom en polonais

## La fenêtre du registre au poste

register-title = Registre des stupéfiants
register-expires = exp. { $day }
register-checked = bilan { $time } ✓
register-not-checked = bilan à faire
register-loading = Lecture du registre…
register-moves-today = Mouvements du jour
register-check-title = Bilan du jour : { $product } (en mg ; une différence demande une raison)
register-receive-title = Réception d'un lot : { $product }
register-field-counted = Compté (mg)
register-field-reason = Raison
register-field-lot = Lot
register-field-mg = Quantité (mg)
register-field-expires = Expire le
register-field-strength = mg/ml ou mg/unité
register-error-number = Écrivez un nombre de mg, par exemple 60 ou 2,5.
register-error-strength = Écrivez la concentration comme un nombre (par exemple 1 ou 10), ou laissez vide.
help-action-register-check = Faire le bilan du jour du produit choisi (confirmer ou corriger)
help-action-register-receive = Enregistrer la réception d'un lot du produit choisi
hint-register-check = bilan
hint-register-receive = réception
