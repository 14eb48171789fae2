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
stock-error-negative = Lot { $lot } van { $product } bevat { $left } mg: er kan geen { $asked } mg uit. Er is niets geschreven; controleer de hoeveelheid, of maak eerst de balans.
stock-error-reason = Het register geeft { $expected } mg, u telde { $counted } mg: schrijf de reden van het verschil om het register te corrigeren.
stock-error-no-batch = Geen lot van { $product } in het register: voer eerst de ontvangst van een lot in.
stock-error-code = “{ $code }” kan geen code zijn: kleine letters, cijfers en streepjes (bijvoorbeeld oxycodon-sr).
stock-error-duplicate-product = Het product { $product } staat al op de lijst.
stock-error-form = “{ $form }” is geen gekende vorm: syrup, capsule, tablet of other.

## Wat de opdrachten zeggen

stock-product-added = Product { $product } toegevoegd aan de lijst.
stock-received = Ontvangen: { $mg } mg { $product }, lot { $lot }.
stock-returned = Terug in het register: { $mg } mg { $product }, lot { $lot }.
stock-destroyed = Vernietigd: { $mg } mg { $product }, lot { $lot }.
stock-check-confirmed = Balans van { $product } bevestigd: { $counted } mg, zoals in het register.
stock-check-corrected = Balans van { $product } gecorrigeerd: het register gaf { $expected } mg, nu staat de getelde { $counted } mg erin.
stock-no-moves = Geen bewegingen in het register op die dag.
stock-empty = Geen loten in het register. Voer een ontvangst in: seuil stock receive.
stock-checked-at = balans gemaakt om { $time } door { $by }
stock-not-checked = balans van vandaag nog niet gemaakt
stock-expired-mark = [VERVALLEN]
stock-expires = vervalt op
stock-none-expiring = Geen enkel lot vervalt binnen { $days } dagen.
stock-kind-received = ontvangen
stock-kind-dispensed = verstrekt
stock-kind-returned = teruggebracht
stock-kind-destroyed = vernietigd
stock-kind-correction = correctie

## Etiketten van meeneemdosissen

label-ml = dat is { $ml } ml
label-for-day = Voor { $day }
label-code = Code: { $code }
label-lot = Lot { $lot }
label-keep-away = Buiten het bereik van kinderen houden.
label-saved = { $count ->
    [one] 1 etiket weggeschreven naar { $path }.
   *[other] { $count } etiketten weggeschreven naar { $path }.
}
label-sent = { $count ->
    [one] 1 etiket naar de ticketprinter { $printer } gestuurd.
   *[other] { $count } etiketten naar de ticketprinter { $printer } gestuurd.
}
label-error-no-take-home = Geen meeneemdosis in verstrekking { $delivery } (of ze werd geannuleerd). Het nummer van de verstrekking staat in seuil treatment show.

## Hulp bij de opdrachtregel

cli-cmd-stock = Register van verdovende middelen: loten, teruggaven, vernietigingen, dagbalans, etiketten
cli-cmd-stock-products = De producten die het centrum verstrekt
cli-cmd-stock-product-add = Een product aan de lijst toevoegen
cli-cmd-stock-receive = De ontvangst van een lot invoeren
cli-cmd-stock-return = Een teruggekomen hoeveelheid terug in het register zetten (meeneemdosis teruggebracht, dosis niet genomen)
cli-cmd-stock-destroy = Een vernietigde hoeveelheid uit het register halen (gemorst, vervallen, terug naar de apotheek)
cli-cmd-stock-check = Dagbalans: de telling bevestigen, of het register met een reden corrigeren
cli-cmd-stock-balance = Wat het register bevat, per product en per lot
cli-cmd-stock-moves = De bewegingen in het register op één dag
cli-cmd-stock-expiring = De loten die binnenkort vervallen
cli-cmd-stock-labels = De etiketten van een meeneemverstrekking afdrukken
cli-arg-stock-product = Productcode (seuil stock products)
cli-arg-product-code = Code van het nieuwe product (kleine letters, cijfers, streepjes)
cli-arg-form = Vorm: syrup, capsule, tablet of other
cli-arg-lot = Lotnummer op de fles of de doos
cli-arg-mg = Hoeveelheid in mg
cli-arg-expires = Vervaldatum (31/01/2027 of 2027-01-31)
cli-arg-mg-per-ml = Concentratie van een siroop, in mg/ml
cli-arg-mg-per-unit = Sterkte van een capsule of tablet, in mg
cli-arg-stock-reason = Reden (verplicht om de balans te corrigeren)
cli-arg-counted = Getelde hoeveelheid, in mg
cli-arg-delivery = Nummer van de meeneemverstrekking
cli-arg-name-fr = Naam in het Frans
cli-arg-name-nl = Naam in het Nederlands
cli-arg-name-en = Naam in het Engels
cli-arg-name-ar = Naam in het Arabisch
cli-arg-name-ti = Naam in het Tigrinya
cli-arg-name-pl = Naam in het Pools

## Het registervenster aan de balie

register-title = Register van verdovende middelen
register-expires = verv. { $day }
register-checked = balans { $time } ✓
register-not-checked = balans nog te maken
register-loading = Register wordt gelezen…
register-moves-today = Bewegingen van vandaag
register-check-title = Dagbalans: { $product } (in mg; een verschil vraagt een reden)
register-receive-title = Ontvangst van een lot: { $product }
register-field-counted = Geteld (mg)
register-field-reason = Reden
register-field-lot = Lot
register-field-mg = Hoeveelheid (mg)
register-field-expires = Vervalt op
register-field-strength = mg/ml of mg/eenheid
register-error-number = Schrijf een aantal mg, bijvoorbeeld 60 of 2,5.
register-error-strength = Schrijf de concentratie als getal (bijvoorbeeld 1 of 10), of laat leeg.
help-action-register-check = De dagbalans van het gekozen product maken (bevestigen of corrigeren)
help-action-register-receive = De ontvangst van een lot van het gekozen product invoeren
hint-register-check = balans
hint-register-receive = ontvangst
