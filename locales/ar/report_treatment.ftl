# report_treatment: messages of the reports (one file per area).
