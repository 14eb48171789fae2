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
