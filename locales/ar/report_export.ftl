# report_export: messages of the reports (one file per area).
