# Substitutiebehandeling: voorschriften, dosissen, beslissingen van de voorschrijver.

audit-prescription-insert = heeft een voorschrift ingevoerd
audit-dose-insert = heeft een dosis ingevoerd
audit-decision-insert = heeft een beslissing van de voorschrijver ingevoerd
audit-product-update = heeft de productlijst gewijzigd
audit-stock-update = heeft in het register van verdovende middelen geschreven
audit-tdi-insert = heeft een TDI-episode geopend
audit-tdi-update = heeft een TDI-episode aangevuld

## Producten

product-methadone-syrup = methadonsiroop
product-methadone-capsule = methadoncapsules
product-buprenorphine = buprenorfine
product-buprenorphine-naloxone = buprenorfine-naloxon
product-morphine-sr = morfine met vertraagde afgifte

## Wat er met de dosis van de dag gebeurde

dose-outcome-given = ter plaatse ingenomen
dose-outcome-take-home = meegegeven
dose-outcome-vomited = uitgebraakt
dose-outcome-refused = geweigerd
dose-outcome-withheld = niet gegeven
dose-outcome-reversal = geannuleerd

## Waarom een dosis niet gegeven wordt, en wat te doen

dose-refused-no-prescription = Geen voorschrift voor deze persoon. Voer eerst het voorschrift van de voorschrijver in.
dose-refused-not-started = Het voorschrift begint pas op { $day }. Geen dosis vóór die dag; vraag de voorschrijver als er vandaag een nodig is.
dose-refused-expired = Het voorschrift liep af op { $day }. Er is een nieuw voorschrift van de voorschrijver nodig vóór er een dosis gegeven wordt.
dose-refused-already = De dosis van { $day } is al ingevoerd ({ $outcome }). Nooit twee dosissen op één dag; was het een vergissing, annuleer ze dan (Alt+U) en voer de juiste in.
dose-refused-future = { $day } moet nog komen: alleen de dosis van vandaag of van een vorige dag wordt ingevoerd.
dose-refused-withhold = { $missed } dagen na elkaar gemist: de dosis wacht op de beslissing van de voorschrijver. Bel hem of haar en voer de beslissing in (d).
dose-refused-see-prescriber = { $missed } dagen na elkaar gemist: de voorschrijver moet de persoon zien en een lagere herstartdosis bepalen. Voer de beslissing met de dosis in (d).
dose-refused-induction = { $missed } dagen na elkaar gemist: dit is een nieuwe inductie. De voorschrijver bepaalt de herstartdosis; voer de beslissing met de dosis in (d).
dose-refused-vomited = De dosis van vandaag werd uitgebraakt: opnieuw geven alleen op beslissing van de voorschrijver. Voer de beslissing in (d).
dose-refused-take-homes-suspended = Geen meeneemdosis: { $missed } dag(en) gemist sinds de laatste beslissing van de voorschrijver. Geef de dosis ter plaatse, of voer eerst een beslissing in (d).
dose-refused-take-homes-not-prescribed = Het voorschrift laat geen meeneemdosis toe: de dosis wordt hier ingenomen.
dose-refused-take-homes-schedule = { $asked } meeneemdagen gevraagd; het voorschrift laat er hoogstens { $allowed } toe.
dose-refused-take-homes-ceiling = { $asked } meeneemdagen: de wet beperkt één verstrekking tot { $ceiling } dagen.
dose-refused-take-homes-end = Het voorschrift eindigt op { $day }: geen meeneemdosis voor de dagen daarna. Er is een nieuw voorschrift nodig.
dose-refused-take-homes-none = Zeg voor hoeveel dagen (1 tot 7).
dose-refused-above = { $asked } mg is meer dan de voorziene dosis ({ $due } mg). Een dosis verandert alleen met een nieuw voorschrift.
dose-refused-nothing = Een dosis van 0 mg is geen dosis: geef de voorziene dosis, of voer ze in als geweigerd of niet gegeven.
dose-refused-raced = Een andere post heeft deze dosis net ingevoerd. Hier werd niets geschreven; het scherm toont de ingevoerde dosis.
dose-reverse-nothing = Niets te annuleren: alleen wat vandaag voor deze persoon werd ingevoerd, kan geannuleerd worden.
prescription-refused-ends-before-start = Het voorschrift eindigt vóór het begint: controleer de data van het voorschrift.
prescription-refused-too-long = { $days } dagen: een voorschrift dekt hoogstens { $allowed } dagen. Voer het vervolg in als nieuw voorschrift wanneer het komt.
prescription-refused-dose = De dagdosis moet een aantal mg boven 0 zijn (bijvoorbeeld 60 of 2.5).
decision-refused-above = De herstartdosis ({ $asked } mg) is hoger dan het voorschrift ({ $prescribed } mg). Verhogen kan alleen met een nieuw voorschrift.
decision-refused-dose-needed = { $missed } dagen gemist: de beslissing moet de herstartdosis bepalen (in mg).
decision-refused-no-prescriber = Geef de naam van de voorschrijver die besliste.
treatment-error-product = “{ $product }” staat niet op de productlijst. De producten: seuil stock products.
stock-refused-expired = Lot { $lot } van { $product } is vervallen op { $day } en er is geen ander geldig lot: voer eerst de ontvangst van een nieuw lot in, dan pas verstrekken.
stock-refused-not-enough = Er blijft nog { $left } mg { $product } in geldige loten, er is { $needed } mg nodig: voer de ontvangst van een lot in, of corrigeer het register.

## De opdrachtregel

cli-cmd-treatment = Substitutiebehandeling: voorschriften, dosis van de dag, beslissingen van de voorschrijver
cli-cmd-treatment-prescribe = Een voorschrift invoeren (een dosis verandert alleen met een nieuw voorschrift)
cli-cmd-treatment-dose = De dosis van vandaag invoeren (ter plaatse ingenomen, tenzij anders gezegd)
cli-cmd-treatment-decide = Een beslissing van de voorschrijver invoeren na gemiste dagen of een uitgebraakte dosis
cli-cmd-treatment-reverse = De laatste dosisinvoer van vandaag voor de persoon annuleren (een vergissing)
cli-cmd-treatment-show = Het lopende voorschrift, de dosis van vandaag of waarom niet, gemiste dagen, de laatste dosissen
cli-cmd-treatment-thresholds = De drempels voor gemiste dagen van het centrum; geef een waarde om er een te wijzigen
cli-arg-product = Product: methadone-syrup, methadone-capsule, buprenorphine, buprenorphine-naloxone, morphine-sr, of een product dat het centrum toevoegde
cli-arg-prescribed-mg = Dagdosis in mg
cli-arg-from = Eerste dag
cli-arg-until = Laatste dag (hoogstens 14 dagen na de eerste; 14 dagen als niets opgegeven)
cli-arg-prescriber = Naam van de voorschrijver
cli-arg-take-home-days = Hoeveel dagen één verstrekking hoogstens dekt (0: elke dag ter plaatse; hoogstens 7)
cli-arg-note = Opmerking
cli-arg-take-home = De dosissen van zoveel dagen in één keer meegeven, vandaag inbegrepen
cli-arg-outcome = Wat er gebeurde: given (ingenomen), vomited (uitgebraakt), refused (geweigerd), withheld (niet gegeven)
cli-arg-on = De dag van de dosis, wanneer ze later van papier wordt ingevoerd (nooit een dag die nog komt)
cli-arg-dose-mg = Minder dan de voorziene dosis, wanneer de persoon minder vraagt
cli-arg-dose-reason = Waarom (niet gegeven: onder invloed, beslissing van de voorschrijver…)
cli-arg-restart-mg = De dosis die vanaf nu gegeven wordt, in mg (nodig na 4 gemiste dagen)
cli-arg-decision = Wat de voorschrijver besliste
cli-arg-withhold-after = Gemiste dagen vanaf wanneer de dosis wacht op een beslissing van de voorschrijver (3)
cli-arg-see-prescriber-after = Gemiste dagen vanaf wanneer de voorschrijver de persoon ziet en de dosis bepaalt (4)
cli-arg-induction-after = Gemiste dagen vanaf wanneer het een nieuwe inductie is (5)
cli-arg-suspend-take-homes-after = Gemiste dagen waarna meeneemdosissen opgeschort worden tot een beslissing (1)
cli-arg-prescription-days = Hoe lang een voorschrift hoogstens loopt, in dagen (14)
treatment-error-product-list = “{ $product }” is geen product, of meer dan één. De producten: { $products }.
treatment-prescribed = Voorschrift { $id } voor { $code }: { $product } { $mg } mg per dag, van { $from } tot { $until }, meenemen tot { $takehome } dag(en), voorschrijver { $prescriber }.
treatment-dosed = { $code }: { $product } { $mg } mg, { $outcome }, { $from } – { $until } ({ $days } dag(en)); gemiste dagen ervoor: { $missed }.
treatment-decided = Beslissing ingevoerd voor { $code } (voorschrijver { $prescriber }); dosis vanaf nu: { $mg } mg.
treatment-reversed = { $code }: { $count } invoer(en) geannuleerd; de rijen blijven, met hun annulering.
treatment-thresholds = Niet gegeven vanaf { $withhold } gemiste dagen, voorschrijver vanaf { $see }, nieuwe inductie vanaf { $induction }; meeneemdosissen opgeschort vanaf { $suspend }; een voorschrift loopt hoogstens { $days } dagen.
treatment-no-current = { $code } heeft vandaag geen lopend voorschrift.
treatment-due = Dosis van vandaag: { $mg } mg.
treatment-missed = Gemiste dagen voor vandaag: { $missed }.
treatment-back-on = Terug verwacht op { $day }.

## De kopie van de persoon

export-section-prescriptions = Voorschriften
export-section-doses = Dosissen
export-section-decisions = Beslissingen van de voorschrijver
export-section-tdi = TDI-episodes
export-col-product = product
export-col-mg = mg
export-col-from = van
export-col-until = tot
export-col-prescriber = voorschrijver
export-col-take-home-days = meeneemdagen
export-col-outcome = wat er gebeurde
export-col-decision = beslissing
export-col-tdi-items = TDI-items (codes)
treatment-tdi-due = Er moet een TDI-episode geopend worden voor { $code }: seuil tdi open { $code }
cli-cmd-treatment-guest = Deze site laten doseren voor iemand die op een andere site behandeld wordt, in overleg met die site
cli-arg-guest-from = Eerste dag waarop deze site mag doseren (vandaag als niets gegeven)
cli-arg-guest-until = Laatste dag waarop deze site mag doseren
treatment-guest-recorded = { $code } mag hier als gast een dosis krijgen van { $from } tot { $until }, in overleg met site { $home }.
dose-refused-guest = Voorgeschreven op site { $home }: een dosis hier vraagt een gastafspraak met die site (seuil treatment guest CODE --until DATUM).
