# De balie risicobeperking: gegeven en teruggebracht materiaal, naloxon.

audit-counter-item-update = heeft de materiaallijst gewijzigd
audit-counter-exchange-insert = heeft gegeven materiaal ingevoerd
audit-naloxone-batch-insert = heeft een lot naloxon ontvangen
audit-naloxone-kit-insert = heeft een naloxonkit gegeven
audit-naloxone-reversal-insert = heeft het gebruik van een naloxonkit ingevoerd
counter-error-unknown-item = “{ $item }” staat niet op de lijst van de balie. Het materiaal: seuil counter items.
counter-error-removed-item = “{ $item }” wordt in dit centrum niet meer gegeven.
counter-error-nothing = Niets in te voeren: zeg wat er gegeven werd of hoeveel gebruikt materiaal terugkwam.
