# stock
# Het register van verdovende middelen: ontvangen loten, teruggaven, vernietigingen, dagbalans, etiketten.

## Waarom een handeling in het register geweigerd wordt, en wat nu

stock-error-product = “{ $product }” staat niet op de productlijst. De producten: seuil stock products.
stock-error-lot = Geen lot “{ $lot }” van { $product } in het register. Controleer het nummer op de fles of de doos (seuil stock balance).
stock-error-duplicate-lot = Lot { $lot } van { $product } staat al in het register. Een lot wordt maar één keer ontvangen; een fout corrigeert u met de balans (seuil stock check).
stock-error-no-lot = Geef het lotnummer dat op de fles of de doos staat.
stock-error-not-positive = { $mg } mg is geen hoeveelheid: geef een hoeveelheid groter dan 0 mg.
stock-error-negative-count = U kunt geen { $mg } mg tellen: geef wat geteld is, 0 of meer.
stock-error-expired-on-arrival = Dit lot zou op { $day } vervallen zijn, nog vóór de ontvangst: controleer de vervaldatum.
stock-error-no-strength = Geef voor een siroop de concentratie in mg/ml (--mg-per-ml), anders kunnen de ml niet berekend worden.
stock-error-bad-strength = De concentratie moet een getal groter dan 0 zijn.
stock-error-negative = Lot { $lot } van { $product } bevat { $left } mg: er kan geen { $asked } uit. Er is niets geschreven; controleer de hoeveelheid, of maak eerst de balans.
stock-error-reason = Het register geeft { $expected } mg, u telde { $counted } mg: schrijf de reden van het verschil om het register te corrigeren.
stock-error-no-batch = Geen lot van { $product } in het register: voer eerst de ontvangst van een lot in.
stock-error-code = “{ $code }” kan geen code zijn: kleine letters, cijfers en streepjes (bijvoorbeeld oxycodon-sr).
stock-error-duplicate-product = Het product { $product } staat al op de lijst.
stock-error-form = “{ $form }” is geen gekende vorm: syrup, capsule, tablet of other.
