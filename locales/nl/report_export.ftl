# report_export: messages of the reports (one file per area).

## De werkmap (XLSX): het laatste blad zegt het rapport, de periode, de regel en de definities.

# Een bladnaam: hoogstens 31 tekens.
report-export-sheet-rule = Regel en definities
report-export-report = Rapport
report-export-title = Titel
report-export-version = Versie van de definities
report-export-rule = Kleine aantallen
report-export-from = Eerste dag
report-export-to = Laatste dag
report-export-sheets = Bladen
report-export-definitions = Definities
report-export-definitions-source = docs/indicators.md, sectie ‘{ $section }’, hieronder geciteerd zoals ze daar staat (in het Engels).
report-export-written-xlsx = Geschreven: { $path } ({ $sheets ->
    [one] één blad
   *[other] { $sheets } bladen
})

## Waarom een bestand niet geschreven kon worden (gezegd in report-error-write)

report-export-why-missing = die map bestaat niet
report-export-why-not-folder = een deel van dat pad is een bestand, geen map
report-export-why-denied = deze account mag daar niet schrijven
report-export-why-full = de schijf of usb-stick is vol
report-export-why-read-only = die schijf kan alleen gelezen worden
report-export-why-folder = die naam is een map

cli-arg-report-xlsx = De tabellen naar deze werkmap (XLSX) schrijven: één blad per tabel, de regel en de definities op het laatste

## Het afgedrukte rapport (PDF)

report-export-continued = { $title }, vervolg
report-export-page = Pagina { $page } van { $pages }
report-export-written-pdf = Geschreven: { $path } ({ $pages ->
    [one] één pagina
   *[other] { $pages } pagina's
})
cli-arg-report-pdf = Het rapport als pdf schrijven om af te drukken (A4, briefhoofd van het centrum, de regel onderaan elke pagina)
