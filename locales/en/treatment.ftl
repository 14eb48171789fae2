# Substitution treatment: prescriptions, doses, prescribers' decisions.

audit-prescription-insert = recorded a prescription
audit-dose-insert = recorded a dose
audit-decision-insert = recorded a prescriber's decision
audit-product-update = changed the product list
audit-stock-update = wrote in the controlled-drug register
audit-tdi-insert = opened a TDI episode
audit-tdi-update = completed a TDI episode
