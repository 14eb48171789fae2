# report_services: messages of the reports (one file per area).
