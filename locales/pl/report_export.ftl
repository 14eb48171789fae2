# report_export: messages of the reports (one file per area).

## Skoroszyt (XLSX): ostatni arkusz podaje raport, okres, regułę i definicje.

# Nazwa arkusza: najwyżej 31 znaków.
report-export-sheet-rule = Reguła i definicje
report-export-report = Raport
report-export-title = Tytuł
report-export-version = Wersja definicji
report-export-rule = Małe liczby
report-export-from = Pierwszy dzień
report-export-to = Ostatni dzień
report-export-sheets = Arkusze
report-export-definitions = Definicje
report-export-definitions-source = docs/indicators.md, sekcja „{ $section }”, przytoczona poniżej tak, jak jest tam zapisana (po angielsku).
report-export-written-xlsx = Zapisano: { $path } ({ $sheets ->
    [one] jeden arkusz
    [few] { $sheets } arkusze
    [many] { $sheets } arkuszy
   *[other] { $sheets } arkusza
})

## Dlaczego nie udało się zapisać pliku (mówione w report-error-write)

report-export-why-missing = ten folder nie istnieje
report-export-why-not-folder = część tej ścieżki jest plikiem, a nie folderem
report-export-why-denied = to konto nie może tam zapisywać
report-export-why-full = dysk lub pendrive jest pełny
report-export-why-read-only = ten dysk jest tylko do odczytu
report-export-why-folder = ta nazwa to folder

cli-arg-report-xlsx = Zapisz tabele do tego skoroszytu (XLSX): jeden arkusz na tabelę, reguła i definicje na ostatnim

## Raport do wydruku (PDF)

report-export-continued = { $title }, ciąg dalszy
report-export-page = Strona { $page } z { $pages }
report-export-written-pdf = Zapisano: { $path } ({ $pages ->
    [one] jedna strona
    [few] { $pages } strony
    [many] { $pages } stron
   *[other] { $pages } strony
})
cli-arg-report-pdf = Zapisz raport jako PDF do druku (A4, nagłówek ośrodka, reguła u dołu każdej strony)
