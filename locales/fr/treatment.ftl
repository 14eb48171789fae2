# Traitement de substitution : prescriptions, doses, décisions du prescripteur.

audit-prescription-insert = a enregistré une prescription
audit-dose-insert = a enregistré une dose
audit-decision-insert = a enregistré une décision du prescripteur
audit-product-update = a modifié la liste des produits
audit-stock-update = a écrit au registre des stupéfiants
audit-tdi-insert = a ouvert un épisode TDI
audit-tdi-update = a complété un épisode TDI
