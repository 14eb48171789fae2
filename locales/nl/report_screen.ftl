# report_screen: messages of the reports (one file per area).
