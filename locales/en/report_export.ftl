# report_export: messages of the reports (one file per area).

## The spreadsheet (XLSX): the last sheet says the report, its period, the rule and definitions.

# A sheet name: at most 31 characters.
report-export-sheet-rule = Rule and definitions
report-export-report = Report
report-export-title = Title
report-export-version = Version of the definitions
report-export-rule = Small counts
report-export-from = First day
report-export-to = Last day
report-export-sheets = Sheets
report-export-definitions = Definitions
report-export-definitions-source = docs/indicators.md, section “{ $section }”, quoted below as written there.
report-export-written-xlsx = Written: { $path } ({ $sheets ->
    [one] one sheet
   *[other] { $sheets } sheets
})

## Why a file could not be written (said inside report-error-write)

report-export-why-missing = that folder does not exist
report-export-why-not-folder = part of that path is a file, not a folder
report-export-why-denied = this account may not write there
report-export-why-full = the disk or USB stick is full
report-export-why-read-only = that disk can only be read
report-export-why-folder = that name is a folder

cli-arg-report-xlsx = Write the tables to this spreadsheet (XLSX): one sheet per table, the rule and definitions on the last

## The printed report (PDF)

report-export-continued = { $title }, continued
report-export-page = Page { $page } of { $pages }
report-export-written-pdf = Written: { $path } ({ $pages ->
    [one] one page
   *[other] { $pages } pages
})
cli-arg-report-pdf = Write the report as a PDF to print (A4, the centre's letterhead, the rule at the foot of each page)
