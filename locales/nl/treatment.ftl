# Substitutiebehandeling: voorschriften, dosissen, beslissingen van de voorschrijver.

audit-prescription-insert = heeft een voorschrift ingevoerd
audit-dose-insert = heeft een dosis ingevoerd
audit-decision-insert = heeft een beslissing van de voorschrijver ingevoerd
audit-product-update = heeft de productlijst gewijzigd
audit-stock-update = heeft in het register van verdovende middelen geschreven
audit-tdi-insert = heeft een TDI-episode geopend
audit-tdi-update = heeft een TDI-episode aangevuld
