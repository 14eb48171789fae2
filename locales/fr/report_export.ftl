# report_export: messages of the reports (one file per area).

## Le classeur (XLSX) : la dernière feuille dit le rapport, sa période, la règle et les définitions.

# Un nom de feuille : 31 caractères au plus.
report-export-sheet-rule = Règle et définitions
report-export-report = Rapport
report-export-title = Titre
report-export-version = Version des définitions
report-export-rule = Petits nombres
report-export-from = Premier jour
report-export-to = Dernier jour
report-export-sheets = Feuilles
report-export-definitions = Définitions
report-export-definitions-source = docs/indicators.md, section « { $section } », citée ci-dessous telle qu'elle y est écrite (en anglais).
report-export-written-xlsx = Écrit : { $path } ({ $sheets ->
    [0] aucune feuille
    [one] une feuille
   *[other] { $sheets } feuilles
})

## Pourquoi un fichier n'a pas pu être écrit (dit dans report-error-write)

report-export-why-missing = ce dossier n'existe pas
report-export-why-not-folder = une partie de ce chemin est un fichier, pas un dossier
report-export-why-denied = ce compte n'a pas le droit d'écrire à cet endroit
report-export-why-full = le disque ou la clé USB est plein
report-export-why-read-only = ce disque est en lecture seule
report-export-why-folder = ce nom est celui d'un dossier

cli-arg-report-xlsx = Écrire les tableaux dans ce classeur (XLSX) : une feuille par tableau, la règle et les définitions sur la dernière

## Le rapport imprimé (PDF)

report-export-continued = { $title }, suite
report-export-page = Page { $page } sur { $pages }
report-export-written-pdf = Écrit : { $path } ({ $pages ->
    [0] aucune page
    [one] une page
   *[other] { $pages } pages
})
cli-arg-report-pdf = Écrire le rapport en PDF à imprimer (A4, en-tête du centre, la règle au pied de chaque page)
